// Notes on the services of the agencies under the Ministry Of Gender, Culture, The Arts and Heritage: see ../notes.ts
// and "Maintaining the notes" in the package README. Written from the
// catalogue (each agency's description and its whole list of services),
// never from questions.
import type { NoteEntry } from '../notes.ts';

export const NOTES: readonly NoteEntry[] = [
  // Anti Female Genital Mutilation Board
  ['1bd4518dca4b', 'Any other function that may be assign by written law', 'other anti FGM board matters; general FGM enquiry; FGM law question; contact anti FGM board', 'maswali mengine kuhusu ukeketaji; kuwasiliana na bodi ya kupinga ukeketaji'],
  ['ab77d3b0175a', 'Responding to Emergencies in the area of FGM', 'report FGM happening now; girl about to be cut; rescue a girl from cutting; FGM emergency; cutting ceremony planned in village', 'kuripoti ukeketaji; msichana anakaribia kukeketwa; kuokoa msichana asikeketwe; dharura ya ukeketaji'],
  ['ebcfea6e313b', 'Resource mobilization to fund activities and programs aimed at eradicating FGM', 'donate to end FGM; fund anti FGM projects; donor support for FGM programmes; sponsor FGM campaign', 'kuchangia vita dhidi ya ukeketaji; ufadhili wa miradi ya kupinga ukeketaji'],
  ['aa3f50cb0705', 'Mapping out stakeholders involved in the fight against FGM', 'organisations fighting FGM; list of anti FGM partners; get our group listed as stakeholder; NGOs working on female circumcision', 'mashirika yanayopinga ukeketaji; vikundi vya kupambana na ukeketaji'],
  ['a35606407b5d', 'Provide technical and other support to institutions, agencies, and other bodies engaged in i programmes to eradicate FGM', 'technical support for anti FGM groups; help for NGO fighting FGM; capacity building for FGM programmes; training our community group on FGM', 'msaada wa kiufundi kwa mashirika; kusaidia kikundi chetu kupinga ukeketaji'],
  ['3b797094d643', 'Design and formulate policy on the planning, financing, and co-ordinating activities relating to FGM', 'national FGM policy; planning and financing FGM work; coordination of FGM activities; female circumcision policy', 'sera ya kupinga ukeketaji; mipango ya kutokomeza tohara ya wasichana'],
  ['5d891b023735', 'Advise the Government on matters relating to FGM', 'advice on FGM law; prohibition of FGM act guidance; recommendations on female circumcision', 'ushauri kuhusu sheria ya ukeketaji; mapendekezo kuhusu tohara ya wanawake'],
  ['943f2daae57d', 'Designing programmes aimed at eradicating FGM', 'alternative rites of passage; end cutting in our community; anti FGM project design', 'sherehe mbadala za kuvuka rika; mpango wa kukomesha ukeketaji kijijini'],
  ['6f054bf96cc1', 'Supervise and co-ordinate public awareness, sensitization and advocacy against the practice of FGM in Kenya', 'FGM awareness campaign; sensitization forum on FGM; teach community about female circumcision harm; school outreach against cutting; zero tolerance FGM day', 'uhamasishaji dhidi ya ukeketaji; kuelimisha jamii kuhusu tohara ya wasichana; kampeni ya kupinga ukeketaji'],
  // Bomas of Kenya
  ['2e7628242b1d', 'Daily Shows and Tour of the Villages', 'traditional dance show; cultural performance Langata; see traditional homesteads; tour of tribal huts; school trip cultural tour; tourist entry ticket for shows', 'ngoma za kitamaduni; kutembelea nyumba za kitamaduni; ziara ya shule Bomas; kuangalia maonyesho ya ngoma'],
  ['b3778c777f9f', 'Harambee Dancers Booking', 'hire traditional dancers; book dance troupe for event; cultural entertainment for wedding; performers for corporate function', 'kukodi wachezaji ngoma; kikundi cha ngoma kwa sherehe; burudani ya kitamaduni harusini; wachezaji wa kuburudisha wageni'],
  // Kenya Cultural Centre
  ['32aa6ad56dd0', 'Request for Refund', 'refund for cancelled theatre booking; money back for venue; overpaid hall booking; cultural centre event cancelled refund', 'kurudishiwa pesa za ukumbi; booking ya ukumbi imefutwa; nililipia ukumbi mara mbili'],
  ['9debd91574b1', 'Hire of performance space', 'book a theatre for a play; hire hall for concert; performance venue Nairobi; stage for drama or dance show; rehearsal space', 'kukodi ukumbi wa maonyesho; jukwaa la tamthilia; ukumbi wa tamasha; kukodi theatre'],
  // Kenya National Archives and Documentation Service
  ['2a5ee9befde3', 'Authentication Of Documents', 'certify old document; verify historical record; certified true copy from archives; authenticate colonial records', 'kuthibitisha hati za zamani; kuhakikisha nakala ya kumbukumbu; kuthibitisha nyaraka za hifadhi ya kumbukumbu'],
  ['cc906c31e477', 'Facilities Services', 'hire hall at national archives; venue at archives Nairobi CBD; meeting room at archives building', 'kukodi ukumbi wa hifadhi ya nyaraka; ukumbi wa mkutano jengo la Archives'],
  ['5ea4c714f327', 'Application for Research', 'research at national archives; access old records; reader\'s ticket; historical research; thesis research in archives', 'kufanya utafiti wa historia; kusoma nyaraka za zamani; kupata kumbukumbu za kihistoria'],
  ['435cab4a689a', 'Record of Copies', 'photocopy of archived document; scanned copy of old records; copies of colonial files; order copies of records', 'nakala ya nyaraka za zamani; kupata copy ya rekodi; kutoa nakala ya kumbukumbu'],
  ['d0fef6361662', 'Visit to the Gallery', 'archives gallery Nairobi CBD; art and history gallery; historical exhibition; school trip to archives', 'kutembelea maonyesho ya historia; ziara ya shule hifadhi ya nyaraka; kuona picha za kihistoria'],
  // Kenya National Library Services
  ['c5b316061999', 'Daily Library Access', 'library day pass; visit national library for the day; daily reading access; study space in public library', 'kuingia maktaba kwa siku moja; kusoma maktaba ya umma'],
  ['b63222ceae54', 'Kenya National Bibliography', 'list of books published in Kenya; national bibliography; Kenyan publications catalogue; buy bibliography copy', 'orodha ya vitabu vilivyochapishwa Kenya; katalogi ya machapisho ya Kenya'],
  ['ba2c57f67f51', 'Self Guaranteed Membership Subscription', 'library membership card; join national library; borrow books from public library; individual library membership', 'kadi ya uanachama wa maktaba; kujiunga na maktaba; kuazima vitabu'],
  ['0ffbf1c3d907', 'Institutional Annual Subscription', 'school library subscription; institution library membership; company or college yearly library access', 'uanachama wa maktaba kwa shule; usajili wa taasisi kwa maktaba'],
  // National Gender And Equality Commission
  ['ec77ae3f1a80', 'Reporting Of Issues On Gender Inequality', 'report gender discrimination; discriminated for disability; unequal treatment of women at work; report discrimination against elderly', 'kuripoti ubaguzi wa kijinsia; kubaguliwa kwa ulemavu; kuripoti ubaguzi kazini'],
  // National Museums of Kenya
  ['32f80f32cb28', 'Admission and entry to the Mational Museum of kenya', 'Nairobi museum entry ticket; visit national museum; school trip to museum; snake park and museum visit', 'tiketi ya kuingia makumbusho; kutembelea makumbusho; ziara ya shule makumbusho'],
  // The National Government Affirmative Action Fund
  ['8ff428d4461d', 'Provision of funds to affirmative action groups', 'NGAAF funds for women groups; affirmative action fund grants; support for youth and disabled groups; county woman rep fund', 'ruzuku kwa vikundi vya wanawake NGAAF; ufadhili wa vijana na walemavu; mfuko wa woman rep'],
  // Ushanga Kenya Initiative
  ['00a51aa854e7', 'Registration', 'register as beadwork artisan; women beadwork groups; sell beaded products; Maasai beadwork', 'kusajili kikundi cha ushanga; akina mama wa shanga; kuuza shanga'],
];
