// The words citizens use for eCitizen services, grouped by meaning.
//
// Each group is one concept. Any of its terms, in a service name or in a
// message, stands for the concept, so "leseni ya udereva", "DL" and "driving
// licence" all meet in DRIVING_LICENCE. Terms are written the way people type
// them; the analyser normalises both sides the same way (case, plurals,
// licence/license, stopwords such as "ya"/"cha"/"of" are ignored inside
// phrases), so "cheti cha kuzaliwa" also matches "cheti kuzaliwa".
//
// A leading "-" marks a Swahili verb root: "-lipa" matches lipa, kulipa,
// nimelipa, tulipe, ... (subject/tense/object prefixes are only stripped when
// what is left is a root listed here, so ordinary words are never cut).
//
// `related` lets a query reach neighbouring concepts at a lower weight: a
// "licence" may be called a "permit".
//
// Add a group when a concept has several common names; do not add entries to
// fix the wording of one particular question.

export interface SynonymGroup {
  /** Stable concept name; becomes an index token, so keep it unique. */
  concept: string;
  /** Words and phrases with this meaning, in English, Swahili or Sheng. */
  terms: readonly string[];
  /** Concepts a query for this one should also reach, at reduced weight. */
  related?: readonly string[];
  /** Question words and other markers that help ranking but are not a need in themselves. */
  marker?: boolean;
  /**
   * What is to be done (apply, renew, pay) rather than what it is done to
   * (passport, licence). Missing the thing is worse than missing the action, so
   * actions weigh less when judging how well a result answers a query.
   */
  action?: boolean;
  /**
   * The body citizens mean when they ask for this (national ID -> National
   * Registration Bureau, not a university's student ID). Names are matched
   * against the start of agency names, ignoring case.
   */
  agencies?: readonly string[];
  /**
   * Phrases that mean this concept only in the service names of its
   * `agencies`: NTSA's "Duplicate Registration Certificate" is the logbook,
   * a pharmacist's registration certificate is not.
   */
  agencyTerms?: readonly string[];
}

const IMMIGRATION = 'Directorate of Immigration Services';
const CIVIL_REGISTRATION = 'Civil Registration Services';
const NTSA = 'National Transport And Safety Authority';
const KRA = 'Kenya Revenue Authority';
const BRS = 'Business Registration Services';
const JUDICIARY = 'The Judiciary';

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // ── Identity and civil registration ────────────────────────────────────
  { concept: 'PASSPORT', agencies: [IMMIGRATION], terms: ['passport', 'pasipoti', 'paspoti', 'pasi', 'travel document', 'hati ya kusafiria'] },
  {
    concept: 'NATIONAL_ID',
    agencies: ['National Registration Bureau'],
    terms: ['national id', 'national identity card', 'identity card', 'id card', 'id', 'kitambulisho', 'vitambulisho', 'kitambulisho cha taifa', 'kipande'],
    // The Bureau's "Change of Particulars" is where a wrong name or date on an ID is corrected.
    agencyTerms: ['change of particulars'],
  },
  { concept: 'BIRTH', agencies: [CIVIL_REGISTRATION], terms: ['birth', 'born', 'kuzaliwa', '-zaliwa', 'uzazi'] },
  { concept: 'BIRTH_CERTIFICATE', agencies: [CIVIL_REGISTRATION], terms: ['birth certificate', 'birth cert', 'cheti cha kuzaliwa', 'cheti kuzaliwa'] },
  { concept: 'DEATH', agencies: [CIVIL_REGISTRATION], terms: ['death', 'dead', 'died', 'deceased', 'kifo', 'vifo', 'marehemu', '-fariki', 'kufa'] },
  { concept: 'DEATH_CERTIFICATE', agencies: [CIVIL_REGISTRATION], terms: ['death certificate', 'death cert', 'cheti cha kifo'] },
  { concept: 'MARRIAGE', agencies: ['Registrar Of Marriages'], terms: ['marriage', 'married', 'marry', 'wedding', 'ndoa', 'harusi', 'kuoa', '-olewa'] },
  { concept: 'DIVORCE', terms: ['divorce', 'talaka'] },
  { concept: 'CHILD', terms: ['child', 'kid', 'baby', 'son', 'daughter', 'mtoto', 'watoto', 'mwana'] },
  { concept: 'CERTIFICATE', terms: ['certificate', 'cert', 'cheti', 'vyeti'] },
  { concept: 'NAME', terms: ['name', 'names', 'jina', 'majina'] },
  { concept: 'CITIZEN', terms: ['citizen', 'citizenship', 'raia', 'uraia', 'mwananchi', 'wananchi'] },
  { concept: 'FOREIGNER', terms: ['foreigner', 'foreign national', 'foreign', 'non citizen', 'non kenyan', 'alien', 'mgeni', 'wageni'] },
  // Goods sent "nje ya nchi" are exports.
  { concept: 'ABROAD', terms: ['abroad', 'overseas', 'diaspora', 'outside kenya', 'ughaibuni', 'nje ya nchi'], related: ['EXPORT'] },
  // Another country, or someone from one, in a question is what the catalogue
  // calls foreign: "a Ugandan journalist", "leseni ya UK", "mume wangu ni mtanzania".
  {
    concept: 'OTHER_COUNTRY',
    terms: [
      'uganda', 'tanzania', 'rwanda', 'burundi', 'ethiopia', 'somalia', 'south sudan', 'congo', 'nigeria', 'ghana', 'south africa',
      'india', 'china', 'pakistan', 'uk', 'united kingdom', 'britain', 'usa', 'america', 'marekani', 'canada', 'germany', 'ujerumani',
      'dubai', 'uae', 'saudi', 'saudi arabia', 'qatar', 'oman', 'lebanon', 'japan', 'uingereza',
      'ugandan', 'tanzanian', 'rwandan', 'ethiopian', 'somali', 'nigerian', 'ghanaian', 'indian', 'chinese', 'british', 'american',
      'mganda', 'waganda', 'mtanzania', 'watanzania', 'mnyarwanda', 'mhindi', 'wahindi', 'mchina', 'wachina', 'mzungu', 'wazungu', 'mnigeria',
      // Not "french" (beans), "turkey" (poultry), "guinea" (fowl) or "mali" (Swahili: property).
      'south african', 'sudanese', 'congolese', 'burundian', 'eritrea', 'eritrean', 'djibouti', 'zambia', 'zambian', 'zimbabwe', 'zimbabwean',
      'malawi', 'malawian', 'mozambique', 'botswana', 'namibia', 'cameroon', 'egypt', 'egyptian', 'morocco', 'france', 'ufaransa', 'italy',
      'italian', 'italia', 'spain', 'netherlands', 'holland', 'dutch', 'uholanzi', 'belgium', 'switzerland', 'swiss', 'sweden', 'norway',
      'denmark', 'finland', 'ireland', 'poland', 'russia', 'russian', 'urusi', 'german', 'mjerumani', 'australia', 'australian', 'canadian',
      'mexico', 'brazil', 'korea', 'korean', 'japanese', 'singapore', 'malaysia', 'thailand', 'philippines', 'bangladesh', 'nepal', 'sri lanka',
      'iran', 'iraq', 'israel', 'yemen', 'kuwait', 'bahrain', 'arabia', 'uarabuni', 'mwarabu', 'waarabu', 'msomali', 'wasomali', 'mkongo',
      'msudani', 'mmarekani', 'wamarekani', 'mwingereza', 'waingereza', 'mfaransa', 'mtaliano', 'mkorea', 'mjapani',
    ],
    related: ['FOREIGNER', 'ABROAD'],
  },

  // ── Police, courts, security ──────────────────────────────────────────
  {
    concept: 'GOOD_CONDUCT',
    agencies: ['Directorate of Criminal Investigations'],
    terms: [
      'good conduct', 'certificate of good conduct', 'good conduct certificate', 'police clearance', 'police clearance certificate',
      'police certificate', 'tabia njema', 'cheti cha tabia njema', 'cheti cha polisi',
    ],
  },
  { concept: 'POLICE', terms: ['police', 'polisi', 'askari'] },
  { concept: 'SECURITY', terms: ['security', 'guard', 'ulinzi', 'mlinzi'] },
  { concept: 'FIREARM', agencies: ['Firearms Licensing Board'], terms: ['firearm', 'gun', 'pistol', 'rifle', 'weapon', 'bunduki', 'silaha'] },
  { concept: 'COURT', agencies: [JUDICIARY], terms: ['court', 'mahakama', 'korti'] },
  { concept: 'FINE', agencies: [JUDICIARY], terms: ['fine', 'penalty', 'faini', 'adhabu'] },
  { concept: 'CASE', agencies: [JUDICIARY], terms: ['case', 'kesi', 'lawsuit', 'sue', '-shtaki', 'mashtaka', 'dispute', 'mgogoro', 'migogoro'] },
  { concept: 'REPORT', action: true, terms: ['report', 'ripoti', '-ripoti'] },
  { concept: 'CORRUPTION', terms: ['corruption', 'bribery', 'bribe', 'fraud', 'ufisadi', 'rushwa', 'hongo'] },
  { concept: 'POLITICAL_PARTY', terms: ['political party', 'chama cha kisiasa', 'vyama vya kisiasa', 'chama cha siasa'] },
  { concept: 'POLITICS', terms: ['political', 'politics', 'siasa', 'kisiasa', 'candidate', 'mgombea'] },
  { concept: 'BAIL', terms: ['bail', 'bond', 'dhamana'] },
  { concept: 'APPEAL', action: true, terms: ['appeal', 'rufaa', 'kata rufaa'] },
  { concept: 'COMPLAINT', terms: ['complaint', 'complain', 'grievance', 'malalamiko', 'lalamiko', '-lalamika'] },

  // ── Transport ─────────────────────────────────────────────────────────
  {
    concept: 'DRIVING_LICENCE',
    agencies: [NTSA],
    terms: [
      'driving licence', 'driving license', 'driver licence', 'drivers licence', 'driving permit', 'dl', 'smart dl',
      'leseni ya udereva', 'leseni ya kuendesha gari', 'leseni ya kuendesha', 'udereva',
    ],
    related: ['LICENCE'],
  },
  { concept: 'LICENCE', terms: ['licence', 'license', 'licensing', 'leseni'], related: ['PERMIT'] },
  { concept: 'DRIVER', terms: ['driver', 'dereva', 'madereva'] },
  { concept: 'VEHICLE', agencies: [NTSA], terms: ['vehicle', 'motor vehicle', 'car', 'motor', 'gari', 'magari', 'motokaa'] },
  { concept: 'MOTORCYCLE', terms: ['motorcycle', 'motorbike', 'boda boda', 'boda', 'pikipiki'] },
  {
    concept: 'LOGBOOK',
    agencies: [NTSA],
    terms: ['logbook', 'log book', 'vehicle registration certificate', 'kadi ya gari'],
    agencyTerms: ['registration certificate'],
    related: ['VEHICLE'],
  },
  { concept: 'NUMBER_PLATE', agencies: [NTSA], terms: ['number plate', 'plate', 'registration plate', 'namba ya gari', 'nambari ya gari'] },
  { concept: 'INSPECTION', terms: ['inspection', 'inspect', 'ukaguzi', '-kagua', 'kaguzi'] },
  // "Move the logbook to my name": putting a thing in one's name is taking it over.
  { concept: 'TRANSFER', action: true, terms: ['transfer', 'uhamisho', '-hamisha', '-hama', 'to my name', 'into my name', 'in my name', 'kwa jina langu'] },
  { concept: 'OWNERSHIP', terms: ['ownership', 'owner', 'umiliki', 'mmiliki', '-miliki'] },

  // ── Business, tax, money ──────────────────────────────────────────────
  { concept: 'BUSINESS', agencies: [BRS], terms: ['business', 'biashara', 'enterprise', 'kibiashara'] },
  { concept: 'BUSINESS_NAME', agencies: [BRS], terms: ['business name', 'jina la biashara', 'shop name', 'brand name', 'jina la duka'] },
  { concept: 'COMPANY', agencies: [BRS], terms: ['company', 'kampuni', 'makampuni', 'limited company', 'ltd'] },
  { concept: 'KRA_PIN', agencies: [KRA], terms: ['kra pin', 'pin', 'pin number', 'pin certificate', 'tax pin', 'namba ya kra'] },
  { concept: 'TAX', agencies: [KRA], terms: ['tax', 'taxation', 'kodi', 'ushuru'] },
  { concept: 'TAX_COMPLIANCE', agencies: [KRA], terms: ['tax compliance', 'tax compliance certificate', 'tcc'] },
  { concept: 'WAIVER', terms: ['waiver', 'waive', 'amnesty', 'msamaha', '-samehe'] },
  { concept: 'RETURNS', agencies: [KRA], terms: ['returns', 'return', 'tax return', 'ritani'] },
  { concept: 'PAY', action: true, terms: ['pay', 'payment', 'paying', 'paid', 'repay', 'repayment', 'settle', 'malipo', '-lipa', '-lipia'] },
  { concept: 'MPESA', terms: ['mpesa', 'm pesa', 'lipa na mpesa', 'mobile money', 'paybill', 'till number'], related: ['PAY'] },
  // "50 bob": shillings in Kenyan speech.
  { concept: 'FEE', terms: ['fee', 'charge', 'cost', 'price', 'bob', 'ada', 'gharama', 'bei'] },
  { concept: 'LOAN', terms: ['loan', 'mkopo', 'mikopo', '-kopa'] },
  { concept: 'REFUND', terms: ['refund', 'reimbursement', 'overpaid', 'overpayment', 'marejesho', '-rejesha', '-rudisha'] },
  { concept: 'NGO', agencies: ['NGO Coordination Board'], terms: ['ngo', 'non governmental organisation', 'non governmental organization', 'shirika lisilo la kiserikali'] },
  { concept: 'PERSON', terms: ['person', 'individual', 'mtu', 'watu'] },
  { concept: 'PRIVATE', terms: ['private', 'binafsi', 'kibinafsi'] },
  { concept: 'SOCIETY', terms: ['society', 'association', 'club', 'group', 'chama', 'vyama', 'kikundi', 'vikundi'] },

  // The P9 is the employer's certificate of an employee's pay and tax.
  { concept: 'INCOME', terms: ['income', 'earnings', 'salary', 'mapato', 'mshahara', 'p9'] },
  // No income to declare is what KRA calls a nil return.
  { concept: 'NIL', terms: ['nil', 'no income', 'zero income', 'without income', 'no earnings', 'bila mapato', 'sina mapato', 'hakuna mapato', 'bila kipato', 'sina kipato'] },
  { concept: 'MONEY', terms: ['money', 'cash', 'pesa', 'fedha'] },
  { concept: 'BANK', terms: ['bank', 'benki'] },
  { concept: 'CARD', terms: ['card', 'kadi'] },
  { concept: 'PENSION', terms: ['pension', 'pensioner', 'retirement', 'pensheni', 'mstaafu', 'kustaafu'] },
  { concept: 'INSURANCE', terms: ['insurance', 'bima'] },
  { concept: 'ASSET', terms: ['asset', 'property', 'mali'] },
  { concept: 'IMPORT', terms: ['import', 'importation', 'importer', '-ingiza', 'kuagiza', 'uagizaji', 'mwagizaji'] },
  { concept: 'EXPORT', terms: ['export', 'exportation', 'exporter', 'kuuza nje', 'kusafirisha nje', 'uuzaji nje'] },
  { concept: 'SHOP', terms: ['shop', 'store', 'duka', 'maduka'] },
  { concept: 'ALCOHOL', terms: ['alcohol', 'liquor', 'pombe'] },
  { concept: 'MEDICINE', terms: ['medicine', 'drug', 'pharmacy', 'dawa', 'madawa'] },

  // ── Land and housing ──────────────────────────────────────────────────
  { concept: 'LAND', terms: ['land', 'ardhi', 'plot', 'shamba', 'kiwanja', 'viwanja'] },
  { concept: 'TITLE_DEED', terms: ['title deed', 'land title', 'hati miliki', 'hatimiliki', 'hati ya ardhi'], related: ['LAND'] },
  { concept: 'HOUSE', terms: ['house', 'housing', 'home', 'nyumba', 'makazi'] },
  { concept: 'RENT', terms: ['rent', 'kodi ya nyumba'] },
  // Rent paid to the state for land (leasehold): not a tax, though "kodi" is both.
  { concept: 'LAND_RENT', terms: ['land rent', 'kodi ya ardhi'], related: ['LAND', 'RENT'] },

  // ── Nature, farming, infrastructure ───────────────────────────────────
  { concept: 'PARK', terms: ['park', 'national park', 'game park', 'game reserve', 'mbuga', 'mbuga ya wanyama', 'hifadhi ya wanyama'] },
  { concept: 'WILDLIFE', terms: ['wildlife', 'animal', 'wanyama', 'mnyama', 'wanyamapori'] },
  { concept: 'FOREST', terms: ['forest', 'tree', 'msitu', 'misitu', 'mti', 'miti'] },
  { concept: 'AGRICULTURE', terms: ['agriculture', 'farming', 'farm', 'farmer', 'kilimo', 'mkulima', 'wakulima', 'shamba'] },
  { concept: 'SEED', terms: ['seed', 'mbegu'] },
  { concept: 'FISH', terms: ['fish', 'fishing', 'fisheries', 'aquaculture', 'fish farming', 'samaki', 'uvuvi', 'mvuvi', 'ufugaji wa samaki', 'tilapia', 'omena', 'dagaa'] },
  { concept: 'WATER', terms: ['water', 'maji'] },
  { concept: 'ELECTRICITY', terms: ['electricity', 'electrical', 'electric', 'power', 'umeme', 'stima'] },
  { concept: 'ENVIRONMENT', terms: ['environment', 'environmental', 'mazingira'] },
  { concept: 'PORT', terms: ['port', 'bandari'] },
  { concept: 'AIRPORT', terms: ['airport', 'uwanja wa ndege'] },
  { concept: 'ROAD', terms: ['road', 'barabara'] },
  { concept: 'TRANSPORT', terms: ['transport', 'travel', 'movement', 'usafiri', '-safiri', '-safirisha'] },
  { concept: 'TICKET', terms: ['ticket', 'tiketi'] },

  { concept: 'CHARCOAL', terms: ['charcoal', 'makaa'] },
  { concept: 'TIMBER', terms: ['timber', 'wood', 'mbao', 'kuni'] },
  { concept: 'SEEDLING', terms: ['seedling', 'nursery', 'miche', 'mche', 'kitalu'] },
  { concept: 'CROP', terms: ['crop', 'produce', 'mazao', 'zao'] },
  { concept: 'FOOD', terms: ['food', 'chakula', 'vyakula'] },
  { concept: 'TEA', terms: ['tea', 'chai', 'majani chai'] },
  { concept: 'COFFEE', terms: ['coffee', 'kahawa'] },
  { concept: 'SUGAR', terms: ['sugar', 'sugarcane', 'sukari', 'miwa'] },
  { concept: 'MAIZE', terms: ['maize', 'corn', 'mahindi'] },
  { concept: 'LIVESTOCK', terms: ['livestock', 'cattle', 'mifugo', 'ngombe'] },
  { concept: 'VETERINARY', terms: ['veterinary', 'vet', 'daktari wa mifugo', 'agrovet', 'agro vet', 'dawa za mifugo'] },
  { concept: 'IRRIGATION', terms: ['irrigation', 'unyunyiziaji', '-nyunyizia'] },
  { concept: 'MARKET', terms: ['market', 'soko', 'masoko'] },
  { concept: 'MANUFACTURE', terms: ['manufacture', 'manufacturing', 'factory', 'industry', 'industrial', 'kiwanda', 'viwanda', '-tengeneza'] },
  { concept: 'PRODUCT', terms: ['product', 'bidhaa'] },
  { concept: 'CARGO', terms: ['cargo', 'freight', 'container', 'consignment', 'mizigo', 'shehena'] },
  { concept: 'TRUCK', terms: ['truck', 'lorry', 'lori', 'malori'] },
  { concept: 'PSV', terms: ['psv', 'public service vehicle', 'matatu', 'bus', 'basi', 'mabasi'] },
  { concept: 'SHIP', terms: ['ship', 'vessel', 'boat', 'meli', 'mashua', 'boti'] },
  { concept: 'COUNTY', terms: ['county', 'kaunti'] },
  { concept: 'COMMUNITY', terms: ['community', 'jamii'] },
  { concept: 'PROJECT', terms: ['project', 'mradi', 'miradi'] },
  { concept: 'FUND', terms: ['fund', 'funding', 'grant', 'mfuko', 'ruzuku'] },
  { concept: 'EQUIPMENT', terms: ['equipment', 'device', 'appliance', 'vifaa', 'kifaa'] },

  // ── Work, study, health ───────────────────────────────────────────────
  { concept: 'WORK_PERMIT', agencies: [IMMIGRATION], terms: ['work permit', 'employment permit', 'kibali cha kazi', 'kibali cha kufanya kazi'], related: ['PERMIT'] },
  { concept: 'PERMIT', terms: ['permit', 'kibali', 'vibali'] },
  { concept: 'VISA', agencies: [IMMIGRATION], terms: ['visa', 'evisa', 'viza'] },
  { concept: 'WORK', terms: ['work', 'job', 'employment', 'labour', 'labor', 'kazi', 'ajira', 'nafasi za kazi'] },
  { concept: 'EXAM', terms: ['exam', 'examination', 'mtihani', 'mitihani'] },
  { concept: 'RESULTS', terms: ['result', 'matokeo'] },
  { concept: 'STUDENT', terms: ['student', 'mwanafunzi', 'wanafunzi'] },
  { concept: 'SCHOOL', terms: ['school', 'shule'] },
  { concept: 'UNIVERSITY', terms: ['university', 'college', 'chuo', 'chuo kikuu', 'vyuo'] },
  { concept: 'TECHNICIAN', terms: ['technician', 'artisan', 'technologist', 'fundi', 'mafundi'] },
  { concept: 'TRAINING', terms: ['training', 'course', 'mafunzo', 'kozi'] },
  { concept: 'ADMISSION', terms: ['admission', 'admit', 'udahili', '-jiunga'] },
  { concept: 'GRADUATION', terms: ['graduation', 'graduate', 'mahafali'] },
  { concept: 'RESEARCH', terms: ['research', 'utafiti'] },
  { concept: 'LIBRARY', terms: ['library', 'maktaba'] },
  { concept: 'LABORATORY', terms: ['laboratory', 'lab', 'test', 'testing', 'analysis', 'maabara', 'kipimo', 'vipimo', '-pima'] },
  { concept: 'CLINIC', terms: ['clinic', 'kliniki', 'zahanati'] },
  { concept: 'OFFICER', terms: ['officer', 'official', 'afisa', 'maafisa'] },
  { concept: 'ENGINEER', terms: ['engineer', 'engineering', 'mhandisi', 'wahandisi', 'uhandisi'] },
  { concept: 'ACCOUNTANT', terms: ['accountant', 'accounting', 'mhasibu', 'wahasibu', 'uhasibu'] },
  { concept: 'JOURNALIST', terms: ['journalist', 'reporter', 'media practitioner', 'press card', 'mwandishi wa habari', 'waandishi wa habari'] },
  { concept: 'FILM', terms: ['film', 'movie', 'filamu', 'sinema'] },
  { concept: 'LAW', terms: ['law', 'legal', 'sheria', 'kisheria'] },
  { concept: 'MEMBER', terms: ['member', 'membership', 'mwanachama', 'wanachama', 'uanachama'] },
  { concept: 'LEAVE', terms: ['leave', 'likizo'] },
  { concept: 'TEACHER', terms: ['teacher', 'tutor', 'lecturer', 'mwalimu', 'walimu'] },
  { concept: 'DOCTOR', terms: ['doctor', 'medical practitioner', 'daktari', 'madaktari'] },
  { concept: 'NURSE', terms: ['nurse', 'nursing', 'midwife', 'muuguzi', 'wauguzi'] },
  { concept: 'REFUGEE', terms: ['refugee', 'asylum', 'mkimbizi', 'wakimbizi'] },
  { concept: 'ADVOCATE', terms: ['advocate', 'lawyer', 'wakili', 'mawakili'] },
  { concept: 'SUCCESSION', terms: ['succession', 'inheritance', 'probate', 'urithi', 'mirathi', 'wosia'] },
  { concept: 'HEALTH', terms: ['health', 'medical', 'afya', 'hospital', 'hospitali'] },
  { concept: 'DISABILITY', agencies: ['National Council for Persons with Disabilities'], terms: ['disability', 'disabled', 'pwd', 'ulemavu', 'mlemavu', 'walemavu'] },

  // ── What people want done ─────────────────────────────────────────────
  // Getting a document is applying for it; for most registrations (PIN,
  // business name) the application is the registration.
  {
    concept: 'APPLY',
    action: true,
    related: ['REGISTER'],
    terms: ['apply', 'application', 'applying', 'applied', 'request', 'issue', 'issuance', 'get', 'obtain', '-pata', 'maombi', 'ombi', '-omba'],
  },
  {
    concept: 'REGISTER',
    action: true,
    terms: ['register', 'registration', 'registering', 'sign up', 'signup', 'enrol', 'enroll', 'enrolment', 'enrollment', 'usajili', '-sajili', '-jisajili', '-andikisha', 'uandikishaji'],
  },
  { concept: 'RENEW', action: true, terms: ['renew', 'renewal', 'kurenew', 'fanya upya', 'kufanya upya', '-huisha', 'upya'] },
  { concept: 'EXPIRED', action: true, related: ['RENEW'], terms: ['expire', 'expired', 'expiry', 'expiring', 'outdated', 'imeisha', 'muda umeisha'] },
  // Someone who lost a document needs a replacement: losing is asking for a duplicate.
  {
    concept: 'REPLACE',
    action: true,
    terms: ['replace', 'replacement', 'duplicate', 'reissue', 're issue', 'badala', 'lost', 'lose', 'loss', 'misplaced', 'stolen', 'missing', '-poteza', '-potea', '-ibiwa'],
  },
  { concept: 'CHANGE', action: true, terms: ['change', 'update', 'modify', 'amend', 'amendment', 'alter', 'alteration', 'edit', '-badilisha', '-badili', '-sasisha'] },
  { concept: 'CORRECT', action: true, terms: ['correct', 'correction', 'rectify', 'error', 'mistake', 'kosa', 'makosa', '-rekebisha', '-sahihisha'], related: ['CHANGE'] },
  { concept: 'CREATE', action: true, terms: ['create', 'open', 'opening', 'set up', 'setup', '-fungua', '-unda', '-anzisha'] },
  { concept: 'SUBMIT', action: true, terms: ['lodge', 'submit', 'file', 'filing', '-wasilisha'] },
  { concept: 'CHECK', action: true, terms: ['check', 'status', 'track', 'verify', 'verification', 'active', 'eligibility', 'eligible', '-angalia', '-hakikisha', '-fuatilia', 'hali'] },
  // A payment that has not "shown" or "reflected" is one awaiting confirmation.
  { concept: 'CONFIRM', action: true, terms: ['confirm', 'confirmation', 'went through', 'gone through', 'go through', 'successful', 'reflect', 'reflected', 'reflecting', 'uthibitisho', '-thibitisha', '-onyesha'] },
  { concept: 'APPROVAL', terms: ['approve', 'approval', 'approved', 'authorization', 'authorisation', 'idhini', '-idhinisha'] },
  { concept: 'TWICE', terms: ['twice', 'double', 'mara mbili'] },
  { concept: 'SEARCH', action: true, terms: ['search', 'look up', 'lookup', '-tafuta', 'utafutaji'] },
  // Whoever sells is a trader, dealer or vendor in the names of their licences.
  {
    concept: 'SELL',
    action: true,
    terms: [
      'sell', 'sale', 'mauzo', '-uza', 'trader', 'dealer', 'vendor', 'seller', 'muuzaji', 'wauzaji', 'mfanyabiashara', 'wafanyabiashara',
      'mchuuzi', 'wachuuzi', 'machinga', 'retail', 'retailer',
    ],
    // Selling or buying a car, land or shares is a transfer of its ownership.
    related: ['TRANSFER'],
  },
  { concept: 'BUY', action: true, terms: ['buy', 'purchase', 'ununuzi', '-nunua'], related: ['TRANSFER'] },
  { concept: 'EXEMPTION', terms: ['exemption', 'exempt', 'waiver', 'msamaha'] },
  { concept: 'DELAY', terms: ['delay', 'delayed', 'late', 'pending', '-chelewa'] },
  { concept: 'DURATION', terms: ['how long', 'waiting period', 'wait', 'duration', 'processing time', 'muda', 'muda gani', '-subiri'] },
  { concept: 'OPTION', terms: ['option', 'alternative', 'way', 'method', 'channel', 'njia', 'mbinu'] },
  { concept: 'HIRE', action: true, terms: ['hire', '-kodisha', 'kukodi'] },
  { concept: 'BOOKING', action: true, terms: ['book', 'booking', 'reserve', 'reservation', 'appointment'] },
  { concept: 'ENTRY', terms: ['entry', 'entrance', '-ingia', 'kiingilio'] },
  { concept: 'ADVERTISE', action: true, terms: ['advertise', 'advertisement', 'advert', 'advertising', 'billboard', 'signage', 'tangazo', 'matangazo', '-tangaza', 'bango', 'mabango'] },
  { concept: 'EVENT', terms: ['event', 'function', 'tukio', 'sherehe', 'hafla'] },

  // ── eCitizen account and platform ─────────────────────────────────────
  { concept: 'ACCOUNT', terms: ['account', 'akaunti', 'profile'] },
  { concept: 'LOGIN', terms: ['login', 'log in', 'sign in', 'signin', 'password', 'nenosiri', 'neno siri', 'ingia kwenye akaunti', 'ingia akaunti'] },
  { concept: 'PHONE', terms: ['phone', 'phone number', 'mobile number', 'telephone', 'simu', 'namba ya simu', 'nambari ya simu'] },
  { concept: 'EMAIL', terms: ['email', 'e mail', 'barua pepe'] },
  { concept: 'INFORMATION', terms: ['information', 'info', 'data', 'details', 'particulars', 'taarifa', 'maelezo'] },
  { concept: 'SAFE', terms: ['safe', 'safety', 'secure', 'salama', 'usalama'] },
  { concept: 'GOVERNMENT', terms: ['government', 'serikali', 'kiserikali'] },
  { concept: 'SERVICE', terms: ['service', 'huduma'] },
  { concept: 'PLATFORM', terms: ['ecitizen', 'portal', 'platform', 'website', 'tovuti', 'mtandao'] },
  { concept: 'MESSAGE', terms: ['message', 'sms', 'notification', 'ujumbe', 'jumbe'] },
  { concept: 'RECEIVE', action: true, related: ['CONFIRM'], terms: ['receive', 'received', '-pokea'] },
  { concept: 'RECEIPT', terms: ['receipt', 'risiti', 'stakabadhi'] },
  { concept: 'PRINT', action: true, terms: ['print', 'reprint', 'printout', 'print out', '-chapisha'] },
  { concept: 'DOWNLOAD', action: true, terms: ['download', '-pakua'] },
  { concept: 'CANCEL', action: true, terms: ['cancel', 'cancellation', 'deregister', 'deregistration', 'revoke', 'withdraw', '-futa', '-sitisha'] },
  { concept: 'NEW', terms: ['new', 'mpya', 'jipya', 'fresh', 'first time', 'mara ya kwanza'] },
  { concept: 'COPY', related: ['REPLACE'], terms: ['copy', 'nakala', 'certified copy'] },
  { concept: 'DOCUMENT', terms: ['document', 'hati', 'nyaraka', 'waraka'] },
  { concept: 'POST_OFFICE', terms: ['post office', 'posta', 'postal', 'po box', 'post box', 'sanduku la posta'] },
  { concept: 'ADDRESS', terms: ['address', 'anwani'] },
  { concept: 'LETTER', terms: ['letter', 'barua'] },
  { concept: 'RECORD', terms: ['record', 'kumbukumbu', 'rekodi'] },
  { concept: 'SCHEDULE', terms: ['schedule', 'timetable', 'ratiba'] },

  // Question words: they say "this is a question" (FAQs are questions), not what is needed.
  {
    concept: 'ASK',
    marker: true,
    terms: ['how', 'what', 'why', 'when', 'where', 'who', 'which', 'jinsi', 'namna', 'vipi', 'ninawezaje', 'nawezaje', 'aje', 'kwanini', 'lini', 'wapi', 'nani', 'gani', 'ngapi'],
  },
  // Common words of service names that Swahili speakers use, by sector.
  { concept: 'EDUCATION', terms: ['education', 'elimu'] },
  { concept: 'DAIRY', terms: ['dairy', 'milk', 'maziwa'] },
  { concept: 'FERTILIZER', terms: ['fertilizer', 'fertiliser', 'mbolea'] },
  { concept: 'ENERGY', terms: ['energy', 'nishati'] },
  { concept: 'PETROLEUM', terms: ['petroleum', 'fuel', 'mafuta'] },
  { concept: 'CONSTRUCTION', terms: ['construction', 'ujenzi', 'mason', 'mwashi', 'waashi'] },
  { concept: 'CONTRACTOR', terms: ['contractor', 'mkandarasi', 'wakandarasi'] },
  { concept: 'BUILDING', terms: ['building', 'jengo', 'majengo'] },
  { concept: 'RAILWAY', terms: ['railway', 'train', 'reli', 'treni', 'gari la moshi'] },
  { concept: 'CUSTOMS', terms: ['customs', 'forodha'] },
  { concept: 'RESIDENCE', terms: ['residence', 'resident', 'ukaazi', 'mkaazi'] },
  { concept: 'TOURISM', terms: ['tourism', 'tourist', 'utalii', 'mtalii', 'watalii'] },
  { concept: 'ECO_TOURISM', terms: ['eco tourism', 'ecotourism', 'utalii wa mazingira', 'utalii wa kiikolojia'], related: ['TOURISM'] },
  { concept: 'ADOPTION', terms: ['adoption', 'kuasili'] },
  { concept: 'SURVEY', terms: ['survey', 'surveyor', 'upimaji'] },
  { concept: 'COOPERATIVE', terms: ['cooperative', 'co-operative', 'sacco', 'ushirika'] },
  { concept: 'MUSIC', terms: ['music', 'musician', 'muziki'] },
  { concept: 'SPORTS', terms: ['sport', 'sports', 'michezo', 'mchezo'] },

  // ── The catalogue's own vocabulary, in Swahili ────────────────────────
  // Swahili for the frequent words of the dataset's service and agency names
  // that citizens need (measured by how many services carry each word), and
  // for the situations people describe instead of naming a service (injured,
  // harassed, dismissed). Port tariff codes and course names are left out:
  // nobody asks for "wharfage" in Swahili.
  { concept: 'MISCONDUCT', terms: ['misconduct', 'brutality', 'abuse', 'harassment', 'harass', 'unyanyasaji', '-nyanyasa', 'dhuluma', '-dhulumu', 'ukatili', '-onea'] },
  { concept: 'INJURY', terms: ['injury', 'injured', 'accident', 'jeraha', 'majeraha', '-jeruhi', '-umia', 'ajali'] },
  { concept: 'COMPENSATION', terms: ['compensation', 'claim', 'fidia', 'madai', '-dai'] },
  // What is owed is read on a statement: "deni langu la HELB" is the loan statement.
  { concept: 'DEBT', terms: ['debt', 'arrears', 'owe', 'deni', 'madeni', '-daiwa'], related: ['STATEMENT'] },
  { concept: 'STATEMENT', terms: ['statement', 'balance', 'taarifa ya akaunti'] },
  { concept: 'PAYMENT_PLAN', terms: ['payment plan', 'instalment', 'installment', 'awamu', 'kidogo kidogo'], related: ['PAY'] },
  { concept: 'EMERGENCY', terms: ['emergency', 'distress', 'urgent', 'dharura', 'msaada wa haraka'] },
  { concept: 'SAVINGS', terms: ['savings', 'deposit', 'akiba', 'amana'] },
  { concept: 'REPATRIATION', terms: ['repatriation', 'evacuation', 'rescue', 'uokoaji', '-okoa', 'kurudishwa nyumbani'] },
  { concept: 'EMPLOYER', terms: ['employer', 'employee', 'worker', 'mwajiri', 'waajiri', 'mfanyakazi', 'wafanyakazi'], related: ['WORK'] },
  { concept: 'DISMISSAL', terms: ['dismissal', 'dismissed', 'sacked', 'fired', 'termination', '-fukuzwa', 'futa kazi', 'fukuza kazi', 'kufutwa kazi', 'kufukuzwa kazi'], related: ['WORK', 'CASE'] },
  { concept: 'DATA_PROTECTION', agencies: ['Office Of The Data Protection Commissioner'], terms: ['data protection', 'privacy', 'personal data', 'faragha', 'taarifa binafsi'] },
  { concept: 'VILLAGE', terms: ['village', 'rural', 'household', 'kijiji', 'vijiji', 'mashambani'] },
  { concept: 'CONNECTION', terms: ['connection', 'connect', 'grid', '-unganisha', 'muunganisho', '-fikishia'] },
  { concept: 'BLOOD', terms: ['blood', 'damu'] },
  { concept: 'DONOR', terms: ['donor', 'donate', 'donation', '-changia', 'mchango', 'mfadhili'] },
  { concept: 'TRANSPLANT', terms: ['organ', 'tissue', 'transplant', 'kiungo', 'viungo', '-pandikiza'] },
  { concept: 'TRADE_TEST', terms: ['trade test', 'trade testing', 'grade test', 'grade three', 'grade iii', 'mtihani wa ufundi'] },
  { concept: 'DRONE', terms: ['drone', 'uas', 'rpas', 'remote pilot', 'unmanned aircraft', 'ndege isiyo na rubani'] },
  { concept: 'AVIATION', terms: ['aviation', 'aircraft', 'airline', 'pilot', 'flight', 'ndege', 'rubani', 'anga'] },
  { concept: 'PHOTOGRAPHY', terms: ['photography', 'photo', 'photograph', 'picha'] },
  { concept: 'CURIO', terms: ['curio', 'handicraft', 'vinyago', 'kinyago', 'shanga', 'sanaa za mikono'] },
  { concept: 'BEACH', terms: ['beach', 'ufukwe', 'pwani'] },
  { concept: 'BOREHOLE', terms: ['borehole', 'kisima', 'visima'], related: ['WATER'] },
  { concept: 'DIG', terms: ['dig', 'drill', 'drilling', 'excavation', '-chimba', 'uchimbaji'] },
  { concept: 'MINING', terms: ['mining', 'mineral', 'quarry', 'madini', 'mgodi', 'migodi', 'machimbo'] },
  { concept: 'GOLD', terms: ['gold', 'dhahabu'], related: ['MINING'] },
  // A farmer of a crop is its grower in the names of the registrations.
  { concept: 'PRODUCER', terms: ['producer', 'production', 'grower', 'mkulima', 'wakulima', 'mzalishaji', 'wazalishaji', 'uzalishaji', '-zalisha'] },
  { concept: 'RELIGION', terms: ['religious', 'religion', 'church', 'mosque', 'temple', 'faith', 'kanisa', 'makanisa', 'msikiti', 'misikiti', 'dini'] },
  { concept: 'ELECTION', terms: ['election', 'electoral', 'vote', 'voter', 'uchaguzi', 'kura', '-gombea'], related: ['POLITICS'] },
  { concept: 'INDEPENDENT', terms: ['independent', 'huru'] },
  { concept: 'BORDER', terms: ['border', 'cross border', 'mpakani', 'mipakani'] },
  { concept: 'BARRIER', terms: ['barrier', 'non tariff barrier', 'ntb', 'obstacle', 'kizuizi', 'vizuizi', '-zuia', '-zuiliwa'] },
  { concept: 'EAST_AFRICA', terms: ['east african community', 'eac', 'east africa', 'afrika mashariki', 'jumuiya ya afrika mashariki'] },
  { concept: 'FGM', agencies: ['Anti Female Genital Mutilation Board'], terms: ['fgm', 'female genital mutilation', 'genital mutilation', 'ukeketaji', '-keketa', 'tohara ya wasichana'] },
  { concept: 'WOMEN', terms: ['women', 'woman', 'girl', 'female', 'wanawake', 'mwanamke', 'msichana', 'wasichana'] },
  { concept: 'YOUTH', terms: ['youth', 'young', 'vijana', 'kijana'] },
  { concept: 'GAMING', terms: ['playstation', 'video game', 'gaming', 'michezo ya video'] },
  { concept: 'INTERNSHIP', terms: ['internship', 'intern', 'attachment', 'industrial attachment', 'mafunzo kwa vitendo', 'mafunzo kazini'] },
  { concept: 'CANCER', agencies: ['The National Cancer Institute'], terms: ['cancer', 'saratani'] },
  { concept: 'SCREENING', terms: ['screening', 'uchunguzi', '-chunguza'] },
  { concept: 'SEAFARER', terms: ['seafarer', 'seaman', 'sailor', 'baharia', 'mabaharia'] },
  { concept: 'GAS', terms: ['gas', 'lpg', 'cooking gas', 'gas cylinder', 'gesi', 'gesi ya kupikia', 'mtungi wa gesi', 'mitungi ya gesi'] },
  // "taka" alone is waste; "nataka", "kutaka" (want) are read as the stop root -taka first.
  { concept: 'WASTE', terms: ['waste', 'garbage', 'taka', 'takataka', 'uchafu', 'kuzoa taka'] },
  { concept: 'TOUR_GUIDE', terms: ['tour guide', 'mwongozaji', 'kiongozi wa watalii'], related: ['TOURISM'] },
  { concept: 'PREMISES', terms: ['premises', 'eneo la biashara'] },
  { concept: 'FINGERLINGS', terms: ['fingerling', 'vifaranga vya samaki'], related: ['FISH'] },
  { concept: 'INSEMINATION', terms: ['artificial insemination', 'insemination', 'uhamilishaji'] },
  { concept: 'PARLIAMENT', terms: ['parliament', 'bunge', 'mbunge', 'wabunge'] },
  { concept: 'HATE_SPEECH', agencies: ['National Cohesion and Integration Commission'], terms: ['hate speech', 'incitement', 'ethnic', 'tribal', 'matamshi ya chuki', 'chuki', 'ukabila', 'kikabila'] },
  { concept: 'COPYRIGHT', terms: ['copyright', 'royalty', 'hakimiliki', 'mrabaha'] },
  { concept: 'ARTIST', terms: ['artist', 'creative', 'msanii', 'wasanii', 'sanaa'] },
  { concept: 'TELECOM', agencies: ['Communications Authority Of Kenya'], terms: ['telecommunication', 'telecom', 'mobile network', 'network provider', 'mtandao wa simu'] },
  { concept: 'RECRUITMENT', terms: ['recruitment', 'recruiting', 'job application', 'uajiri', '-ajiri', 'maombi ya kazi'] },
  { concept: 'COMPLIANCE', terms: ['compliance', 'compliant'] },
  { concept: 'DIPLOMA', terms: ['diploma', 'stashahada'] },
  { concept: 'DEGREE', terms: ['degree', 'bachelor', 'masters', 'phd', 'postgraduate', 'shahada', 'uzamili', 'uzamivu'] },
  { concept: 'STORAGE', terms: ['storage', 'warehouse', 'ghala', 'maghala', 'uhifadhi'] },
  { concept: 'ONLINE', terms: ['online', 'mtandaoni'] },
  { concept: 'SEWERAGE', terms: ['sewerage', 'sewer', 'sewage', 'effluent', 'maji taka', 'majitaka'] },
  { concept: 'HOTEL', terms: ['hotel', 'lodge', 'restaurant', 'accommodation', 'guest house', 'hoteli', 'mkahawa', 'migahawa', 'malazi', 'nyumba ya wageni'] },
  { concept: 'MIRAA', terms: ['miraa', 'khat', 'muguka'] },
  { concept: 'FURNITURE', terms: ['furniture', 'samani', 'fanicha'] },
  { concept: 'TENDER', terms: ['tender', 'procurement', 'supplier', 'zabuni', 'msambazaji'] },
  { concept: 'EXPERT', terms: ['expert', 'specialist', 'consultant', 'consultancy', 'mtaalamu', 'wataalamu', 'mshauri'] },
  { concept: 'COMPUTER', terms: ['computer', 'ict', 'kompyuta', 'tarakilishi'] },
  { concept: 'QUALITY', terms: ['quality', 'standardization', 'ubora', 'kiwango', 'viwango'] },
  { concept: 'CHEMICAL', terms: ['chemical', 'chemistry', 'kemikali'] },
  { concept: 'MAP', terms: ['map', 'ramani'] },
  { concept: 'HORTICULTURE', terms: ['horticulture', 'horticultural', 'flower', 'fruit', 'vegetable', 'maua', 'matunda', 'mboga', 'bustani'] },
  { concept: 'COTTON', terms: ['cotton', 'pamba'] },
  { concept: 'SISAL', terms: ['sisal', 'mkonge', 'katani'] },
  { concept: 'PYRETHRUM', terms: ['pyrethrum', 'pareto'] },
  { concept: 'PASTURE', terms: ['pasture', 'fodder', 'hay', 'malisho', 'nyasi'] },
  { concept: 'POULTRY', terms: ['poultry', 'chicken', 'kuku'] },
  { concept: 'BEE', terms: ['bee', 'beekeeping', 'honey', 'apiculture', 'nyuki', 'asali'] },
  { concept: 'SLAUGHTER', terms: ['slaughter', 'abattoir', 'slaughterhouse', 'machinjio', '-chinja'] },
  { concept: 'MEAT', terms: ['meat', 'nyama'] },
  { concept: 'HIDES', terms: ['hides', 'skins', 'leather', 'ngozi'] },
  { concept: 'GRAIN', terms: ['grain', 'cereal', 'nafaka'] },
  { concept: 'WEATHER', terms: ['weather', 'meteorological', 'hali ya hewa'] },
  { concept: 'BROADCAST', terms: ['broadcast', 'broadcasting', 'radio', 'television', 'tv', 'redio', 'televisheni', 'utangazaji'] },
  { concept: 'TRADEMARK', terms: ['trademark', 'trade mark', 'alama ya biashara'] },
  { concept: 'PATENT', terms: ['patent', 'hataza'] },
  { concept: 'STATISTICS', terms: ['statistics', 'statistical', 'takwimu'] },
  { concept: 'BURSARY', terms: ['bursary', 'scholarship', 'sponsorship', 'basari', 'ufadhili'] },
  { concept: 'MUSEUM', terms: ['museum', 'makumbusho'] },
  { concept: 'CULTURE', terms: ['culture', 'cultural', 'heritage', 'utamaduni'] },
  { concept: 'CAMP', terms: ['camp', 'camping', 'campsite', 'kambi'] },
  { concept: 'BETTING', terms: ['betting', 'gambling', 'casino', 'lottery', 'raffle', 'kamari', 'bahati nasibu'] },
  { concept: 'PESTICIDE', terms: ['pesticide', 'pest control', 'agrochemical', 'dawa za wadudu', 'viuatilifu'] },
  { concept: 'PRISON', terms: ['prison', 'prisoner', 'jail', 'gereza', 'magereza', 'jela', 'mfungwa', 'wafungwa'] },
  { concept: 'BURIAL', terms: ['burial', 'funeral', 'cemetery', 'mazishi', '-zika', 'makaburi'] },
  { concept: 'FIRE', terms: ['fire', 'moto', 'zimamoto'] },
  { concept: 'AFFIDAVIT', terms: ['affidavit', 'oath', 'kiapo'] },
  { concept: 'GAZETTE', terms: ['gazette', 'gazettement', 'gazeti'] },
  { concept: 'VALUATION', terms: ['valuation', 'valuer', 'uthamini', 'tathmini'] },
  { concept: 'EMBASSY', terms: ['embassy', 'consulate', 'high commission', 'ubalozi'] },
  { concept: 'WEIGHING', terms: ['weighbridge', 'weighing', 'weights and measures', 'mizani'] },
  { concept: 'NOISE', terms: ['noise', 'kelele'] },
  { concept: 'AMBULANCE', terms: ['ambulance', 'gari la wagonjwa'] },
  { concept: 'PATIENT', terms: ['patient', 'mgonjwa', 'wagonjwa'] },
  { concept: 'DENTAL', terms: ['dental', 'dentist', 'teeth', 'tooth', 'meno', 'daktari wa meno'] },
  { concept: 'EYE', terms: ['eye', 'optical', 'optician', 'macho', 'jicho', 'miwani'] },
  { concept: 'MENTAL_HEALTH', terms: ['mental health', 'mental illness', 'psychiatric', 'counselling', 'counseling', 'afya ya akili', 'matatizo ya akili', 'ugonjwa wa akili', 'ushauri nasaha'] },
  { concept: 'ADDICTION', terms: ['rehabilitation', 'rehab', 'addiction', 'drug abuse', 'alcohol abuse', 'uraibu', 'mraibu', 'dawa za kulevya', 'ulevi'] },
  { concept: 'ORPHAN', terms: ['orphan', 'yatima'] },
  { concept: 'ELDERLY', terms: ['elderly', 'older person', 'senior citizen', 'wazee'] },
  // A church wedding is registered as a Christian marriage.
  { concept: 'CHRISTIAN', terms: ['christian', 'kikristo', 'church wedding', 'church marriage', 'ndoa ya kanisa', 'harusi ya kanisa'], related: ['RELIGION'] },
  // A marriage "kitamaduni"/"kimila" (by custom), sealed with dowry, is registered as customary.
  { concept: 'CUSTOMARY', terms: ['customary', 'traditional', 'kitamaduni', 'kimila', 'dowry', 'mahari', 'ruracio'] },
  { concept: 'MEDIA', agencies: ['Media Council'], terms: ['media', 'newspaper', 'journalist', 'vyombo vya habari', 'mwandishi wa habari', 'waandishi wa habari'] },
  { concept: 'COUNCIL', terms: ['council', 'baraza', 'mabaraza'] },
  { concept: 'SKILL', terms: ['skill', 'skills', 'ujuzi', 'stadi'] },
  { concept: 'RADIATION', terms: ['radiation', 'x ray', 'xray', 'radiography', 'radiographer', 'mionzi'] },
  { concept: 'DISPENSER', terms: ['dispenser', 'milk atm', 'atm ya maziwa', 'vending machine'] },
];
