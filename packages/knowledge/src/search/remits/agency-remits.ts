// What citizens call each agency's business, in English and Swahili (see
// remits.ts): situations, problems and everyday names, not the agency's own
// name or its services' names, which the index has already. Written for every
// agency of the dataset from its description and its services, never from
// questions. See "Maintaining the remits" in the package README.
import type { RemitEntry } from './remits.ts';

export const AGENCY_REMITS: readonly RemitEntry[] = [
  [
    'Agricultural Development Corporation',
    'buy in-calf heifer; pregnant dairy heifer for sale; dairy cows for sale; breeding bull for sale; buy hay bales; silage making; pasture seeds; pasture establishment; tractor ploughing hire; land preparation for planting; farm machinery spare parts; livestock feed purchase; artificial insemination training; farm management advice; sisal fibre baling',
    'mtamba mwenye mimba; kununua ng\'ombe wa maziwa; kununua fahali wa mbegu; marobota ya nyasi; kutengeneza sileji; mbegu za malisho; kulima shamba kwa trekta; vipuri vya trekta; chakula cha mifugo; ushauri wa usimamizi wa shamba',
  ],
  [
    'Agricultural Finance Corporation',
    'farm loan; agricultural loan; loan for farming; loan to buy tractor; dairy farming loan; poultry farming loan; greenhouse loan; irrigation equipment loan; livestock purchase loan; crop production financing; farmer credit; land purchase loan for farmers; farm loan interest rate; title deed as loan security',
    'mkopo wa kilimo; mkopo wa mkulima; mkopo wa kununua trekta; mkopo wa ufugaji; mkopo wa ng\'ombe wa maziwa; mkopo wa kuku; mkopo wa greenhouse; riba ya mkopo wa kilimo; mkopo wa kununua shamba',
  ],
  [
    'Agricultural Information Resource Centre (AIRC)',
    'farming leaflets; farming booklets; agricultural extension materials; farming radio programme; farming videos; agricultural publications; farmers training materials; agricultural knowledge sharing',
    'vipeperushi vya kilimo; vitabu vya ukulima; kipindi cha redio cha kilimo; video za kilimo; machapisho ya kilimo; elimu kwa wakulima',
  ],
  [
    'Agriculture And Food Authority (AFA)',
    'export avocados; miraa export; muguka trade; khat trading; import irish potatoes; horticulture export; cut flowers export; fruit and vegetable exporter; cotton ginnery; cotton classing; macadamia nuts export; cashew nuts trade; coffee dealer; food crops warehouse; maize importer; crop produce transporter; growers association',
    'kuuza miraa nje; biashara ya muguka; kusafirisha parachichi nje; kuagiza viazi kutoka nje; biashara ya maua nje; wauzaji wa matunda nje; pamba; korosho; makadamia; ghala la mazao ya chakula; biashara ya mazao ya chakula; kusafirisha mazao',
  ],
  [
    'Agro-Chemical and Food Company',
    'baking yeast supplier; buy yeast in bulk; extra neutral alcohol; ethanol supplier; rectified spirit; denatured spirit; methylated spirit; carbon dioxide gas supplier; molasses ethanol',
    'hamira ya kuoka; kununua hamira kwa jumla; spiriti ya ethanol; methylated spirit; gesi ya kaboni dioksidi',
  ],
  [
    'Alupe University',
    'university in busia; busia county university',
    'chuo kikuu busia',
  ],
  [
    'Anti Female Genital Mutilation Board',
    'female circumcision; girl being cut; female genital cutting; forced circumcision of girl; cutting season; circumciser; girl escaped circumcision; rescue girl from cutting; alternative rite of passage; cross-border cutting',
    'ukeketaji; kukeketwa; tohara ya wasichana; msichana anakeketwa; ngariba; kukeketwa kwa lazima; kupinga ukeketaji; kuokoa msichana asikeketwe',
  ],
  [
    'Assets Recovery Agency',
    'ill-gotten wealth; proceeds of crime; property bought with stolen money; money laundering tip; drug money property; assets of criminals; report illegal wealth anonymously; asset forfeiture; frozen assets',
    'mali ya wizi; mali iliyopatikana kwa uhalifu; utakatishaji wa pesa; pesa chafu; mali ya walanguzi wa dawa; kuripoti mali haramu; kutaifisha mali',
  ],
  [
    'Athi Water Works Development Agency',
    'bulk water pipeline nairobi; sewer line construction; trunk sewer project; water project kiambu; water project murang\'a; dam construction nairobi region; wayleave compensation water pipe; water works project complaint',
    'bomba kubwa la maji nairobi; ujenzi wa mabomba ya majitaka; mradi wa maji kiambu; mradi wa maji murang\'a; fidia ya mradi wa maji; bwawa la maji nairobi',
  ],
  [
    'Betting Control And Licensing Board',
    'betting company not paying winnings; jackpot not paid; sports betting; betting shop; bookmaker; casino; lottery; slot machines; illegal gambling machines; prize draw promotion; sms promotion competition; raffle; online gambling site',
    'kamari; kubet; kampuni ya betting haijanilipa; jackpot sijalipwa; mashine za kamari; bahati nasibu; droo ya zawadi; kasino; duka la betting; kamari mtandaoni',
  ],
  [
    'Bomas of Kenya',
    'traditional dances; cultural village tour; kenyan cultural show; traditional homesteads; book traditional dancers; cultural dance troupe; acrobatics show; ethnic cultures display',
    'ngoma za kitamaduni; maonyesho ya kitamaduni; vijiji vya kitamaduni; kukodi wachezaji ngoma; ziara ya utamaduni; densi za jadi',
  ],
  [
    'Bomet University College',
    'university in bomet; bomet county university',
    'chuo kikuu bomet',
  ],
  [
    'Bukura Agricultural College',
    'agricultural college kakamega; agriculture diploma college; farming college western kenya',
    'chuo cha kilimo kakamega; chuo cha kilimo magharibi',
  ],
  [
    'Business Registration Services',
    'start a business; register a company; trading name; business name search; company directors search; company ownership details; company shareholders; change company directors; company annual returns; limited company formation; partnership firm; beneficial ownership; movable asset as loan security; company under administration',
    'kusajili biashara; kusajili kampuni; jina la biashara; kufungua kampuni; kuanzisha biashara; wakurugenzi wa kampuni; wamiliki wa kampuni; hisa za kampuni; kubadilisha wakurugenzi; kampuni ya ubia',
  ],
  [
    'Capital Markets Authority',
    'buying shares; stock market; stock exchange trading; stockbroker complaint; online forex trading; unlicensed forex broker; forex trading scam; money market fund; unit trust; reit investment; investment adviser; fund manager complaint; commodities exchange; listed company shares',
    'kununua hisa; soko la hisa; biashara ya forex; ulaghai wa forex; dalali wa hisa; mfuko wa uwekezaji; money market fund; uwekezaji wa hisa',
  ],
  [
    'Centre for Mathematics, Science, and Technology Education in Africa (CEMASTEA',
    'science teachers training; mathematics teachers training; stem teacher training; smasse in-service training; robotics bootcamp; science and innovation fair; ict integration in teaching; teacher capacity building stem',
    'mafunzo ya walimu wa hisabati; mafunzo ya walimu wa sayansi; maonyesho ya sayansi; roboti kwa wanafunzi; walimu wa stem',
  ],
  [
    'Chemelil Sugar Company Limited',
    'buy sugar wholesale; molasses for sale; seed cane; sugarcane seed; sugarcane farming kisumu; sugar factory kisumu; cane farmers payment',
    'kununua sukari kwa jumla; molasi; mbegu za miwa; kilimo cha miwa kisumu; kiwanda cha sukari kisumu; malipo ya wakulima wa miwa',
  ],
  [
    'Chuka University',
    'university in tharaka nithi; chogoria campus; tharaka nithi county university',
    'chuo kikuu tharaka nithi',
  ],
  [
    'Civil Registration Services',
    'lost birth certificate; wrong name on birth certificate; late registration of birth; baby born at home; child born abroad; adding father\'s name; change child\'s surname; wrong date of birth; death certificate for parent; registering a death; death abroad of kenyan; burial permit; notification of birth',
    'cheti cha kuzaliwa; kupoteza cheti cha kuzaliwa; kosa kwenye cheti cha kuzaliwa; jina la baba kwenye cheti; kubadilisha jina la mtoto; mtoto alizaliwa nyumbani; mtoto alizaliwa nje ya nchi; cheti cha kifo; kusajili kifo; kibali cha mazishi; tarehe ya kuzaliwa imekosewa',
  ],
  [
    'Clinical Officers Council of Kenya',
    'clinical officer practising licence; clinical officer internship; clinical medicine students; verify clinical officer; fake clinical officer; clinical officer misconduct; clinic run by clinical officer; clinical officers exams',
    'leseni ya clinical officer; afisa wa kliniki; internship ya clinical medicine; kuthibitisha clinical officer; clinical officer bandia; kliniki ya clinical officer',
  ],
  [
    'Commission For University Education',
    'foreign degree recognition; degree from abroad; verify my degree; degree equation; fake university degree; unaccredited university; unaccredited course; accredited universities list; study abroad agent; university charter; university quality audit',
    'kutambuliwa kwa digrii ya nje; digrii ya nje ya nchi; digrii bandia; chuo kikuu kisichoidhinishwa; kozi isiyoidhinishwa; kuthibitisha digrii; mawakala wa kusoma nje',
  ],
  [
    'Commission on Administrative Justice',
    'complain about public officer; delayed public service; rude public officer; ombudsman; abuse of office; unfair treatment by public office; file lost at ministry; no response from ministry; access to information denied; maladministration complaint; bureaucratic delays',
    'kulalamika kuhusu afisa wa umma; kucheleweshwa kwa huduma za umma; kunyanyaswa na afisa wa umma; ombudsman; kunyimwa taarifa za umma; matumizi mabaya ya ofisi; dhuluma ya kiutawala',
  ],
  [
    'Commodities Fund',
    'coffee farmers loan; coconut farmers loan; coffee cherry advance; farm inputs credit coffee; coffee factory loan; coconut farming financing',
    'mkopo wa wakulima wa kahawa; mkopo wa minazi; malipo ya mapema ya kahawa; mkopo wa pembejeo za kahawa; mkopo wa nazi',
  ],
  [
    'Communications Authority Of Kenya',
    'poor network coverage; mobile operator complaint; internet provider complaint; sim card registration; spam sms; fraud sms messages; hacked account; cyber attack; cybercrime incident; child online abuse; child exposed online; courier lost parcel; postal service complaint; tv broadcast frequency; mobile number portability',
    'mtandao mbaya; malalamiko dhidi ya safaricom; usajili wa laini ya simu; jumbe za ulaghai; sms zisizotakikana; kudukuliwa akaunti; mashambulizi ya mtandao; unyanyasaji wa watoto mtandaoni; kifurushi kilichopotea; huduma ya posta',
  ],
  [
    'Competition Authority Of Kenya',
    'price fixing; cartel; monopoly; misleading advertisement; defective goods refund refused; unfair contract terms; faulty product; consumer rights violated; supermarket delayed supplier payment; company merger approval; abuse of dominance; fake discount',
    'kupanga bei kwa njama; ukiritimba; matangazo ya uongo; bidhaa mbovu; kukataliwa kurudishiwa pesa; haki za mlaji; supermarket haijalipa msambazaji; kuungana kwa kampuni',
  ],
  [
    'Council of Legal Education',
    'foreign law degree recognition; law degree from abroad; bar exam; advocates training programme exams; atp exam results; law school accreditation; legal education quality; study law in kenya',
    'digrii ya sheria kutoka nje; kutambuliwa kwa digrii ya sheria; mitihani ya mawakili; chuo cha sheria kilichoidhinishwa; kusomea sheria',
  ],
  [
    'Counsellors and Psychologists Board',
    'licensed counsellor; licensed therapist; verify psychologist; counselling centre licence; psychologist practising licence; complaint against counsellor; therapist misconduct; fake counsellor',
    'mshauri nasaha; leseni ya mshauri nasaha; mwanasaikolojia; kituo cha ushauri nasaha; kuthibitisha mwanasaikolojia; mshauri nasaha bandia',
  ],
  [
    'Dairy Training Institute',
    'dairy farming course; milk processing training; cheese making course; yoghurt making training; dairy husbandry short course; dairy training naivasha',
    'kozi ya ufugaji wa maziwa; mafunzo ya kusindika maziwa; kutengeneza yoghurt; mafunzo ya ufugaji naivasha; kutengeneza jibini',
  ],
  [
    'Dedan Kimathi University of Technology',
    'technology university nyeri town; university in nyeri town; science park nyeri',
    'chuo kikuu nyeri mjini',
  ],
  [
    'Directorate of Criminal Investigations',
    'certificate of good conduct; good conduct; fingerprints for good conduct; criminal record check; police clearance for job; police clearance for abroad',
    'cheti cha tabia njema; cheti cha polisi; kuchukuliwa alama za vidole; rekodi ya uhalifu; good conduct',
  ],
  [
    'Directorate of Immigration Services (New Applications)',
    'lost passport; passport renewal; expired passport; child passport; tourist visa; visa to kenya; foreigner working in kenya; employing a foreigner; expatriate permit; overstayed visa; foreign spouse living in kenya; foreign student in kenya; east africa travel document; emergency travel document',
    'pasipoti; kupoteza pasipoti; kurenew pasipoti; pasipoti ya mtoto; viza ya kuingia kenya; kibali cha kazi kwa mgeni; mgeni kufanya kazi kenya; hati ya kusafiria; kukaa zaidi ya viza',
  ],
  [
    'Directorate of Occupational Safety and Health Services',
    'injured at work; workplace accident; work injury compensation; died at work compensation; unsafe working conditions; no protective gear at work; occupational disease; factory safety inspection; boiler inspection; lift inspection; fire safety audit; construction site safety',
    'kuumia kazini; ajali kazini; fidia ya ajali kazini; fidia ya kufariki kazini; mazingira hatari kazini; hakuna vifaa vya usalama kazini; ugonjwa unaotokana na kazi; usalama wa moto; usalama wa wafanyakazi',
  ],
  [
    'Directorate of Veterinary Services',
    'sick cow; livestock disease outbreak; animal disease diagnosis; livestock vaccination; foot and mouth disease; rabies dog vaccination; meat inspection; slaughterhouse; hides and skins; leather tanning; livestock movement permit; animal welfare; dead animals unexplained',
    'ng\'ombe mgonjwa; ugonjwa wa mifugo; chanjo ya mifugo; ugonjwa wa miguu na mdomo; kichaa cha mbwa; ukaguzi wa nyama; kichinjio; ngozi za wanyama; kusafirisha mifugo; mifugo kufa ghafla',
  ],
  [
    'Egerton University',
    'university in njoro; njoro campus; nakuru county university; mortuary in njoro',
    'chuo kikuu njoro; chuo kikuu nakuru',
  ],
  [
    'Energy And Petroleum Regulatory Authority',
    'fuel prices; petrol price; diesel price; adulterated fuel; petrol station licence; cooking gas business; lpg cylinder refilling; gas cylinder transport; electrician licence; solar installer licence; electrical wiring contractor; electricity tariff',
    'bei ya mafuta; bei ya petroli; mafuta yaliyochanganywa; kituo cha mafuta; biashara ya gesi ya kupikia; kujaza mitungi ya gesi; leseni ya fundi umeme; fundi wa sola; bei ya umeme',
  ],
  [
    'Engineers Board Of Kenya',
    'engineer practising licence; verify engineer; professional engineer status; graduate engineer; consulting engineer; engineering consultancy firm; fake engineer; engineers cpd points',
    'mhandisi; leseni ya mhandisi; kuthibitisha mhandisi; mhandisi bandia; kampuni ya uhandisi',
  ],
  [
    'Equalization Fund',
    'marginalised areas projects; marginalized counties development; water projects marginalised areas; tenders marginalised areas',
    'maeneo yaliyotengwa; miradi ya maeneo yaliyotengwa; maendeleo ya maeneo yaliyotengwa',
  ],
  [
    'Export Processing Zones Authority',
    'export factory; export manufacturing zone; tax incentives for exporters; set up factory for export; duty free manufacturing; garment factory export; export oriented investment',
    'viwanda vya kuuza nje; viwanda vya mauzo nje; msamaha wa kodi kwa wauzaji; kiwanda cha nguo za kuuza',
  ],
  [
    'Firearms Licensing Board',
    'gun licence; own a gun; civilian firearm holder; pistol; gun dealer; ammunition purchase; firearm renewal; transfer firearm; gun import',
    'bunduki; kumiliki bunduki; leseni ya bunduki; bastola; mwenye bunduki halali',
  ],
  [
    'Garissa University',
    'university in north eastern; north eastern kenya university',
    'chuo kikuu kaskazini mashariki',
  ],
  [
    'Government Chemist',
    'dna paternity test; paternity test; water quality test; food testing lab; drug quality testing; poison test; poisoning test; forensic analysis; alcohol content test; postmortem samples analysis',
    'kipimo cha dna; kupima dna ya mtoto; baba halisi wa mtoto; kupima ubora wa maji; kupima sumu; uchunguzi wa sumu mwilini; kupima chakula maabara',
  ],
  [
    'Government Press',
    'gazette notice; change of name gazette; succession notice; probate notice; lost title deed notice; kenya gazette copy; laws of kenya copies; acts of parliament copies; government printer',
    'tangazo la gazeti la serikali; kubadilisha jina gazetini; tangazo la mirathi; nakala za sheria; kuchapisha tangazo gazetini',
  ],
  [
    'Higher Education Loans Board (HELB)',
    'university student loan; repay student loan; student loan penalty; unemployed cannot repay loan; student loan clearance; loan deducted from salary; upkeep money; student loan not disbursed; postgraduate scholarship loan; overpaid student loan',
    'mkopo wa chuo; kulipa mkopo wa chuo; sina kazi siwezi kulipa mkopo; faini ya mkopo wa chuo; pesa ya upkeep; boom haijaingia; mkopo wa wanafunzi; kukatwa mshahara mkopo wa chuo',
  ],
  [
    'Huduma Kenya Service Delivery Program(HKSDP)',
    'one stop shop; book appointment to be served; service centre appointment; avoid long queues',
    'kuepuka foleni; kupanga siku ya kuhudumiwa',
  ],
  [
    'Human Resource Management Professionals Examinations Board',
    'human resource exams; hr professional exams; chrp exams; certified human resource professional; hr qualification',
    'mitihani ya hr; kozi ya rasilimali watu; mitihani ya rasilimali watu',
  ],
  [
    'Independent Policing Oversight Authority',
    'police brutality; beaten by police; shot by police; killed by police; police harassment; unlawful arrest; assaulted by police officer; death in police custody; teargas injury; extrajudicial killing; police cell conditions; complaint against police officer',
    'kupigwa na polisi; kuuawa na polisi; kupigwa risasi na polisi; kunyanyaswa na polisi; ukatili wa polisi; kukamatwa bila sababu; kifo mikononi mwa polisi; kupigwa na karao; seli ya polisi; malalamiko dhidi ya polisi',
  ],
  [
    'Institute Of Certified Public Secretaries Of Kenya (ICPSK)',
    'company secretary; certified secretary; practising company secretary; governance professional; sacco audited accounts',
    'katibu wa kampuni; katibu aliyeidhinishwa',
  ],
  [
    'Insurance Regulatory Authority',
    'insurance claim rejected; insurer refused to pay; insurance not paying claim; motor insurance claim delayed; insurance agent fraud; life policy payout; medical cover claim rejected; insurance premium refund; collapsed insurance company; loss adjuster; motor assessor',
    'bima haijalipa; kampuni ya bima imekataa kulipa; madai ya bima; wakala wa bima; bima ya gari; bima ya maisha; fidia ya bima; bima ya matibabu imekataa',
  ],
  [
    'Jaramogi Oginga Odinga Teaching & Referral Hospital (JOOTRH)',
    'referral hospital kisumu; russia hospital kisumu; cancer treatment kisumu; chemotherapy kisumu; specialist hospital western kenya; surgery in kisumu',
    'hospitali ya rufaa kisumu; hospitali ya russia; matibabu ya saratani kisumu; upasuaji kisumu',
  ],
  [
    'Jaramogi Oginga Odinga University of Science and Technology',
    'university in bondo; siaya county university',
    'chuo kikuu bondo; chuo kikuu siaya',
  ],
  [
    'Jomo Kenyatta Foundation',
    'secondary school scholarship; form one fees sponsorship; bright needy student; high school fees help; orphan secondary school fees; sponsorship for kcpe top student',
    'ufadhili wa shule ya upili; mwanafunzi maskini aliyefaulu; msaada wa karo ya sekondari; ufadhili wa kidato cha kwanza',
  ],
  [
    'Jomo Kenyatta University of Agriculture and Technology',
    'university in juja; juja campus; kiambu university juja',
    'chuo kikuu juja',
  ],
  [
    'Kaimosi Friends University',
    'university in vihiga; vihiga county university; quaker university',
    'chuo kikuu vihiga',
  ],
  [
    'Karatina university',
    'university in mathira; mathira constituency university',
    'chuo kikuu mathira',
  ],
  [
    'Kenya Agriculture and Livestock Research Organisation (KALRO)',
    'soil testing; soil analysis; plant disease diagnosis; crop disease identification; improved crop varieties; drought resistant seeds; agricultural research; animal feed testing; plant tissue analysis; farming technologies; improved kienyeji chicken',
    'kupima udongo; uchunguzi wa udongo; magonjwa ya mimea; mbegu zinazostahimili ukame; utafiti wa kilimo; mbegu bora za utafiti; kupima chakula cha mifugo; kuku wa kienyeji walioboreshwa',
  ],
  [
    'Kenya Airports Authority',
    'airport parking; jkia parking charges; airport shop space; airport advertising; airport taxi operations; filming at airport; lost item at airport; airport fire and rescue; airstrip; moi international airport; airport cargo handling',
    'uwanja wa ndege; maegesho uwanja wa ndege; jkia; kupoteza mzigo uwanja wa ndege; duka uwanja wa ndege; matangazo uwanja wa ndege',
  ],
  [
    'Kenya Animal Genetic Resources Centre',
    'bull semen; buy semen straws; sexed semen; artificial insemination; ai for dairy cow; liquid nitrogen; breeding bulls; embryo transfer; improved dairy breeds',
    'mbegu za fahali; kupandisha ng\'ombe kwa ai; semen ya ng\'ombe; mbegu za ng\'ombe; fahali bora; kuboresha mifugo',
  ],
  [
    'Kenya Anti Doping Agency',
    'athlete failed drug test; doping ban; banned substances; performance enhancing drugs; doping test; suspended athlete; athlete medication exemption; doping in athletics',
    'dawa za kusisimua misuli; mwanariadha kupigwa marufuku; kupimwa dawa za kuongeza nguvu; dawa zilizopigwa marufuku michezoni; mwanariadha amesimamishwa',
  ],
  [
    'Kenya Biovax Institute',
    'vaccine manufacturing; locally made vaccines; antivenom production; biomedical products manufacturing',
    'kutengeneza chanjo nchini; chanjo za humu nchini',
  ],
  [
    'Kenya Broadcasting Corporation(KBC)',
    'advertise on radio; advertise on tv; funeral announcement on radio; death announcement radio; radio taifa; tv signal transmission; mast co-location; radio studio recording',
    'tangazo la msiba redioni; matangazo ya kifo redioni; kutangaza biashara redioni; radio taifa; idhaa ya taifa; matangazo ya tv',
  ],
  [
    'Kenya Bureau of Standards (KEBS)',
    'substandard goods; poor quality products; quality mark; product standards; import inspection; iso certification; substandard building materials; fake quality seal; calibration of measuring instruments',
    'bidhaa duni; alama ya ubora; viwango vya ubora; ukaguzi wa bidhaa kutoka nje; kupima ubora wa bidhaa; nembo ya ubora bandia',
  ],
  [
    'Kenya Civil Aviation Authority',
    'drone permit; flying a drone; pilot licence; pilot training; air traffic controller course; aviation courses; aircraft registration; aviation safety; air navigation training',
    'ndege isiyo na rubani; kurusha drone; leseni ya rubani; kozi za urubani; mafunzo ya uongozaji ndege; usalama wa anga',
  ],
  [
    'Kenya Copyright Board (KECOBO)',
    'protect my songs; music piracy; someone copied my book; royalties not paid; pirated movies; music licence for bar; playing music in business; stolen song; plagiarism of creative work; anti-piracy stamps; copyright infringement',
    'haki miliki; wizi wa nyimbo; kunakili kazi yangu; mirabaha; kulinda wimbo wangu; kazi ya sanaa kuibiwa; muziki katika baa; filamu za wizi',
  ],
  [
    'Kenya Cultural Centre',
    'national theatre nairobi; hire theatre for play; stage play venue; drama performance venue; theatre booking refund; arts performance space',
    'ukumbi wa maigizo; kukodi ukumbi wa maonyesho; maigizo jukwaani; ukumbi wa taifa wa maigizo',
  ],
  [
    'Kenya Dairy Board',
    'milk business; selling milk; milk atm; milk dispenser; milk cooler; milk bar; raw milk hawking; adulterated milk; dairy processing plant; yoghurt making business; milk importing; milk vendor permit; mini dairy',
    'biashara ya maziwa; kuuza maziwa; mashine ya kuuza maziwa; maziwa yaliyochanganywa na maji; kibali cha kuuza maziwa; kupoza maziwa; maziwa ghafi; kiwanda cha maziwa',
  ],
  [
    'Kenya Development Corporation (KDC)',
    'long-term business loan; industrial financing; factory expansion loan; manufacturing business financing; development finance; large project funding',
    'mkopo wa muda mrefu; mkopo wa kiwanda; ufadhili wa viwanda',
  ],
  [
    'Kenya Development Response to Displacement Impacts Project (KDRDIP)',
    'refugee hosting communities; dadaab host community projects; kakuma host community projects; community driven development projects; turkana refugee host area',
    'jamii zinazowapokea wakimbizi; miradi ya jamii kakuma; miradi ya jamii dadaab',
  ],
  [
    'Kenya Engineering Technology Registration Board',
    'engineering technologist; engineering technician; artisan recognition; craftsperson registration; diploma engineering practice; technician licence',
    'fundi sanifu wa uhandisi; mafundi wa uhandisi; leseni ya fundi sanifu',
  ],
  [
    'Kenya Film Classification Board',
    'movie age rating; film censorship; video library licence; movie shop licence; playstation shop licence; video gaming shop; matatu video screens; filming licence; mobile cinema; inappropriate tv content; adult content for children; unclassified films',
    'kibanda cha video; vibanda vya playstation; kuonyesha filamu; udhibiti wa filamu; video za ngono kwa watoto; kurekodi filamu; maudhui yasiyofaa kwenye tv',
  ],
  [
    'Kenya Film Commission',
    'film industry support; filmmaker funding; film festival; film scholarship; film bursaries; filming locations in kenya; foreign film crew; film training; filmmakers database',
    'watengenezaji filamu; tamasha la filamu; ufadhili wa filamu; sekta ya filamu; ufadhili wa masomo ya filamu',
  ],
  [
    'KENYA FISHERIES SERVICE',
    'fishing licence; fish trader; fishing boat registration; fish farming; fish pond; fingerlings; sport fishing; aquarium fish; illegal fishing nets; sea shells collection; oysters; lobster and crab trade; fish processing plant',
    'leseni ya uvuvi; mvuvi; boti ya uvuvi; biashara ya samaki; ufugaji wa samaki; vifaranga vya samaki; nyavu haramu; kaa na kamba; samaki wa mapambo',
  ],
  [
    'Kenya Fishing Industries Corporation',
    'cold storage for fish; cold room hire; reefer container storage; boat docking; fishing jetty access; liwatoni fish port; container storage mombasa',
    'kuhifadhi samaki kwenye baridi; chumba cha baridi; gati la samaki; kuegesha boti',
  ],
  [
    'Kenya Forest Service',
    'illegal logging; cutting trees in forest; charcoal burning; forest encroachment; forest fire; forest land grabbing; firewood collection in forest; grazing cattle in forest; forest rangers; farming inside forest; timber movement; bamboo harvesting; camping in forest; forest eco-tourism',
    'ukataji miti haramu; kukata miti msituni; kuchoma mkaa; uvamizi wa msitu; moto wa msitu; kuokota kuni msituni; kulisha mifugo msituni; walinzi wa msitu; kulima msituni; kunyakua ardhi ya msitu; mbao za msitu',
  ],
  [
    'Kenya Forestry Research Institute',
    'tree seeds; buying tree seedlings; tree nursery; agroforestry advice; growing trees on farm; bamboo farming; bamboo products; melia seedlings; eucalyptus seedlings; forestry research; dryland tree species',
    'mbegu za miti; miche ya miti; kitalu cha miti; kupanda miti shambani; kilimo cha mianzi; miche ya mikaratusi; utafiti wa misitu',
  ],
  [
    'KENYA HEALTH PROFESSIONS OVERSIGHT AUTHORITY (KHPOA)',
    'complaint against health regulator; health cadre without board; unregulated health professionals; health worker practising licence; joint health facility inspection; dispute between health boards',
    'malalamiko dhidi ya bodi ya afya; leseni ya mhudumu wa afya; ukaguzi wa pamoja wa vituo vya afya; wahudumu wa afya wasio na bodi',
  ],
  [
    'Kenya Industrial Estates (KIE)',
    'loan for small factory; sme industrial loan; machinery financing; industrial workshed; renting workshop space; jua kali shed; value addition business; small manufacturing business; cottage industry; industrial park space',
    'mkopo wa kiwanda kidogo; mkopo wa mashine; karakana ya kukodisha; kibanda cha jua kali; kuongeza thamani ya mazao; biashara ya utengenezaji; viwanda vidogo',
  ],
  [
    'Kenya Industrial Property Institute',
    'trademark; protect my brand name; logo protection; someone copied my logo; patent my invention; invention protection; industrial design; utility model; brand name search; business name copied by competitor; patent search; counterfeit of my brand',
    'alama ya biashara; kulinda jina la bidhaa; kulinda nembo; nembo yangu imeigwa; hataza; kulinda uvumbuzi wangu; wazo la uvumbuzi kuibiwa; jina la bidhaa kunakiliwa',
  ],
  [
    'Kenya Industrial Research and Development Institute (KIRDI)',
    'product prototype; develop new product; food processing technology; agro-processing machines; machine fabrication; product formulation; industrial technology research; incubation for manufacturers; testing my product recipe',
    'kutengeneza bidhaa mpya; usindikaji wa vyakula; mashine za kusindika; utafiti wa viwanda; teknolojia ya viwanda vidogo',
  ],
  [
    'Kenya Institute For Public Policy Research And Analysis (KIPPRA)',
    'public policy research; policy analysis training; policy brief; economic modelling course; monitoring and evaluation course; budgeting training for counties; economic report; think tank; young professionals policy programme',
    'utafiti wa sera; uchambuzi wa sera; sera za umma; ripoti ya uchumi; mafunzo ya sera',
  ],
  [
    'Kenya Institute for the Blind',
    'braille; braille transcription; braille books; blind person; visually impaired; lost my sight; low vision; white cane; orientation and mobility training; rehabilitation of the blind',
    'kipofu; wasioona; asiyeona; kupoteza uwezo wa kuona; nukta nundu; maandishi ya breli; fimbo nyeupe; mafunzo kwa wasioona',
  ],
  [
    'Kenya Institute Of Business Training (KIBT)',
    'business training; business plan; entrepreneurship training; business mentorship; grow my business; table banking; savings group training; bookkeeping for small business; digital marketing for small business; kaizen; pre-loan training',
    'mafunzo ya biashara; mpango wa biashara; ujasiriamali; kukuza biashara; chama cha akiba; hesabu za biashara; ushauri wa biashara ndogo',
  ],
  [
    'Kenya Institute of Curriculum Development (KICD)',
    'school curriculum; cbc curriculum; competency based curriculum; approved textbooks; textbook approval; curriculum designs; syllabus; edu tv; digital learning content; learning materials for teachers; cbe curriculum',
    'mtaala; mtaala wa cbc; mtaala mpya; vitabu vya kiada; vitabu vilivyoidhinishwa; silabasi; masomo ya kidijitali',
  ],
  [
    'Kenya Institute of Mass Communication (KIMC)',
    'journalism course; media college; mass communication diploma; broadcast journalism; film production course; tv production training; radio presenter course; video editing course; photography course; public relations diploma',
    'kozi ya uanahabari; kusomea uandishi wa habari; chuo cha uanahabari; mafunzo ya utangazaji; mtangazaji wa redio; kozi ya upigaji picha',
  ],
  [
    'Kenya Institute Of Primate Research (KIPRE)',
    'primate research; baboon research; monkey research; biomedical research animals; preclinical research; nature walk karen; oloolua forest; karen waterfall and caves; forest photoshoot karen; school science trip',
    'utafiti wa nyani; utafiti wa tumbili; matembezi ya msitu karen; ziara ya shule ya sayansi',
  ],
  [
    'Kenya Institute of Special Education',
    'special needs child; special needs education; child with disability schooling; autism assessment; deaf child; cerebral palsy child; learning disability assessment; special needs teacher training; sign language course; assistive devices; hearing assessment',
    'mtoto mwenye ulemavu; elimu maalum; mtoto mwenye usonji; mtoto kiziwi; tathmini ya mtoto mwenye ulemavu; mwalimu wa elimu maalum; lugha ya ishara; vifaa saidizi vya walemavu',
  ],
  [
    'Kenya Institute Of Supplies Examination Board',
    'procurement exams; supply chain exams; cpsp exams; purchasing and supplies exams; procurement exam remarking; deferring procurement exam; procurement exam booking',
    'mitihani ya ununuzi; mtihani wa cpsp; mitihani ya ugavi',
  ],
  [
    'Kenya Institute of Supplies Management (KISM)',
    'procurement officer licence; procurement practitioner; supply chain professional membership; purchasing officer practising; procurement professional body; unethical procurement officer',
    'afisa wa ununuzi; leseni ya afisa ununuzi; mtaalamu wa ugavi',
  ],
  [
    'Kenya Investment Authority',
    'foreign investor; investment opportunities; foreign direct investment; set up company as foreigner; investment project facilitation; investor aftercare; investment incentives; diaspora investment',
    'kuwekeza nchini; mwekezaji wa kigeni; fursa za uwekezaji; uwekezaji wa diaspora; kuanzisha mradi wa uwekezaji',
  ],
  [
    'Kenya Law Reform Commission',
    'law reform; outdated law; propose law change; amend a law; repeal a law; unfair law; law review submissions; drafting county laws; constitution implementation',
    'mabadiliko ya sheria; kubadilisha sheria; sheria iliyopitwa na wakati; kurekebisha sheria; kupendekeza sheria mpya',
  ],
  [
    'Kenya Leather Development Council',
    'hides and skins; tannery; shoemaking training; leather shoes; leather bags; leather goods; footwear making; cobbler training',
    'ngozi za mifugo; kutengeneza viatu; mafunzo ya kushona viatu; mikoba ya ngozi; fundi viatu; kiwanda cha ngozi; bidhaa za ngozi',
  ],
  [
    'Kenya Marine and Fisheries Research Institute',
    'fish farming; tilapia fingerlings; catfish fingerlings; fish feed; fish pond advice; aquaculture; aquarium; fish brood stock; tide tables; marine research; ocean research; lake fisheries research',
    'ufugaji wa samaki; vifaranga vya samaki; chakula cha samaki; bwawa la samaki; sato; kambale; utafiti wa bahari; maji kupwa na kujaa',
  ],
  [
    'Kenya Maritime Authority',
    'seafarer certificate; seaman\'s book; working on ships; ship crew jobs; seafarer jobs abroad; sailor training; boat registration; boat accident; sea safety; ferry safety; marine pollution; stcw course; life jackets',
    'baharia; mabaharia; kazi melini; kusajili boti; usalama baharini; ajali ya boti; leseni ya nahodha; vazi la kuokoa maisha',
  ],
  [
    'Kenya Medical Laboratory Technicians and Technologists Board',
    'medical lab technician; lab technologist licence; private medical laboratory; open a lab; laboratory licensing; unlicensed lab; wrong lab results; lab test kits supplier; foreign trained lab technologist; lab students indexing',
    'fundi maabara; mtaalamu wa maabara; maabara ya kibinafsi; kufungua maabara; maabara bila leseni; majibu ya maabara yasiyo sahihi',
  ],
  [
    'Kenya Medical Practitioners And Dentists Council',
    'medical negligence; doctor malpractice; complaint against doctor; wrong diagnosis; botched surgery; fake doctor; unlicensed clinic; open a clinic; private hospital licence; dentist complaint; doctor practising licence; medical internship; funeral home licence; foreign doctor registration',
    'uzembe wa daktari; daktari feki; malalamiko dhidi ya daktari; upasuaji mbaya; kufungua kliniki; kliniki bila leseni; daktari wa meno',
  ],
  [
    'Kenya Medical Research Institute(KEMRI)',
    'paternity test; dna test; is the child mine; confirm biological father; maternity dna test; sibling dna test; food handler medical test; hotel workers medical test; clinical research; research ethics approval; malaria test kit; hand sanitizer supplier',
    'kipimo cha dna; kujua baba wa mtoto; kama mtoto ni wangu; kupima dna; kupimwa afya kwa wapishi; cheti cha afya cha wahudumu wa chakula; utafiti wa kimatibabu',
  ],
  [
    'Kenya Medical Training College',
    'nursing course; nursing diploma; clinical medicine course; medical college admission; pharmacy diploma; health course after kcse; medical laboratory diploma; community health course; verify medical college certificate',
    'kusomea unesi; kozi ya uuguzi; kozi za afya; chuo cha udaktari; kusomea clinical medicine; kuthibitisha cheti cha chuo cha afya',
  ],
  [
    'Kenya Meteorological Department',
    'weather forecast; rainfall forecast; will it rain; flood warning; drought forecast; long rains forecast; short rains; planting season forecast; storm warning; weather data; climate data; temperature records; el nino',
    'utabiri wa hali ya hewa; utabiri wa mvua; mvua itanyesha lini; msimu wa mvua; tahadhari ya mafuriko; hali ya hewa; el nino',
  ],
  [
    'Kenya National Archives and Documentation Service',
    'old government records; historical records; colonial records; old land records; family history research; authenticate old documents; old newspapers; historical research',
    'kumbukumbu za kihistoria; nyaraka za zamani; hifadhi ya kumbukumbu; rekodi za kikoloni; utafiti wa historia',
  ],
  [
    'Kenya National Bureau of Statistics',
    'census data; census results; population statistics; economic survey; inflation rate; consumer price index; household survey; gdp figures; unemployment statistics; statistical abstract; enumeration area maps',
    'sensa; matokeo ya sensa; takwimu; idadi ya watu; takwimu za mfumuko wa bei; utafiti wa kaya',
  ],
  [
    'Kenya National Commission for UNESCO',
    'world heritage site; intangible cultural heritage; biosphere reserve; international study grants; international fellowships; international science prizes; heritage site listing',
    'urithi wa dunia; urithi wa kitamaduni; ufadhili wa masomo ya kimataifa; tuzo za kimataifa',
  ],
  [
    'Kenya National Entreprenuers Savings Trust(Knest)',
    'pension for jua kali; informal sector pension; saving for old age; pension for self-employed; retirement savings for boda boda; savings for hawkers; mama mboga savings; micro pension; small daily savings',
    'akiba ya uzeeni; pensheni ya jua kali; kuweka akiba kidogo kidogo; akiba ya wafanyabiashara wadogo; pensheni kwa wasio na ajira rasmi',
  ],
  [
    'Kenya National Examination Council (KNEC)',
    'kcse certificate; lost kcse certificate; kcpe results; results slip; missing exam results; kcse re-sit; private candidate exam; kpsea; kjsea; exam cheating; foreign qualification equation',
    'cheti cha kcse kupotea; kupoteza cheti cha kcse; matokeo hayajatoka; jina limekosewa kwenye cheti; kurudia mtihani wa kcse; wizi wa mtihani; mtihani wa kitaifa',
  ],
  [
    'Kenya National Highway Authority(KeNHA)',
    'potholes on highway; highway access road; highway road reserve; billboard on highway; weighbridge; overloaded truck; axle load; mombasa road; thika superhighway; bypass construction; trunk road',
    'barabara kuu; mashimo kwenye barabara kuu; mizani ya magari; kupima uzito wa lori; hifadhi ya barabara kuu; barabara ya mombasa',
  ],
  [
    'Kenya National Innovation Agency',
    'commercialise my invention; innovators; innovation funding; startup incubation; innovation hub; innovation award; innovation challenge; young innovators; tech startup support',
    'wabunifu; ubunifu; kuendeleza uvumbuzi; tuzo ya ubunifu; mbunifu kijana; kampuni changa',
  ],
  [
    'Kenya National Library Services',
    'public library; library membership; borrow books; library card; reading space; study space; isbn number; national bibliography; community library; e-books',
    'maktaba; maktaba ya umma; kuazima vitabu; kadi ya maktaba; mahali pa kusomea; nambari ya isbn',
  ],
  [
    'Kenya National Public Health Institute (NPHI)',
    'disease outbreak; cholera outbreak; epidemic; public health emergency; mpox; ebola; marburg; report an outbreak; disease surveillance; infectious disease testing; public health course',
    'mlipuko wa ugonjwa; kipindupindu; janga la ugonjwa; kuripoti mlipuko; ugonjwa wa kuambukiza; homa ya nyani',
  ],
  [
    'Kenya National Qualifications Authority',
    'recognition of prior learning; skills without certificate; certify skills from experience; recognition of foreign qualification; qualification level; qualifications framework level; fake certificates',
    'kutambuliwa kwa ujuzi; ujuzi bila cheti; kutambua vyeti vya nje; kiwango cha cheti; vyeti feki',
  ],
  [
    'Kenya National Shipping Line Ltd',
    'shipping goods by sea; container shipping; sea freight; import by ship; shipping from china; clearing and forwarding; container demurrage; ship agent; cargo consolidation; crew manning',
    'kusafirisha mizigo kwa meli; usafirishaji wa mizigo baharini; kuagiza mizigo kwa meli',
  ],
  [
    'Kenya National Trading Corporation',
    'wholesale sugar; cooking oil supply; edible oil distributor; essential commodities; rice wholesale; wholesale goods; distributorship; government procurement agent',
    'sukari ya jumla; mafuta ya kupikia; bidhaa muhimu; biashara ya jumla; msambazaji wa bidhaa; mchele wa jumla',
  ],
  [
    'Kenya News Agency',
    'president\'s photo; photo of the president for office; government news; historical photos; news photos; foreign journalist accreditation; journalism attachment; county news',
    'picha ya rais; picha za kihistoria; mwanahabari wa kigeni',
  ],
  [
    'Kenya Nuclear Regulatory Authority',
    'radiation safety; radiation exposure; radioactive material; x-ray machine licence; x-ray machine; ct scan machine; radiation worker; nuclear safety; radiation leak; radiation from phone masts; dosimetry',
    'mionzi; mionzi hatari; madhara ya mionzi; mashine ya x-ray; vifaa vya nyuklia; mionzi ya mnara wa simu',
  ],
  [
    'Kenya Plant Health Inspectorate Services',
    'fake seeds; counterfeit seeds; seed certification; plant import; exporting avocados; fresh produce export; flower export inspection; plant disease; crop pests; fall armyworm; plant breeders rights; pesticide residue; soil testing; plant quarantine',
    'mbegu feki; mbegu bandia; magonjwa ya mimea; wadudu wa mimea; kusafirisha parachichi nje; kuagiza mimea kutoka nje; mbegu zilizothibitishwa; kupima udongo',
  ],
  [
    'Kenya Ports Authority',
    'port of mombasa; container at port; goods stuck at port; cargo delay at port; port storage charges; inland container depot; naivasha dry port; ship arrival; cargo release; lamu port; kisumu port; dock workers',
    'bandari ya mombasa; mzigo bandarini; kontena bandarini; mizigo imekwama bandarini; bandari kavu; gharama za kuhifadhi mizigo; bandari ya lamu',
  ],
  [
    'Kenya Power and Lighting Company(KPLC)',
    'power outage; blackout; no electricity; electricity bill; high electricity bill; tokens not received; prepaid tokens; electricity connection; new meter; faulty meter; power surge damage; fallen power line; electricity pole; illegal connection; transformer stolen',
    'stima; stima imepotea; hakuna stima; tokeni za stima; bili ya stima; mita ya stima; kuunganishiwa stima; nguzo ya stima; waya za stima zimeanguka; transfoma',
  ],
  [
    'Kenya Railways Corporation',
    'train tickets; sgr tickets; commuter train; train booking; train schedule; cargo train; railway land; railway reserve; railway houses rent; train hire; lease railway land',
    'treni; tiketi ya treni; gari la moshi; treni ya sgr; ardhi ya reli; nyumba za reli; treni ya abiria',
  ],
  [
    'Kenya Revenue Authority',
    'pin number; tax returns; filing returns; nil returns; itax password; late filing penalty; vat; income tax; rental income tax; tax refund; customs duty; import duty on car; turnover tax; tax objection; etims; paye',
    'kulipa ushuru; kuwasilisha ritani; pin ya kodi; nenosiri la itax; faini ya kuchelewa kuwasilisha ritani; kodi ya mapato; kurudishiwa kodi; ushuru wa forodha',
  ],
  [
    'Kenya Rural Roads Authority',
    'rural road; murram road; feeder road; village road; impassable road; road grading; gravel road; culvert; bridge washed away; road cutting; road reserve in village',
    'barabara ya mashinani; barabara ya vumbi; barabara mbovu kijijini; daraja limesombwa; barabara ya murram; kuchimba barabara',
  ],
  [
    'Kenya School of Adventure and Leadership',
    'team building; outdoor adventure training; rock climbing; leadership camp; mountain climbing course; hiking training; experiential learning; corporate team building; school camping trip',
    'kupanda milima; kambi ya wanafunzi; ujenzi wa timu',
  ],
  [
    'Kenya School Of Agriculture',
    'agriculture course; diploma in agriculture; agricultural college; farmers training; horticulture course; animal husbandry course; agribusiness course',
    'kusomea kilimo; chuo cha kilimo; mafunzo ya ukulima; kozi ya kilimo',
  ],
  [
    'Kenya School Of Government',
    'civil servant training; senior management course; strategic leadership course; promotion course for civil servants; public sector leadership course; training for county staff',
    'mafunzo ya watumishi wa umma; kozi ya kupandishwa cheo; mafunzo ya uongozi kwa watumishi',
  ],
  [
    'Kenya School Of Law',
    'advocates training programme; bar exam; become an advocate; after law degree; pupillage; paralegal course; bar school; atp exams; cpd for advocates',
    'kuwa wakili; mtihani wa mawakili; kusomea uwakili; mafunzo ya wakili; kozi ya paralegal',
  ],
  [
    'Kenya School of TVET',
    'technical teacher training; tvet trainer course; technical instructor training; teaching in polytechnic; technical teacher diploma',
    'mafunzo ya walimu wa ufundi; mwalimu wa chuo cha ufundi; kozi ya ualimu wa kiufundi',
  ],
  [
    'Kenya Seed Company Ltd',
    'maize seed; buy maize seed; hybrid maize; certified seeds; vegetable seeds; bean seeds; sukuma wiki seeds; pasture seeds; sunflower seed; seed shortage',
    'mbegu za mahindi; kununua mbegu; mbegu za mboga; mbegu za maharagwe; mbegu za sukuma wiki; mbegu za nyasi; mbegu bora',
  ],
  [
    'Kenya Shipyards Limited',
    'shipbuilding; boat building; ship repair; vessel maintenance; dry dock; build fishing boat',
    'kutengeneza meli; ujenzi wa boti; kukarabati meli; kutengeneza boti za uvuvi',
  ],
  [
    'Kenya Space Agency',
    'satellite images; satellite imagery; satellite data; earth observation data; space science; rocket launch; broglio space centre; space education; astronomy',
    'picha za setilaiti; sayansi ya anga; roketi; anga za juu',
  ],
  [
    'Kenya Tissue and Transplant Authority',
    'blood donation; donate blood; need blood; blood transfusion; blood shortage; blood bank; organ donation; kidney donor; organ transplant; tissue donation; cornea donation; bone marrow donor',
    'kuchangia damu; kutoa damu; mgonjwa anahitaji damu; uhaba wa damu; benki ya damu; kutoa figo; kupandikiza figo; kuchangia viungo',
  ],
  [
    'Kenya Tourism Board',
    'tourism marketing; magical kenya; tourist attractions; holiday destinations; tourism events; tourism promotion; travel expo; tour guide online training',
    'kutangaza utalii; vivutio vya utalii; matukio ya utalii; maeneo ya likizo',
  ],
  [
    'Kenya Trade Network Agency (KENTRADE)',
    'import documents; export documents; single window; import permit processing; export permit online; cargo clearance documents; trade facilitation; lodging customs documents',
    'nyaraka za kuagiza bidhaa; nyaraka za kusafirisha nje; kibali cha kuagiza bidhaa kutoka nje',
  ],
  [
    'Kenya Tsetse and Trypanosomiasis Eradication Council (KENTTEC)',
    'tsetse flies; sleeping sickness; nagana; trypanosomiasis in cattle; livestock dying from tsetse; tsetse traps',
    'mbung\'o; ugonjwa wa malale; nagana; ng\'ombe kufa kwa mbung\'o; mitego ya mbung\'o',
  ],
  [
    'Kenya Universities and Colleges Placement Service',
    'university placement; course selection; revise course choices; campus placement; transfer to another university; government sponsored student; cluster points; cut off points; tvet placement; inter-institution transfer',
    'kuchagua kozi; kuchaguliwa chuo kikuu; kuhamia chuo kingine; pointi za cluster; kupangiwa chuo; kubadilisha kozi',
  ],
  [
    'Kenya Urban Roads Authority',
    'urban roads; town roads; potholes in town; access to commercial plot; road signage in town; sewer crossing road; fibre laying along road; road beautification; storm drains on town roads',
    'barabara za mjini; mashimo barabarani mjini; barabara mbovu mjini; mitaro ya barabara mjini',
  ],
  [
    'Kenya Utalii College',
    'hotel management course; hospitality college; catering course; chef training; food and beverage course; front office course; housekeeping course; tour guide course; travel and tourism diploma; bartender training',
    'kusomea upishi; mafunzo ya upishi; kozi ya hoteli; kusomea usimamizi wa hoteli',
  ],
  [
    'Kenya Veterinary Board',
    'vet licence; veterinary surgeon registration; fake vet; quack vet; vet negligence; complaint against vet; open vet clinic; animal health assistant licence',
    'daktari wa mifugo feki; leseni ya daktari wa mifugo; malalamiko dhidi ya daktari wa mifugo; kufungua kliniki ya mifugo; mhudumu wa afya ya mifugo',
  ],
  [
    'Kenya Veterinary Vaccine Production Institute',
    'livestock vaccines; cattle vaccine; foot and mouth vaccine; lumpy skin vaccine; newcastle vaccine; poultry vaccine; goat vaccine; anthrax vaccine; cbpp vaccine',
    'chanjo ya mifugo; chanjo ya ng\'ombe; chanjo ya kuku; chanjo ya mbuzi; chanjo ya kideri; chanjo ya miguu na midomo',
  ],
  [
    'Kenya Vision 2030 Delivery Secretariat',
    'flagship projects; national development blueprint; medium term plan; flagship project progress',
    'miradi mikubwa ya kitaifa; mpango wa maendeleo wa taifa',
  ],
  [
    'Kenya Water Institute',
    'drill a borehole; borehole drilling; where to dig borehole; test borehole water; is my water safe; groundwater survey; water engineering course; plumbing course; water lab analysis',
    'kuchimba kisima; kisima cha maji; kupima ubora wa maji; kupima maji ya kisima; utafiti wa maji chini ya ardhi; kozi ya maji',
  ],
  [
    'Kenya Wildlife Research and Training Institute',
    'wildlife research; wildlife management course; ranger training; conservation course; research in national parks; wildlife census; wildlife data',
    'utafiti wa wanyamapori; mafunzo ya uhifadhi; kozi ya wanyamapori; sensa ya wanyamapori',
  ],
  [
    'Kenya Wildlife Service',
    'park entry fees; national park tickets; game park; elephants destroyed crops; wildlife attack; human wildlife conflict; compensation for wildlife attack; lion killed livestock; snake bite compensation; poaching; bushmeat; ivory; keeping wild animals; game rangers',
    'kuingia mbuga; tiketi ya mbuga; mbuga ya wanyama; tembo wameharibu mimea; kushambuliwa na wanyamapori; fidia ya wanyamapori; simba ameua mifugo; ujangili; nyama pori; askari wa wanyamapori',
  ],
  [
    'Kenya Year Book Editorial Board',
    'government achievements book; moi cabinet history; coffee table book government; book on government projects',
    'vitabu vya serikali; kitabu cha historia ya kenya; kitabu cha mafanikio ya serikali',
  ],
  [
    'Kenyatta International Convention Center (KICC)',
    'conference venue; book conference hall; exhibition venue; event venue nairobi; expo space; rooftop view nairobi; nairobi skyline view; helipad; photoshoot venue',
    'ukumbi wa mikutano; ukumbi wa maonyesho; kupanda juu ya jengo refu; ukumbi wa hafla',
  ],
  [
    'Kenyatta National Hospital',
    'specialist treatment; cancer treatment; kidney transplant; dialysis; open heart surgery; burns treatment; hospital bill waiver; detained over hospital bill; icu bed; neurosurgery; patient referral; critical care nursing diploma; basic life support course',
    'matibabu ya saratani; upasuaji wa moyo; kusafishwa damu; kuzuiliwa hospitalini kwa bili; kitanda cha icu; matibabu ya kuungua moto; kuhamishwa hospitali kubwa',
  ],
  [
    'Kenyatta University',
    'kahawa campus; university along thika road; university conference centre kahawa; ict certification courses; business incubation university',
    'chuo kikuu kahawa',
  ],
  [
    'Kibabii University',
    'university in bungoma; bungoma university',
    'chuo kikuu bungoma',
  ],
  [
    'Kirinyaga University',
    'kutus university; university near kerugoya',
    'chuo kikuu kutus',
  ],
  [
    'Kisii University',
    'university in kisii town; kisii campus; gusii region university; semester reporting kisii; reporting back campus kisii; admission to university in kisii',
    'chuo kikuu kisii; kuripoti chuoni kisii; kujiunga na chuo kikuu kisii; chuo kikuu gusii',
  ],
  [
    'Koitaleel Samoei University College',
    'university in nandi hills; mosoriot campus; university in nandi county; former mosoriot teachers college; nandi hills campus',
    'chuo kikuu nandi hills; chuo cha mosoriot; chuo kikuu kaunti ya nandi',
  ],
  [
    'Konza Technopolis Development Authority',
    'konza smart city; konza tech city; silicon savannah; technology city machakos; invest in konza; konza plots for investors; visiting konza city; digital jobs hub; vision 2030 tech city',
    'mji wa teknolojia konza; jiji la kidijitali konza; kutembelea konza; kuwekeza konza; vituo vya kazi za kidijitali',
  ],
  [
    'LAPFUND',
    'county worker pension; county government employee retirement; county staff pension scheme; former municipal council worker pension; local authority pension; retired county worker; county employee retirement benefits',
    'pensheni ya wafanyakazi wa kaunti; mafao ya kustaafu kaunti; mstaafu wa kaunti; pensheni ya baraza la mji; malipo ya uzeeni kaunti',
  ],
  [
    'Maasai Mara University',
    'university in narok; narok town campus; tourism degree narok; industrial attachment letter narok; deferment of studies narok',
    'chuo kikuu narok; chuo kikuu cha narok; kuahirisha masomo narok',
  ],
  [
    'Machakos University',
    'university in machakos town; machakos campus; ukambani university; supplementary exams machakos; tvet units machakos; student clearance machakos',
    'chuo kikuu machakos; chuo kikuu ukambani; mitihani ya marudio machakos',
  ],
  [
    'Mama Ngina University College',
    'university in gatundu; gatundu campus; kenyatta university college gatundu; digital technology degree gatundu; primary health care course gatundu; university college in kiambu',
    'chuo kikuu gatundu; chuo kikuu gatundu kiambu; kujiunga na chuo gatundu',
  ],
  [
    'Maseno University',
    'university in maseno; maseno campus; kisumu city campus; university near kisumu; resit exams maseno; ssp admission maseno',
    'chuo kikuu maseno; chuo kikuu karibu na kisumu; mitihani ya marudio maseno',
  ],
  [
    'Masinde Muliro University of Science and Technology',
    'university in kakamega; kakamega campus; science university western kenya; kuccps admission letter kakamega; pssp kakamega',
    'chuo kikuu kakamega; chuo kikuu cha kakamega; kujiunga na chuo kakamega',
  ],
  [
    'Mathari National Teaching and Referral Hospital',
    'mental illness; mental hospital; psychiatric hospital; mentally ill relative; mental breakdown; schizophrenia; bipolar disorder; severe depression treatment; psychosis; suicidal thoughts; psychiatrist; child mental health; forensic psychiatry; mental health nursing course; lost his mind',
    'ugonjwa wa akili; hospitali ya wagonjwa wa akili; mgonjwa wa akili; amerukwa na akili; matatizo ya akili; afya ya akili; msongo wa mawazo; kuchanganyikiwa akili; daktari wa akili',
  ],
  [
    'Media Council Of Kenya',
    'press card; journalist accreditation; press pass; journalist id; unethical journalism; false news report; newspaper published lies about me; biased tv coverage; complaint against a journalist; media house accreditation; fake journalist; privacy invaded by media; media ethics; misleading news article; foreign journalist pass',
    'kadi ya mwanahabari; kitambulisho cha mwanahabari; malalamiko dhidi ya mwanahabari; habari za uongo gazetini; kuchafuliwa jina na wanahabari; mwandishi wa habari; maadili ya uandishi wa habari; redio ilinitangaza vibaya',
  ],
  [
    'Meru University',
    'university in meru; nchiru campus; meru town university; driving school at university meru; car wash meru university; farm produce from university meru; university hospital meru; short courses meru',
    'chuo kikuu meru; chuo kikuu nchiru; kujiunga na chuo kikuu meru',
  ],
  [
    'Micro And Small Entreprise Authority(MSEA)',
    'jua kali; jua kali association; informal sector traders; hawkers association; micro enterprise; small traders group; artisans association; jua kali sheds; mse worksheds; small business books of account; umbrella association of traders',
    'biashara ndogondogo; fundi wa jua kali; mafundi wa jua kali; chama cha wafanyabiashara wadogo; wachuuzi; mama mboga; sekta ya jua kali',
  ],
  [
    'Ministry for Water and Sanitation',
    'water engineer registration; registered water professional; water works contractor; water sector contractor; water policy; sanitation policy; sewerage policy',
    'mhandisi wa maji; mtaalamu wa maji; mkandarasi wa miradi ya maji; sera ya maji; mifumo ya maji taka',
  ],
  [
    'Moi Teaching And Referral Hospital',
    'referral hospital eldoret; eldoret hospital; mri scan; ultrasound scan; pregnancy scan; diabetes treatment; skin disease specialist; dentist; ear nose throat doctor; back pain physio; prostate problems; kidney stones; stroke rehabilitation; private ward eldoret; specialist doctor eldoret; medical training college eldoret',
    'hospitali ya rufaa eldoret; hospitali kubwa eldoret; kliniki ya kisukari; kliniki ya meno; kupigwa picha ya mri; ultrasound ya mimba; kliniki ya ngozi; kliniki ya masikio na koo; daktari bingwa eldoret; upangaji uzazi',
  ],
  [
    'Moi University',
    'university in eldoret; kesses campus; eldoret main campus; graduation at university in eldoret; phd hostel eldoret; scholarship university eldoret; work study programme eldoret',
    'chuo kikuu eldoret; chuo kikuu kesses; kuhitimu chuo kikuu eldoret',
  ],
  [
    'Murang\'a University of Technology',
    'university in murang\'a town; murang\'a campus; technology university central kenya; e-learning murang\'a',
    'chuo kikuu murang\'a; chuo kikuu cha teknolojia murang\'a',
  ],
  [
    'Nairobi Metropolitan Area Transport Authority (NaMATA)',
    'brt; bus rapid transit; commuter rail nairobi; public transport nairobi; matatu routes nairobi; traffic congestion nairobi; dedicated bus lanes; mass transit nairobi; brt thika road',
    'mabasi ya brt; usafiri wa umma nairobi; msongamano wa magari nairobi; njia maalum za mabasi; matatu nairobi njia',
  ],
  [
    'National Assembly',
    'member of parliament; mp; parliament debates; petition to parliament; new law; proposed bill; law being debated; hansard record; parliamentary committee; my mp; budget debate; question in parliament; finance bill; constitutional amendment',
    'mbunge; wabunge; bunge; mswada; mswada wa fedha; sheria mpya; ombi kwa bunge; mjadala bungeni; kamati ya bunge; kubadilisha katiba',
  ],
  [
    'National Authority For The Campaign Against Alcohol And Drug Abuse (NACADA)',
    'drug addiction; alcohol addiction; alcoholism; rehab; rehabilitation centre; drunkard husband; son using drugs; bhang; chang\'aa; illicit brew; drug peddling; quit drinking; substance abuse; drugs in school; bar near school; importing alcoholic drinks; heroin addict',
    'madawa ya kulevya; mihadarati; ulevi; mlevi; kuacha pombe; uraibu wa dawa za kulevya; kituo cha kurekebisha tabia; bangi; chang\'aa; pombe haramu; mateja; kupelekwa rehab; mume mlevi',
  ],
  [
    'National Biosafety Authority',
    'gmo; genetically modified food; gm maize; gmo crops; gmo free; genetic engineering; biotech crops; bt cotton; genome editing; transgenic seeds; gmo testing; gmo import',
    'vyakula vya gmo; mahindi ya gmo; mbegu za gmo; vyakula vilivyobadilishwa vinasaba; uhandisi jeni; mazao ya gmo',
  ],
  [
    'National Cereals and Produce Board',
    'selling maize to government; maize buying; cereals depot; grain storage; warehouse leasing; post-harvest losses; grain drying; maize stores; strategic food reserve; government maize price; grain silo',
    'kuuza mahindi kwa serikali; bohari la mahindi; stoo za nafaka; kuhifadhi nafaka; kukausha mahindi; bei ya mahindi serikali; hifadhi ya chakula',
  ],
  [
    'National Cereals and Produce Board (NCPB)',
    'subsidized fertilizer; cheap fertilizer; government fertilizer; fertilizer e-voucher; grain fumigation; weevils in stored grain; buy fertilizer online; maize storage pest control; grain warehouse',
    'mbolea ya ruzuku; mbolea ya bei nafuu; mbolea ya serikali; kufukiza nafaka; wadudu kwenye mahindi; kununua mbolea; hifadhi ya nafaka',
  ],
  [
    'National Cohesion and Integration Commission',
    'hate speech; tribalism; tribal insults; ethnic discrimination; inciting violence; tribal hate posts online; ethnic clashes; discriminated because of tribe; ethnic bias in hiring; incitement; negative ethnicity; politician inciting tribes',
    'matamshi ya chuki; ukabila; uchochezi; ubaguzi wa kikabila; kutukanwa kwa sababu ya kabila; chuki za kikabila; mapigano ya kikabila; maneno ya chuki mtandaoni',
  ],
  [
    'National Commission for Science Technology and Innovation',
    'research permit; research license; thesis data collection; fieldwork authorization; research clearance; postgraduate research approval; ethics review committee; accreditation of research institutions; permission to do research; data collection letter',
    'kibali cha utafiti; leseni ya utafiti; ukusanyaji wa data za utafiti; utafiti wa tasnifu; ruhusa ya kufanya utafiti; utafiti wa shahada ya uzamili',
  ],
  [
    'National Construction Authority (NCA)',
    'building contractor; contractor category; construction project registration; construction worker card; mason accreditation; skilled construction worker; collapsed building; unsafe construction site; road contractor; construction levy; fundi accreditation',
    'mkandarasi wa ujenzi; fundi wa ujenzi; fundi mwashi; kadi ya fundi wa ujenzi; jengo kuporomoka; mradi wa ujenzi; ujenzi usio salama; wakandarasi wa barabara',
  ],
  [
    'National Council for Law Reporting (Kenya Law)',
    'court judgments; case law; read a judgment; law reports; laws of kenya; copy of an act; court ruling online; statutes; find a law; legal precedent',
    'hukumu za mahakama; sheria za kenya; kusoma hukumu; nakala ya sheria; maamuzi ya mahakama; kesi zilizoamuliwa',
  ],
  [
    'National Council for Nomadic Education in Kenya (NACONEK)',
    'nomadic education; pastoralist children schooling; mobile schools; education in arid areas; low cost boarding schools; herder children education; marginalized areas education; out of school children asal',
    'elimu ya wafugaji; shule za kuhamahama; elimu kwa jamii za kuhamahama; watoto wa wafugaji shuleni; shule za bweni maeneo kame; elimu maeneo kame',
  ],
  [
    'National Council for Persons with Disabilities(NCPWD)',
    'disability card; person with disability; pwd registration; disabled tax exemption; wheelchair; assistive devices; disabled person support; blind person; deaf person; physically challenged; child with cerebral palsy; albinism sunscreen',
    'kadi ya ulemavu; mtu mwenye ulemavu; walemavu; kiti cha magurudumu; msamaha wa kodi kwa walemavu; kipofu; kiziwi; ualbino; mtoto mwenye ulemavu; vifaa vya walemavu',
  ],
  [
    'National Crime Research Centre',
    'crime research; crime statistics; causes of crime; crime survey; crime trends report; criminology attachment; crime prevention research; insecurity study',
    'utafiti wa uhalifu; takwimu za uhalifu; chanzo cha uhalifu; ripoti za utafiti wa uhalifu',
  ],
  [
    'National Defence University of Kenya',
    'defence university; military university lanet; security studies degree; peace support studies; disaster management masters; crisis management phd; lanet nakuru university; strategic studies',
    'chuo kikuu cha ulinzi; chuo cha kijeshi lanet; masomo ya usalama; usimamizi wa majanga',
  ],
  [
    'National Drought Management Authority',
    'drought; drought relief; hunger safety net; hsnp cash transfer; famine; livestock dying from drought; food relief arid areas; drought early warning; prolonged dry spell; pastoralists drought; climate change adaptation',
    'ukame; njaa; msaada wa ukame; chakula cha msaada; mifugo kufa kwa ukame; pesa za hsnp; kiangazi; mvua kukosa; wafugaji ukame',
  ],
  [
    'National Employment Authority',
    'job seeker; jobs abroad; recruitment agency; fake recruitment agency; work in saudi arabia; domestic worker abroad; stranded abroad; mistreated by employer in gulf; migrant worker; job placement; conned by employment agent; job vacancies; unemployed youth; labour market information',
    'kutafuta kazi; kazi ughaibuni; kazi uarabuni; wakala wa ajira; kudhulumiwa saudi; ajira nje ya nchi; mfanyakazi wa nyumbani saudi; kutapeliwa na wakala wa kazi; nafasi za kazi',
  ],
  [
    'National Environment Trust Fund',
    'environmental grants; green grants; climate project funding; tree planting funding; funding for environment youth groups; green innovation award; conservation project funding',
    'ruzuku ya mazingira; ufadhili wa miradi ya mazingira; fedha za kupanda miti; ruzuku kwa vikundi vya mazingira',
  ],
  [
    'National Environmental Complaints Committee (NECC)',
    'pollution complaint; factory pollution; river pollution; noise pollution complaint; sewage dumping; illegal dumping; deforestation complaint; quarry destroying environment; smoke from factory; environmental degradation; wetland destruction; public interest environmental case',
    'uchafuzi wa mazingira; uchafuzi wa mto; moshi wa kiwanda; kelele za kiwanda; kutupa taka ovyo; maji taka mtoni; uharibifu wa mazingira; kukata miti ovyo',
  ],
  [
    'National Environmental Management Authority',
    'eia license; environmental impact assessment; environmental audit; emission license; noise permit; waste disposal licence; plastic bags ban; garbage collection licence; waste transporter; effluent discharge; factory emissions; environmental expert registration; e-waste',
    'tathmini ya athari kwa mazingira; ripoti ya eia; kibali cha kelele; leseni ya kusafirisha taka; mifuko ya plastiki; utupaji taka; ukaguzi wa mazingira; moshi wa viwanda',
  ],
  [
    'National Gender And Equality Commission',
    'gender discrimination; discrimination against women; denied job because woman; gender based violence; unequal pay women; two thirds gender rule; girl child rights; minority rights; discrimination of elderly; marginalized groups rights',
    'ubaguzi wa kijinsia; usawa wa kijinsia; kubaguliwa kwa sababu ni mwanamke; ukatili wa kijinsia; haki za wanawake; wazee kubaguliwa; haki za walio wachache; ubaguzi kazini',
  ],
  [
    'National Health Insurance Fund (NHIF)',
    'change hospital for outpatient; outpatient facility choice; hospital pre-authorization; inpatient cover; maternity cover; linda mama; health insurance contributions; medical insurance deductions',
    'kadi ya bima ya matibabu; kubadilisha hospitali; michango ya bima ya afya; matibabu kwa bima; bima ya kujifungua',
  ],
  [
    'National Housing Development Fund',
    'affordable housing; buy a house; own a home; housing levy; affordable housing units; low cost houses; tenant purchase scheme; diaspora home ownership; boma yangu; housing group scheme',
    'nyumba za bei nafuu; kununua nyumba; kumiliki nyumba; ushuru wa nyumba; nyumba za gharama nafuu; nyumba kwa wanaoishi ughaibuni; nyumba za serikali',
  ],
  [
    'National Industrial Training Authority',
    'artisan trade test; grade test; artisan grade iii; fundi certification; homecare training; caregiver course for abroad; training levy; training provider accreditation; apprenticeship',
    'mtihani wa ufundi; gredi tatu; fundi kupimwa ujuzi; mafunzo ya kuhudumia wagonjwa nyumbani; mafunzo ya ufundi viwandani; cheti cha gredi ya ufundi',
  ],
  [
    'National Irrigation Authority',
    'irrigation; irrigation scheme; mwea rice; galana kulalu; water pan; earth dam for farming; farm irrigation; bura scheme; ahero rice; perkerra; village borehole for farming; irrigation water fees; rice farming scheme',
    'kilimo cha unyunyiziaji; kunyunyizia mashamba maji; mpunga mwea; bwawa la shamba; kidimbwi cha maji; kisima cha jamii; skimu ya unyunyiziaji; maji ya kilimo',
  ],
  [
    'National Museums of Kenya',
    'museum; museum entry; nairobi museum; snake park; fort jesus; karen blixen museum; heritage site; archaeology; fossils; kenyan history exhibition; school trip museum; gede ruins',
    'makumbusho; makumbusho ya taifa; fort jesus; kutembelea makumbusho; bustani ya nyoka; urithi wa kitamaduni; magofu ya gedi; ziara ya shule makumbusho',
  ],
  [
    'National Police Service',
    'police escort; hire police officers; police guard for event; security for wedding; cash in transit escort; armed escort; police officers for function; report a crime; police station; robbery; police abstract; ob number',
    'polisi wa kulinda; kukodi polisi; ulinzi wa polisi; ulinzi wa hafla; kuibiwa; kuripoti uhalifu; kituo cha polisi',
  ],
  [
    'National Quality Control Laboratories',
    'drug quality testing; substandard medicine test; counterfeit medicine lab test; condom quality test; syringe testing; lab analysis of medicines; sterility testing; medical device testing; gloves quality test',
    'kupima ubora wa dawa; kupima dawa feki maabara; maabara ya dawa; ubora wa kondomu; kupima sindano; uchunguzi wa dawa maabara',
  ],
  [
    'National Registration Bureau',
    'id card; lost id; national id; replace lost id; wrong name on id; wrong birth date on id; first id at 18; waiting card; id collection; damaged id; civil servant id',
    'kitambulisho; kitambulisho kimepotea; id imepotea; kitambulisho cha taifa; kubadilisha jina kwenye kitambulisho; makosa kwenye kitambulisho; kupata kitambulisho mara ya kwanza',
  ],
  [
    'National Research Fund',
    'research grants; research funding; research grant call; funding for phd research; science innovation funding; research repository; postgraduate research grant',
    'ruzuku ya utafiti; ufadhili wa utafiti; fedha za utafiti; ufadhili wa utafiti wa uzamivu',
  ],
  [
    'National Social Security Fund(NSSF)',
    'social security; retirement savings; pension contributions; employer pension registration; social security number; contribution statement; withdraw retirement savings; tier ii contributions; informal sector savings; age benefit; survivors benefit; invalidity benefit',
    'akiba ya uzeeni; michango ya uzeeni; mafao ya kustaafu; kadi ya hifadhi ya jamii; makato ya mshahara kwa uzeeni; mafao ya mwanachama aliyefariki; hifadhi ya jamii',
  ],
  [
    'National Transport And Safety Authority (NTSA) (New)',
    'driving licence; smart dl; renew dl; vehicle logbook; logbook transfer; change car ownership; number plates; reflective number plate; vehicle inspection; psv badge; driving school; car registration search; deregister vehicle; lost logbook; provisional driving licence',
    'leseni ya udereva; kadi ya gari; logbook ya gari; kuhamisha umiliki wa gari; nambari za gari; ukaguzi wa gari; shule ya udereva; beji ya psv; kusajili pikipiki',
  ],
  [
    'National Treasury - Pensions Department',
    'civil servant pension; retired civil servant; pension arrears; delayed pension; government pension; widow pension; death gratuity; pensioner life certificate; retired teacher pension; pension not paid; dependants pension',
    'pensheni ya serikali; pensheni imechelewa; mstaafu wa serikali; malipo ya pensheni; pensheni ya mjane; kiinua mgongo; pensheni ya mwalimu mstaafu; mafao ya mtumishi aliyefariki',
  ],
  [
    'National Water Harvesting and Storage Authority',
    'dam construction; mega dams; flood control; water storage; water harvesting; dam compensation; dam project complaint; small dams; flood protection dykes',
    'ujenzi wa bwawa; mabwawa; kuvuna maji ya mvua; kudhibiti mafuriko; fidia ya bwawa; hifadhi ya maji',
  ],
  [
    'National Youth Service(NYS)',
    'youth service recruitment; paramilitary youth training; gilgil youth camp; servicemen records; hire construction equipment; plant hire; youth empowerment programme; join youth service',
    'mafunzo ya vijana gilgil; kuandikishwa kwa vijana; kukodi mitambo ya ujenzi; vijana kuajiriwa kuhudumu',
  ],
  [
    'NGO Coordination Board',
    'start a charity; charitable organization; nonprofit organization; non profit; foundation registration; international nonprofit; donor funded organization; paybill for charity; expatriate nonprofit staff work permit; charity bank account; change charity name',
    'shirika lisilo la kiserikali; kuanzisha shirika la hisani; shirika la misaada; mashirika ya kijamii; taasisi ya hisani; wakfu',
  ],
  [
    'North Rift Valley Water Works Development Agency',
    'water project eldoret; water pipeline north rift; water supply project kitale; dam project uasin gishu; sewerage project eldoret; water project complaint north rift',
    'mradi wa maji eldoret; bomba la maji kitale; miradi ya maji north rift; maji taka eldoret',
  ],
  [
    'Numerical Machining Complex (NMC)',
    'machining; metal fabrication; foundry; spare parts manufacturing; heat treatment; cnc machining; metal casting; engineering workshop; lathe works; metallurgical analysis; gear manufacturing',
    'uchomeleaji wa vyuma; kutengeneza vipuri; karakana ya uhandisi; kuyeyusha vyuma; vipuri vya mashine; kusaga vyuma',
  ],
  [
    'Nursing Council Of Kenya',
    'nursing license; nurse registration; midwife license; nursing exams; nursing student indexing; nurse practicing license renewal; foreign nurse temporary license; verify nurse license; nurse license verification abroad; krchn exam; private nursing practice',
    'leseni ya muuguzi; usajili wa wauguzi; mtihani wa uuguzi; mkunga; wauguzi; wanafunzi wa uuguzi; kliniki ya muuguzi binafsi',
  ],
  [
    'Nyayo Tea Zones Development Corporation',
    'buy tea leaves; tea bags; loose tea; packed tea; tea for catering; tea wholesale; forest buffer zone; tea zone; tea gift pack',
    'majani ya chai; kununua chai; chai ya pakiti; chai ya jumla; mifuko ya chai; ukanda wa chai msituni',
  ],
  [
    'Nzoia Sugar Company',
    'sugarcane farming; cane seedlings; sugarcane seed; cane farmers payment; sugar factory bungoma; tractor hire; farm machinery hire; guest house bungoma; stadium hire; outgrower farmer; sugarcane ploughing',
    'miwa; mbegu za miwa; wakulima wa miwa; kiwanda cha sukari bungoma; kukodi trekta; malipo ya miwa; kulima shamba la miwa',
  ],
  [
    'Office Of The Data Protection Commissioner',
    'data breach; personal data misuse; privacy violation; data shared without consent; loan app shared my contacts; unsolicited marketing sms; spam messages; data controller registration; data processor registration; cctv privacy; leaked personal information; digital lender contacted my friends; right to be forgotten',
    'taarifa zangu binafsi; kuvuja kwa taarifa; faragha; app ya mkopo imetuma contacts; kutumia data bila idhini; jumbe za matangazo bila ruhusa; kuingiliwa faragha',
  ],
  [
    'Office of the Registrar of Political Parties',
    'political party membership; resign from party; party member without consent; check party membership; join political party; independent candidate; form a political party; party clearance letter; party name search',
    'chama cha kisiasa; kujiuzulu chama; kusajiliwa chama bila idhini; kuangalia uanachama wa chama; mgombea huru; kuanzisha chama cha kisiasa',
  ],
  [
    'Open University of Kenya',
    'online degree; distance learning university; study online; flexible learning; open learning; transfer credits from another college; online university; study from home degree; virtual university; degree while working',
    'kusoma mtandaoni; chuo kikuu cha mtandaoni; shahada mtandaoni; masomo ya mbali; kusoma ukiwa nyumbani',
  ],
  [
    'P C Kinyanjui Technical Training Institute',
    'technical college riruta; technical institute riruta satellite; tvet college dagoretti; diploma course riruta',
    'chuo cha ufundi riruta; chuo cha kiufundi dagoretti',
  ],
  [
    'Pest Control Products Board',
    'pesticides; fake pesticides; insecticide registration; herbicides; agrochemicals; agrovet pesticide; pesticide poisoning; pest control company; fumigator licensing; banned pesticides; weed killer; pesticide residue',
    'dawa za kuua wadudu; viuatilifu; dawa feki za wadudu; dawa ya kuua magugu; sumu ya dawa za kilimo; kemikali za kilimo; dawa za wadudu zilizopigwa marufuku',
  ],
  [
    'Pharmacy And Poisons Board',
    'pharmacy license; chemist license; open a chemist; fake drugs; counterfeit medicine; drug side effects report; pharmacist registration; pharmaceutical technologist; drug import permit; medicine recall; illegal chemist; unlicensed pharmacy; poisons license; medicine advertisement',
    'duka la dawa; kufungua duka la dawa; dawa feki; madhara ya dawa; kemisti; famasia; mfamasia; dawa bandia; kemisti haramu',
  ],
  [
    'Physiotherapy Council of Kenya',
    'physiotherapist license; physio registration; physiotherapy clinic license; physiotherapy licensing exam; physiotherapy students indexing; quack physiotherapist; physio cpd',
    'leseni ya mtaalamu wa fiziotherapia; usajili wa wataalamu wa fiziotherapia; kliniki ya fiziotherapia',
  ],
  [
    'Policyholders Compensation Fund',
    'insurance company collapsed; insurer under statutory management; unpaid claim collapsed insurer; compensation collapsed insurer; blueshield insurance; concord insurance; resolution insurance; standard assurance; policyholder compensation',
    'kampuni ya bima imefilisika; bima imefungwa; madai ya bima hayajalipwa; fidia ya bima iliyoanguka; kampuni ya bima iliyoporomoka',
  ],
  [
    'Private Security Regulatory Authority',
    'security guard company; watchman; security firm licence; guard registration; guard vetting; private security guard; security guard unpaid; guard training; private investigator; bouncer',
    'mlinzi; walinzi; kampuni ya ulinzi; askari gongo; walinzi wa kibinafsi; kampuni ya walinzi; mshahara wa walinzi',
  ],
  [
    'Privatization Commission',
    'sale of state corporations; privatisation of parastatals; government selling shares; ipo of state company; buying government company shares; sale of sugar companies; divestiture; public enterprise sale',
    'ubinafsishaji; kuuza mashirika ya umma; kuuza hisa za serikali; kubinafsisha viwanda vya sukari',
  ],
  [
    'Public Procurement Regulatory Authority',
    'government tender; tender irregularities; procurement complaint; tender debarment; public procurement; tender fraud; supplier blacklisted',
    'zabuni za serikali; malalamiko ya zabuni; ununuzi wa umma; kufungiwa zabuni',
  ],
  [
    'Public Sector Accounting Standards Board',
    'ipsas; ipsas templates; county financial statements format; government financial reporting format; internal audit manual public sector; accrual accounting government',
    'viwango vya uhasibu; taarifa za fedha za kaunti',
  ],
  [
    'Public Service Commission',
    'government jobs; civil service jobs; public service vacancies; civil service internship; public service internship; wealth declaration form; civil servant promotion; delayed salary civil servant; public servant discipline appeal; civil service exams',
    'nafasi za kazi serikalini; kuajiriwa serikalini; mafunzo kazini serikalini; kutangaza mali; mshahara kuchelewa mtumishi wa umma',
  ],
  [
    'Public Service Superannuation Scheme',
    'civil servants contributory pension; teacher pension contributions; police pension contributions; pension statement civil servant; retirement benefits statement; contributory pension scheme',
    'pensheni ya watumishi wa umma; taarifa ya pensheni; michango ya pensheni ya walimu; akiba ya kustaafu walimu',
  ],
  [
    'Pwani University',
    'university in kilifi; kilifi campus; coast region university; bursary at university kilifi; teaching practice kilifi; student hostel kilifi; transcript university kilifi',
    'chuo kikuu kilifi; hosteli za chuo kilifi; kujiunga na chuo kikuu kilifi',
  ],
  [
    'Pyrethrum Processing Company of Kenya',
    'pyrethrum farming; pyrethrum seedlings; pyrethrum splits; growing pyrethrum; selling dried pyrethrum flowers; pyrethrum flower prices; pyrethrum farmer payments; pyrethrum extract; natural flower insecticide; pareto farming',
    'kilimo cha pareto; miche ya pareto; mbegu za pareto; kupanda pareto; kuuza maua ya pareto; bei ya pareto; malipo ya wakulima wa pareto',
  ],
  [
    'Railway Training Institute',
    'railway courses; train driver course; locomotive training; railway engineering course; transport and logistics course; logistics diploma; railway museum visit; old trains museum',
    'kozi ya reli; chuo cha reli; mafunzo ya udereva wa treni; kozi ya usafirishaji; makumbusho ya reli',
  ],
  [
    'Registrar College Of Arms',
    'county emblem; official crest; armorial bearings; design of emblem; protecting our emblem; official seal design; county flag; institution badge; ceremonial gown; ceremonial mace; uniform insignia',
    'nembo ya kaunti; nembo ya taifa; bendera ya kaunti; beji ya taasisi; joho la sherehe',
  ],
  [
    'Registrar Of Cooperative Societies',
    'starting a cooperative; forming a sacco; farmers cooperative; dairy cooperative; coffee cooperative; housing cooperative; cooperative bylaws; cooperative name search; cooperative officials mismanagement; cooperative audit; cooperative inquiry; cooperative elections',
    'chama cha ushirika; kuanzisha chama cha ushirika; kuanzisha sacco; ushirika wa wakulima; ushirika wa maziwa; ushirika wa kahawa; sheria ndogo za ushirika; ukaguzi wa ushirika; uchaguzi wa viongozi wa ushirika; ubadhirifu katika ushirika',
  ],
  [
    'Registrar Of Marriages',
    'getting married; civil wedding; wedding at attorney general; court wedding; marriage notice; marrying a foreigner; church wedding; customary marriage; traditional marriage; register my marriage; proof of marriage; marriage certificate; hindu wedding; pastor licence to officiate weddings; marriage officer',
    'kufunga ndoa; ndoa ya kiserikali; harusi kwa ag; cheti cha ndoa; ndoa ya kimila; kusajili ndoa; kuoa mgeni; kuolewa na mgeni; ndoa ya kanisani; tangazo la ndoa; mchungaji kufungisha ndoa; ruracio',
  ],
  [
    'Registrar Of Societies',
    'starting a church; register a church; religious organisation; mosque committee; welfare association; alumni association; old boys association; sports club; residents association; professional association; society officials change; society annual returns; church leadership wrangles',
    'kusajili kanisa; kuanzisha kanisa; kusajili msikiti; chama cha ustawi; chama cha wanafunzi wa zamani; klabu ya michezo; jumuiya ya wakazi; chama cha kidini; mabadiliko ya viongozi wa chama; mizozo ya uongozi kanisani',
  ],
  [
    'Retirement Benefits Authority (RBA)',
    'pension scheme complaint; employer not remitting pension; pension deductions missing; private pension scheme; occupational pension; withdrawing pension benefits; retirement savings; provident fund payout; pension trustees misconduct; pension fund manager; individual pension plan; using pension to buy house; post-retirement medical fund',
    'malipo ya uzeeni; akiba ya kustaafu; mafao ya kustaafu; mwajiri hakupeleka michango ya pensheni; kutoa akiba ya pensheni; mpango wa pensheni; malalamiko ya pensheni; pesa ya pensheni haijalipwa',
  ],
  [
    'Rift Valley Technical Training Institute',
    'technical college eldoret; diploma courses eldoret; artisan course eldoret; craft course eldoret; tti admission eldoret',
    'chuo cha ufundi eldoret; kozi za ufundi eldoret',
  ],
  [
    'Rivatex East Africa Limited',
    'textile factory eldoret; buy fabric; cotton cloth; kitenge fabric; school uniform material; uniform fabric; bedsheets wholesale; cotton lint; textile printing',
    'kiwanda cha nguo eldoret; kununua kitambaa; kitambaa cha pamba; vitenge; kitambaa cha sare za shule; mashuka',
  ],
  [
    'Rongo University',
    'university in migori; migori county university',
    'chuo kikuu migori',
  ],
  [
    'Rural Electrification And Renewable Energy Corporation(REREC)',
    'no electricity in our village; village electricity connection; power to my home village; electricity poles in village; transformer for village; electricity for school; power line extension; power to market centre; electricity to health centre; solar for schools; solar mini-grid; biogas; renewable energy; woodlot trees for energy; solar water pumping',
    'umeme kijijini; hatuna umeme kijijini; kuletewa umeme kijijini; nguzo za umeme kijijini; transfoma ya kijiji; umeme kwa shule; umeme sokoni; umeme wa jua; nishati ya jua; nishati mbadala; biogesi; miti ya kuni',
  ],
  [
    'Sacco Societies Regulatory Authority (SASRA)',
    'sacco refused to refund deposits; sacco withdrawal delayed; sacco dividends not paid; sacco collapsed; sacco fraud; sacco loan dispute; sacco mismanagement; deposit-taking sacco; sacco guarantor problem; sacco interest complaint; savings stuck in sacco; leaving a sacco; fosa',
    'sacco imekataa kurudisha akiba; kurejeshewa akiba ya sacco; sacco imefilisika; gawio la sacco; malalamiko dhidi ya sacco; mdhamini wa mkopo wa sacco; sacco imeiba pesa; kujiondoa sacco',
  ],
  [
    'Social Health Authority(SHA)',
    'nhif; shif; health insurance; medical cover; hospital cover; hospital bill; hospital refused my cover; adding dependants to cover; health insurance contributions; check medical cover status; primary health care fund; chronic illness fund; emergency illness cover; taifa care',
    'bima ya afya; bima ya matibabu; michango ya nhif; bili ya hospitali; hospitali imekataa bima; kusajili wategemezi; kulipiwa matibabu; kadi ya bima ya afya; michango ya bima ya afya',
  ],
  [
    'Sony Sugar',
    'sugarcane farmer; cane payment delay; unpaid cane deliveries; cane harvesting; cane transport; seed cane; cane ploughing; sugarcane contract; awendo sugar factory; buying sugar wholesale; cane farmers arrears; migori sugarcane',
    'wakulima wa miwa; malipo ya miwa; kuvuna miwa; mbegu za miwa; kulima shamba la miwa; kiwanda cha sukari awendo; kusafirisha miwa; kununua sukari; deni la wakulima wa miwa',
  ],
  [
    'South Eastern Kenya University',
    'university in kitui; kwa vonza university',
    'chuo kikuu kitui',
  ],
  [
    'Special Economic Zones Authority',
    'investor tax incentives; tax holiday for factory; economic zone incentives; industrial park investment; industrial park land; dongo kundu; naivasha industrial park',
    'motisha kwa wawekezaji; msamaha wa kodi kwa wawekezaji; kuwekeza kiwanda; eneo maalum la kiuchumi; bustani ya viwanda',
  ],
  [
    'Sports Kenya',
    'stadium booking; hire kasarani; nyayo stadium; hire sports ground; kasarani swimming pool; kasarani gym; sports facilities; stadium advertising; moi international sports centre; kasarani hostel; conference at kasarani; sports talent development',
    'kukodi uwanja; uwanja wa michezo; uwanja wa kasarani; uwanja wa nyayo; bwawa la kuogelea kasarani; matangazo uwanjani; vipaji vya michezo; malazi kasarani',
  ],
  [
    'State Department For Agriculture',
    'crop market prices; maize prices; farm produce prices; agricultural statistics; crop production data; subsidised fertilizer; fertilizer e-voucher; farmers database; food security',
    'bei za mazao sokoni; bei ya mahindi; takwimu za kilimo; mbolea ya ruzuku; mbolea ya bei nafuu; usalama wa chakula',
  ],
  [
    'State Department For Diaspora Affairs',
    'kenyan stranded abroad; mistreated by employer abroad; domestic worker abuse in gulf; relative died abroad; repatriate body from abroad; evacuation from war zone; arrested abroad; jailed abroad; missing relative abroad; kenyans living abroad; diaspora association; sending money home',
    'ndugu amekwama nje ya nchi; kunyanyaswa uarabuni; kurudishwa nyumbani kutoka nje; ndugu amefariki ughaibuni; kusafirisha mwili kutoka nje; amefungwa jela nje ya nchi; ndugu amepotea nje ya nchi; wakenya wanaoishi nje; kutuma pesa nyumbani',
  ],
  [
    'State Department for Energy',
    'solar equipment tax exemption; import duty exemption solar; vat exemption renewable equipment; power plant tax exemption; geothermal exploration; wind power project; energy policy; independent power producer',
    'msamaha wa kodi kwa vifaa vya sola; msamaha wa kodi ya mitambo ya umeme; uchunguzi wa jotoardhi; umeme wa upepo; sera ya nishati',
  ],
  [
    'State Department For Foreign Affairs',
    'authenticate documents; document attestation; apostille; legalise documents for use abroad; stamp documents for embassy; attest certificates for job abroad; authenticate good conduct; degree attestation for gulf; authenticate marriage certificate; single status letter; documents for use abroad',
    'kuthibitisha vyeti kwa matumizi ya nje; muhuri wa wizara ya mambo ya nje; kuthibitisha cheti cha nidhamu; kuthibitisha vyeti vya masomo kwa ubalozi; uthibitisho wa nyaraka za nje; apostille',
  ],
  [
    'State Department for Irrigation',
    'farm irrigation; drip irrigation; water pan for farming; dam for farming; water harvesting for farm; land reclamation; degraded land; gully erosion; draining swampy land; irrigation project for our group; irrigation advice; galana kulalu',
    'kilimo cha unyunyiziaji; mradi wa unyunyiziaji; bwawa la kilimo; kuvuna maji ya mvua kwa kilimo; unyunyiziaji wa matone; ardhi iliyoharibika; mmomonyoko wa udongo; kurejesha ardhi',
  ],
  [
    'State Department For Public Works',
    'architect registration; quantity surveyor registration; registered architect check; fake architect; building materials testing; building research; government buildings maintenance; public building construction',
    'kusajili msanifu majengo; mkadiriaji majenzi; majengo ya serikali; ujenzi wa majengo ya umma; ukarabati wa majengo ya serikali',
  ],
  [
    'State Department for Social Protection',
    'cash transfer; inua jamii; elderly cash transfer; orphans cash transfer; disability cash transfer; pregnant mothers nutrition; malnourished child; child abuse report; child neglect; vulnerable children; street children; children\'s officer',
    'pesa za wazee; inua jamii; pesa za yatima; pesa za walemavu; lishe ya mama mjamzito; utapiamlo kwa mtoto; unyanyasaji wa watoto; watoto wa mitaani; afisa wa watoto; mtoto ametelekezwa',
  ],
  [
    'Taita Taveta University',
    'university in voi; voi university',
    'chuo kikuu voi',
  ],
  [
    'Tana and Athi Rivers Development Authority',
    'masinga dam; lakeside resort masinga; holiday tana delta; kiambere accommodation; tana delta rice project; tana river basin; athi river basin projects',
    'hoteli ya masinga; bwawa la masinga; malazi kiambere; mradi wa mpunga tana delta; bonde la mto tana',
  ],
  [
    'Tanathi Water Work Development Agency',
    'water project kitui; water project machakos; water pipeline makueni; water project kajiado; sewer project machakos; stalled water project ukambani; dam construction ukambani',
    'mradi wa maji kitui; mradi wa maji machakos; bomba la maji makueni; mradi wa maji kajiado; mradi wa maji umekwama ukambani; maji taka machakos',
  ],
  [
    'Tea Board Of Kenya',
    'tea farming; green leaf prices; tea bonus; tea factory payment; tea farmers; tea auction; packing tea for sale; exporting tea; tea brand; speciality tea; orthodox tea; purple tea; green leaf hawking',
    'majani chai; bonasi ya chai; bei ya majani chai; wakulima wa chai; kiwanda cha chai; mnada wa chai; kuuza chai nje ya nchi; kufungasha chai',
  ],
  [
    'Teachers Service Commission',
    'teacher posting; teacher transfer; teacher number; teacher payslip; teacher promotion; teacher interdiction; teacher discipline; teacher misconduct; teacher recruitment; intern teachers; teacher deregistered; teacher pension; teacher delocalisation; tpad; head teacher appointment; teacher impregnated student; report a teacher',
    'uhamisho wa mwalimu; ajira za walimu; kuajiriwa kama mwalimu; mshahara wa walimu; payslip ya mwalimu; kupandishwa cheo mwalimu; nidhamu ya mwalimu; mwalimu amempa mimba mwanafunzi; kuripoti mwalimu; walimu wa internship; likizo ya mwalimu; mwalimu kufutwa kazi',
  ],
  [
    'Technical And Vocational Education And Training Authority',
    'college accreditation; private college accreditation; college not accredited; starting a technical college; fake college; equating foreign diploma; recognition of foreign technical certificate; online diploma programmes; letter of no objection college; increase student capacity college',
    'chuo hakijasajiliwa; kuanzisha chuo cha ufundi; kusajili chuo cha ufundi; chuo bandia; kutambuliwa kwa diploma ya nje',
  ],
  [
    'Technical University Of Kenya',
    'former kenya polytechnic; haile selassie avenue university',
    'chuo cha kenya polytechnic',
  ],
  [
    'Technical University of Mombasa',
    'university in mombasa; former mombasa polytechnic; industrial attachment mombasa',
    'chuo kikuu mombasa; chuo cha mombasa polytechnic',
  ],
  [
    'Tharaka University',
    'university in gatunga',
    'chuo kikuu gatunga',
  ],
  [
    'The Co-operative University of Kenya',
    'university in karen; cooperative management degree; cooperative courses; former cooperative college; karen conference centre',
    'chuo kikuu karen; kozi za ushirika',
  ],
  [
    'The Information and Communication Technology (ICT) Authority',
    'government ict supplier; ict tender accreditation; digital skills training; coding training for youth; pitch tech innovation; ajira digital; government websites; public wifi; ict innovators; presidential digital talent programme',
    'mafunzo ya kidijitali; mafunzo ya kompyuta; ubunifu wa teknolojia; wasambazaji wa vifaa vya ict serikalini; wifi ya umma; ajira digital',
  ],
  [
    'The Institute of Human Resource Management (IHRM)',
    'hr practitioners; hr professional membership; hr practising certificate; hr cpd points; hr consultancy firm; human resource professionals body',
    'wataalamu wa rasilimali watu; uanachama wa hr; mafunzo ya hr; kampuni ya ushauri wa rasilimali watu',
  ],
  [
    'The Judiciary',
    'court case; file a case; sue someone; court fine; bail; court bond; small claims; succession; inheritance after death; letters of administration; probate; commissioner for oaths; affidavit; landlord rent dispute; divorce case; child custody case; court date; case status; court judgment; appeal a judgment',
    'kesi mahakamani; kushtaki mtu; faini ya mahakama; bondi ya mahakama; urithi wa mali; mirathi; hati ya kiapo; mzozo wa kodi ya nyumba; talaka; malezi ya mtoto mahakamani; tarehe ya kesi; hukumu ya mahakama',
  ],
  [
    'The Kenya Accountants And Secretaries National Examinations Board',
    'cpa exams; cpa registration; certified secretaries exams; cifa; atd; cams; accounting exams; professional accounting course; cpa exam results; cpa exemptions; cpa exam booking; cpa exam centre',
    'mitihani ya cpa; kozi ya uhasibu; matokeo ya cpa; kujiandikisha mtihani wa cpa; msamaha wa masomo ya cpa',
  ],
  [
    'The Kenya Export Promotion and Branding Agency',
    'exporting goods; how to export; export market access; export markets information; trade fairs abroad; finding buyers abroad; nation branding',
    'kuuza bidhaa nje ya nchi; masoko ya nje; maonyesho ya biashara ya kimataifa; taarifa za soko la nje; wanunuzi wa nje',
  ],
  [
    'The Kenya Institute Of Highways and Building Technology',
    'highway engineering course; road construction course; quantity surveying course; land surveying course; civil engineering diploma; plumbing course; architecture diploma; automotive engineering course; building technology course; roads sector training',
    'kozi ya ujenzi wa barabara; kozi ya uhandisi wa barabara; kozi ya upimaji ardhi; kozi ya ufundi bomba; kozi ya usanifu majengo',
  ],
  [
    'The Maasai National Polytechnic',
    'polytechnic in kajiado; technical college kajiado',
    'chuo cha ufundi kajiado',
  ],
  [
    'The National Cancer Institute of Kenya',
    'breast cancer check; cervical cancer test; pap smear; prostate cancer test; lump in breast; cancer tests; cancer awareness; cancer patients support; cancer care policy',
    'kupimwa saratani; saratani ya matiti; saratani ya shingo ya kizazi; saratani ya tezi dume; uvimbe kwenye titi; kupimwa kansa; wagonjwa wa saratani',
  ],
  [
    'The National Government Affirmative Action Fund',
    'women representative fund; woman rep bursary; women groups grants; youth groups grants; disability groups funding; widows support; affirmative action fund',
    'mfuko wa mwakilishi wa wanawake; basari ya woman rep; ruzuku kwa vikundi vya wanawake; pesa za vikundi vya vijana; vikundi vya walemavu; msaada kwa wajane',
  ],
  [
    'The National Syndemic Diseases Control Council (NSDCC)',
    'hiv prevention; hiv awareness; hiv workplace policy; hiv stigma; aids; sexually transmitted infections; tuberculosis; leprosy; malaria control; community hiv programmes',
    'ukimwi; virusi vya ukimwi; kinga ya ukimwi; unyanyapaa wa ukimwi; magonjwa ya zinaa; kifua kikuu; ukoma',
  ],
  [
    'The Postal Corporation of Kenya',
    'post office box; p.o. box; postal address; renew post box; courier parcel; send a parcel; parcel from abroad; ems; passport collection at post office; posta mtaani',
    'sanduku la posta; anwani ya posta; kutuma kifurushi; kupokea kifurushi; kifurushi kutoka nje; pasipoti kuletwa; kukodi sanduku la posta',
  ],
  [
    'The President’s Award Kenya',
    'youth award programme; gold award; silver award; bronze award; duke of edinburgh award; adventurous journey; youth volunteering; life skills for young people',
    'tuzo ya vijana; vijana kujitolea; stadi za maisha kwa vijana; huduma ya kujitolea',
  ],
  [
    'The Senate',
    'senator; governor impeachment; county boundaries dispute; county revenue sharing; county funds misuse; bills on counties; hansard; parliamentary debates; petition to parliament; public participation on bills',
    'seneta; kumng\'oa gavana; kumshtaki gavana; mipaka ya kaunti; mgao wa fedha za kaunti; miswada ya bunge; ombi kwa bunge; mijadala ya bunge',
  ],
  [
    'The State Department for East African Community',
    'non-tariff barriers; trade barriers at border; goods stuck at malaba; namanga border delays; busia border trade; cross border traders; trade with uganda and tanzania; border bribery; regional integration',
    'vikwazo vya biashara mpakani; mizigo imekwama mpakani; biashara ya mpakani; wafanyabiashara wa mpakani; hongo mpakani',
  ],
  [
    'The State Department for Youth Affairs and Creative Economy',
    'copyright; protect my songs; someone stole my song; music piracy; pirated movies; book piracy; music royalties; music licence for bar; playing music in business; copyright infringement; collecting society; artists royalties; creative industry; youth talent development',
    'hakimiliki; wizi wa nyimbo; nyimbo zangu zimeibiwa; kulinda kazi ya sanaa; mrabaha wa wasanii; filamu za wizi; leseni ya muziki kwenye baa; wasanii kulipwa; vipaji vya vijana',
  ],
  [
    'The Tourism Fund',
    'tourism levy; catering levy; hotel levy; 2% levy on hotel sales; levy returns for restaurant',
    'ushuru wa utalii; tozo ya hoteli; ushuru wa hoteli na mikahawa',
  ],
  [
    'Tom Mboya university',
    'university in homa bay; homa bay university',
    'chuo kikuu homa bay',
  ],
  [
    'Tourism Protection Service',
    'tourist security; tourist police; tourist harassed; beach boys harassment; tourist robbed; tourist safety',
    'usalama wa watalii; polisi wa utalii; watalii kusumbuliwa; beach boys',
  ],
  [
    'Tourism Regulatory Authority',
    'tour guide; tour operator; travel agency; safari guide; curio shop; beach operator; hotel star rating; hotel classification; restaurant grading; private zoo; camping equipment hire; event organiser; safari photographer; conned by tour company',
    'mwongozaji watalii; kampuni ya utalii; wakala wa usafiri; duka la vinyago; biashara ufukweni; hoteli ya nyota; leseni ya mgahawa; kambi ya watalii; kutapeliwa na kampuni ya utalii',
  ],
  [
    'TOURISM RESEARCH INSTITUTE',
    'tourism statistics; visitor arrival data; hotel occupancy data; tourism research',
    'takwimu za utalii; utafiti wa utalii',
  ],
  [
    'Turkana University College',
    'university in lodwar; lodwar university',
    'chuo kikuu lodwar',
  ],
  [
    'Ulinzi Health Services Fund ( UHSF)',
    'military hospital; defence forces memorial hospital; forces memorial hospital; kdf hospital treatment; treatment at military hospital; dialysis at military hospital; icu military hospital',
    'hospitali ya jeshi; matibabu hospitali ya jeshi; forces memorial; hospitali ya kdf',
  ],
  [
    'Unclaimed Financial Asset Authority',
    'dormant account; unclaimed money; forgotten shares; money of deceased in bank; unclaimed dividends; unclaimed insurance; old bank account; dead parent\'s bank money; uncashed cheques; safe deposit box contents',
    'akaunti iliyolala; pesa ambazo hazijadaiwa; hisa zilizosahaulika; pesa za marehemu benki; gawio lisilodaiwa; akaunti ya zamani ya benki; kudai pesa za marehemu; pesa zilizosahaulika',
  ],
  [
    'Universities Fund',
    'university scholarship; government scholarship for university; new funding model; university fee band; means testing; scholarship appeal',
    'ufadhili wa masomo chuo kikuu; udhamini wa serikali chuo kikuu; mfumo mpya wa ufadhili; band ya karo',
  ],
  [
    'University of Eldoret',
    'chepkoilel; chepkoilel university',
    'chuo kikuu chepkoilel',
  ],
  [
    'University of Kabianga',
    'university in kericho; kericho university',
    'chuo kikuu kericho',
  ],
  [
    'University Of Nairobi',
    'verify graduate degree; confirm degree authenticity; chiromo campus; kikuyu campus; parklands law campus; lower kabete campus',
    'kuthibitisha shahada ya mhitimu',
  ],
  [
    'Ushanga Kenya Initiative',
    'beadwork; beads; maasai beadwork; beaded jewellery; samburu beadwork; women beaders; selling beadwork',
    'shanga; kazi ya shanga; urembo wa shanga; wanawake wa shanga; kuuza shanga',
  ],
  [
    'Uwezo Fund',
    'youth group loan; women group loan; loan for disability groups; interest-free group loan; constituency group loan; business loan for youth group',
    'mkopo wa vikundi vya vijana; mkopo kwa vikundi vya wanawake; mkopo bila riba; mkopo wa kikundi; mkopo wa biashara kwa vijana',
  ],
  [
    'Veterinary Medicines Directorate',
    'veterinary drugs; animal medicine; agrovet shop licence; fake veterinary drugs; counterfeit animal medicines; importing animal drugs; animal feed supplements; livestock dewormer; livestock vaccines; vet drug advert; expired animal drugs disposal',
    'dawa za mifugo; dawa feki za mifugo; duka la agrovet; kuagiza dawa za mifugo; dawa ya minyoo ya ng\'ombe; chanjo za mifugo; viongeza vya chakula cha mifugo; dawa za wanyama zilizoisha muda',
  ],
  [
    'Water Resources Authority',
    'borehole drilling approval; drilling a borehole; water abstraction; pumping water from river; river water use; water use charges; groundwater; hydrogeological survey; water quality test; riparian land; river diverted upstream; water dispute upstream; dam on river',
    'kuchimba kisima; kibali cha kisima; kutumia maji ya mto; kuvuta maji mtoni; maji ya chini ya ardhi; upimaji wa ubora wa maji; mto umezibwa juu; ardhi ya kando ya mto; mgogoro wa maji ya mto',
  ],
  [
    'Water Sector Trust Fund (Water Fund)',
    'water project funding; community water project grant; sanitation project funding; water project proposal; funding for community borehole; rural water grant; toilets for community; water for marginalised areas',
    'ufadhili wa mradi wa maji; ruzuku ya maji kwa jamii; mradi wa maji wa jamii; ufadhili wa vyoo; pendekezo la mradi wa maji',
  ],
  [
    'Water Services Regulatory Board',
    'high water bill; water company overcharging; water tariffs; water disconnection; no water from water company; water rationing; dirty tap water; blocked sewer; water meter problem; complaint against water company',
    'bili ya maji kubwa; kukatiwa maji; maji machafu ya bomba; maji hayatoki bomba; mita ya maji; bei ya maji; mgao wa maji; malalamiko kampuni ya maji',
  ],
  [
    'Water Works Development Agency',
    'water truck; water tanker delivery; bulk water supply; stalled water project; water pipeline construction; sewer line construction; water testing lab',
    'maji ya lori; kuletewa maji kwa lori; mradi wa maji umekwama; bomba kuu la maji; ujenzi wa maji taka',
  ],
];
