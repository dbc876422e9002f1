// Notes on the services of the agencies under the Ministry Of Water, Sanitation And Irrigation: see ../notes.ts
// and "Maintaining the notes" in the package README. Written from the
// catalogue (each agency's description and its whole list of services),
// never from questions.
import type { NoteEntry } from '../notes.ts';

export const NOTES: readonly NoteEntry[] = [
  // Athi Water Works Development Agency
  ['d96f73c4af4d', 'Industrial attachment', 'water engineering attachment; civil engineering attachment on water projects; college attachment at water agency; sewerage project attachment', 'attachment ya uhandisi wa maji taka; kutafuta attachment ya maji; attachment ya uhandisi'],
  ['474c3f6dfb0e', 'ATI request form', 'access to information on water projects; ask for water project documents; information on dam or sewer project; ATI request on water projects', 'kupata taarifa za mradi wa maji; kupata habari za miradi ya maji; kuomba nakala za mradi wa maji; habari za mradi wa bwawa'],
  ['efc14c6126db', 'Complaints', 'water pipeline project complaint; sewer construction damage; dam project compensation grievance; contractor damaged my property; report bulk water project problem', 'malalamiko ya mradi wa maji; bomba la maji taka limeharibu; kulalamikia mkandarasi wa maji; fidia ya mradi wa bwawa'],
  // Kenya Water Institute
  ['2342e8493818', 'Water Quality Laboratory Services', 'test borehole water; drinking water analysis; water sample testing lab', 'kupima ubora wa maji; kupima maji ya kisima'],
  ['90eac05fbf51', 'Hydro geological Survey', 'groundwater survey before drilling; find where to sink a borehole; borehole site survey', 'upimaji wa maji ya ardhini; kutafuta mahali pa kuchimba kisima'],
  ['54de0a4ee088', 'Drilling Services', 'drill a borehole; borehole drilling contractor; water well drilling', 'kuchimba kisima; kuchimba borehole'],
  // Ministry for Water and Sanitation
  ['a18cb8c9d1fe', 'Water Professional', 'register as water engineer; water professional registration; hydrologist or water technician registration', 'kusajiliwa kama mtaalamu wa maji; mhandisi wa maji'],
  ['aee4cd046067', 'Water Contractor', 'register as water contractor; register as borehole drilling contractor; water works contractor', 'mkandarasi wa maji; mkandarasi wa visima kusajiliwa; ujenzi wa miradi ya maji'],
  // National Irrigation Authority
  ['e646d571b804', 'O&M KATILU IRRIGATION SCHEME', 'Katilu irrigation scheme Turkana; scheme water charges; Katilu farmers', 'skimu ya unyunyiziaji Katilu; wakulima wa Katilu'],
  ['1af2a68d28ed', 'O&M LOWER IRRIGATION SCHEME', 'lower irrigation scheme; scheme operation and maintenance charges; irrigation farmers levy', 'skimu ya unyunyiziaji; ada ya maji ya skimu'],
  ['3041902fb433', 'O&M BURA IRRIGATION SCHEME', 'Bura irrigation scheme Tana River; Bura farmers water charges; scheme operation and maintenance', 'skimu ya Bura; wakulima wa Bura'],
  ['f133b64d7f18', 'O&M PERKERRA IRRIGATION SCHEME', 'Perkerra irrigation Marigat; Perkerra scheme Baringo; scheme water charges', 'skimu ya Perkerra; wakulima wa Marigat'],
  ['dfd4f4d2cf58', 'O&M MWEA IRRIGATION SCHEME', 'Mwea rice scheme; Mwea irrigation water charges; Mwea rice farmers', 'skimu ya mpunga Mwea; wakulima wa mpunga Mwea'],
  ['9097e5c32ada', 'O&M BUNYALA IRRIGATION SCHEME', 'Bunyala rice scheme Busia; Bunyala irrigation charges; rice farmers Budalangi', 'skimu ya mpunga Bunyala; wakulima wa Bunyala'],
  ['0f81bd953502', 'O&M AHERO IRRIGATION SCHEME', 'Ahero rice irrigation Kisumu; Ahero scheme charges; Ahero rice farmers', 'skimu ya mpunga Ahero; wakulima wa Ahero'],
  ['f211291a6dfe', 'O&M TANA IRRIGATION SCHEME', 'Tana irrigation scheme; Tana scheme charges; Hola irrigation', 'skimu ya Tana; wakulima wa Tana'],
  ['bf5bdd926a5e', 'Capacity Building on Irrigation Services - Agronomy', 'training farmers on irrigated crops; agronomy training for irrigation farmers; irrigated farming skills', 'mafunzo ya kilimo cha unyunyiziaji; kilimo cha kunyunyizia maji'],
  ['3c1caaa57c58', 'Capacity Building on Irrigation Services - Operations & Maintenance', 'water users association training; canal maintenance training; irrigation system maintenance', 'mafunzo ya kutunza mifereji; kutunza mfumo wa unyunyiziaji'],
  ['e0055b319476', 'Community Borehole', 'borehole for our community; drill borehole for village; community water for irrigation', 'kisima cha jamii; kuchimbiwa kisima kijijini'],
  ['35caed40999a', 'Irrigation Project/Scheme Rehabilitation', 'repair old irrigation scheme; rehabilitate canals; broken irrigation project', 'kukarabati skimu ya unyunyiziaji; kurekebisha mifereji'],
  ['a420788d10c3', 'Irrigation Project/ Scheme Construction', 'build new irrigation scheme; irrigation project for our area; start irrigation in dry area', 'kujengewa mradi wa unyunyiziaji; mradi mpya wa kunyunyizia maji'],
  ['401be5e65c49', 'Irrigation Water Storage Facility - Earth Dam', 'earth dam for irrigation; build dam for farmers; large water storage dam', 'bwawa la udongo; bwawa la kunyunyizia mashamba'],
  ['6a4d60254fb9', 'Irrigation Water Storage Facility - Community Water Pan', 'community water pan; water pan for group farming; village water harvesting pan', 'bwawa dogo la jamii; water pan ya kikundi'],
  ['371efb529592', 'Irrigation Water Storage Facility- Household Water Pan', 'household water pan; farm pond on my farm; on farm water harvesting', 'bwawa dogo la nyumbani; kuvuna maji shambani'],
  // National Water Harvesting and Storage Authority
  ['0121dbc36bb4', 'Complains', 'complain about dam project; water pan complaint; flood control project issue; compensation for dam land', 'malalamiko kuhusu bwawa; malalamiko kuhusu water pan; fidia ya ardhi ya bwawa'],
  // North Rift Valley Water Works Development Agency
  ['e6490eb0a27f', 'Project Proposal', 'request water project for community; propose water supply project; borehole or dam for our village', 'kuomba mradi wa maji kijijini; pendekezo la mradi wa maji; bwawa au kisima kwa jamii'],
  ['5af704d0012c', 'Complaints', 'complain about water project; stalled water works; report problem with water pipeline project', 'malalamiko kuhusu mradi wa maji; mradi wa maji umekwama'],
  // State Department for Irrigation
  ['d77387cf3e4a', 'Technical Advisory Services - Irrigation Water Management, Harvesting & Storage', 'advice on water pans for irrigation; water harvesting for farming; storing rain water for crops', 'ushauri wa kuvuna maji ya mvua; bwawa la kunyunyizia mimea; kuhifadhi maji ya kilimo'],
  ['b9dddaff8840', 'Technical Advisory Services - Irrigation and Drainage', 'drip irrigation design advice; drainage of waterlogged farm; irrigation system advice for farmers', 'ushauri wa kunyunyizia mashamba; mfumo wa drip; shamba lenye maji mengi'],
  ['c143c194c299', 'Technical Advisory Services-Land Reclamation', 'advice on degraded land; restoring eroded land; gully control advice', 'ushauri wa kurekebisha ardhi iliyoharibika; kuzuia mmomonyoko'],
  ['8d57ce6077d2', 'Irrigation Projects Requests (Water Harvesting and Storage)', 'request water pan for community; water harvesting project for farmers; irrigation reservoir request', 'kuomba bwawa kwa jamii; mradi wa kuvuna maji kijijini'],
  ['83a7ded795c6', 'Irrigation Projects Requests (Land Reclamation)', 'request land rehabilitation project; reclaim degraded land in our area; gully rehabilitation project', 'mradi wa kurekebisha ardhi; kuomba ardhi iliyoharibika irekebishwe'],
  ['fc5f0b849273', 'Irrigation Project Requests - Irrigation and Drainage Development', 'request irrigation scheme for our farmers; new irrigation project; drainage project for farmland', 'kuomba mradi wa unyunyiziaji; skimu ya kunyunyizia kijijini'],
  ['fe778bb22f5c', 'Implementation of Land Reclamation Infrastructure', 'building land reclamation works; gabions and check dams construction; land restoration works', 'ujenzi wa kurekebisha ardhi; kujenga mabwawa madogo ya kuzuia mmomonyoko'],
  ['bb6c71b800f9', 'Implementation of Irrigation Water Harvesting & Storage Infrastructure', 'construction of irrigation dams; building water pans; water storage works for irrigation', 'ujenzi wa mabwawa ya kilimo; kuchimba water pan'],
  ['0900f1f36571', 'Implementation of Irrigation Schemes Infrastructure', 'construction of irrigation canals; building irrigation scheme pipes; scheme infrastructure works', 'ujenzi wa mifereji ya kunyunyizia; miundombinu ya skimu'],
  ['751abb97688e', 'Irrigation Payment Processing - Land Reclamation', 'contractor payment land reclamation project; payment claim for reclamation works; certificate of works payment', 'malipo ya mkandarasi kurekebisha ardhi; kudai malipo ya kurekebisha ardhi'],
  ['47c3888c57a2', 'Irrigation Payment Processing - Irrigation Water Harvesting and Storage', 'contractor payment for dam works; payment claim water harvesting project; water pan contractor invoice', 'malipo ya mkandarasi wa bwawa; kudai malipo ya kazi ya bwawa'],
  ['d7fe46641745', 'Irrigation Payment Processing - Irrigation and Drainage', 'contractor payment irrigation scheme works; payment claim irrigation and drainage project; canal works contractor invoice', 'malipo ya mkandarasi wa skimu; kudai malipo ya mradi wa unyunyiziaji'],
  ['aaf32e391e4a', 'Land Degradation Mapping and Assessment', 'map degraded land; land degradation survey; assess soil erosion in area', 'ramani ya ardhi iliyoharibika; tathmini ya mmomonyoko'],
  ['ed0a2231f665', 'Irrigation Training Matters', 'irrigation training for farmers; learn drip irrigation; irrigation water user association training', 'mafunzo ya kilimo cha unyunyiziaji; kujifunza drip irrigation'],
  ['09952693de4e', 'Request for Irrigation Data and Information', 'irrigation statistics; data on irrigation schemes; irrigated area information', 'takwimu za unyunyiziaji; taarifa za skimu za kunyunyizia'],
  ['35ef5dc8a3d9', 'Request for Land Reclamation Data and Information', 'land reclamation data; degraded land information; reclaimed land statistics', 'takwimu za kurekebisha ardhi; taarifa za ardhi iliyoharibika'],
  ['df4a59cd8179', 'Request for Water Harvesting and Storage Data and Information', 'water harvesting data; dams and water pans information; storage capacity statistics', 'takwimu za mabwawa; taarifa za kuvuna maji'],
  ['e53c2bd854da', 'Registration of Irrigation Service Providers', 'register as irrigation contractor; irrigation consultant registration; drip installer company', 'kusajiliwa kama mkandarasi wa unyunyiziaji; kampuni ya kuweka drip'],
  ['5e49778b2f9d', 'Request for Feasibility Study in Land Reclamation', 'feasibility study for land reclamation; can degraded land be restored; reclamation site assessment', 'utafiti yakinifu wa kurekebisha ardhi; kutathmini ardhi iliyoharibika'],
  ['07b483af50d2', 'Request for Feasibility Study in Water Harvesting and Storage Facility', 'feasibility study for water pan; dam site assessment; water storage site survey', 'utafiti yakinifu wa bwawa; kupima eneo la bwawa'],
  ['c7a0e2c13a6f', 'Feasibility Study and Design of Irrigation Schemes', 'irrigation scheme design; feasibility study for irrigation project; survey and design irrigation', 'usanifu wa skimu ya unyunyiziaji; utafiti yakinifu wa skimu'],
  ['d7c13e5d3fc2', 'Licensing of Irrigation Schemes - New License', 'license irrigation scheme; new irrigation scheme licence; operate irrigation scheme legally', 'leseni ya skimu ya unyunyiziaji; kusajili skimu mpya'],
  // Tanathi Water Work Development Agency
  ['2c036a74dc1d', 'Customer Complaint', 'water project complaint; dam or pipeline problem; report water works issue; water supply project Ukambani or Kajiado', 'malalamiko ya mradi wa maji; bomba kuu la maji limeharibika; maji Machakos Kitui Makueni'],
  // Water Resources Authority
  ['b6d518c7dbdc', 'Application for Authorization to construct works', 'approval to drill borehole; permission to build dam or intake; construct water abstraction works; borehole drilling authorisation', 'idhini ya kuchimba kisima; idhini ya kujenga bwawa; kibali cha kuchimba borehole'],
  ['42f483128768', 'Payment of Water Use Charges', 'pay water use charges; borehole water abstraction charges; water abstraction charges to WRA; water levy', 'kulipia WRA matumizi ya maji; ada ya maji ya kisima; malipo ya maji ya mto'],
  ['4e854e207fef', 'Application for Authority to Enter Land', 'enter neighbour\'s land for water works; access land to lay water pipe; reach water source through private land', 'kuingia ardhi ya jirani kupitisha bomba; ruhusa ya kuingia shamba kwa maji'],
  ['1afcfc076453', 'Request for Hydro Geological Data', 'groundwater data; borehole yield information; hydrogeological survey data before drilling', 'takwimu za maji ya ardhini; taarifa za kisima'],
  ['655730b05e24', 'Booking for Laboratory Water Quality Testing', 'test water quality; borehole water lab test; book water testing lab', 'kupima ubora wa maji; kupima maji ya kisima'],
  ['1556b0b0dfb7', 'Application for alteration to authorisations/Permits', 'change approved water works; modify borehole or intake; alter water permit details', 'kubadilisha kibali cha maji; kurekebisha kazi za kisima'],
  ['390357cfd044', 'Application for supplimentary Authorisations/Permits', 'additional water permit; extra water abstraction; supplementary borehole permit', 'kibali cha ziada cha maji; kibali cha kutumia maji zaidi'],
  ['9bd3203871bf', 'Application for search of water permits', 'search water permit records; check if borehole has permit; due diligence on land with borehole', 'kuangalia kibali cha maji; kisima kina kibali'],
  ['dfcf0516a472', 'Application for transfer of water permits', 'transfer water permit to new owner; bought land with borehole; change permit holder', 'kuhamisha kibali cha maji; mmiliki mpya wa kisima'],
  ['1bbdc3e2b0fd', 'Application for variation of water permits', 'change amount of water allowed; vary water use purpose; vary permit conditions', 'kubadilisha kiasi cha maji; masharti ya kibali cha maji'],
  ['7fef13f24129', 'Application for renewal of water permits', 'renew water permit; expired borehole permit; water permit renewal', 'kurenew kibali cha maji; kibali cha kisima kimeisha'],
  ['f1ade3a0bc5b', 'Application of extension of authorisation to construct works', 'more time to finish borehole works; extend construction authorisation; drilling deadline extension', 'kuongezewa muda wa kujenga bwawa; muda wa kuchimba kisima'],
  ['33745286110d', 'Application of water permits', 'water permit for borehole; permit to draw water from river; water abstraction permit; irrigation water permit', 'kibali cha kutumia maji ya mto; kibali cha maji ya kisima'],
  // Water Sector Trust Fund (Water Fund)
  ['08a1f0b9cf9f', 'Projects', 'funded water projects; sanitation project in my area; county water project status; community water project funding', 'miradi ya maji inayofadhiliwa; mradi wa maji wa Water Fund; ufadhili wa mradi wa maji'],
  ['f512a6bbf3e2', 'Full Proposal', 'full proposal for water grant; submit detailed funding proposal; shortlisted concept next stage', 'pendekezo kamili la ufadhili wa maji; kuwasilisha proposal kamili'],
  ['4e198bc7bb5b', 'Call of Concept', 'call for concept notes; water project funding call; submit concept note for grant', 'wito wa mapendekezo ya miradi; concept note ya ufadhili wa maji'],
  ['1f3e73669b7d', 'Research And Innovation Information Management System', 'water research and innovation; research grants in water and sanitation; share water research findings', 'utafiti wa maji; ubunifu katika maji na usafi'],
  // Water Services Regulatory Board
  ['fb7a23591124', 'Complaint', 'complain about water company; no water supply for days; inflated water bill; sewer overflow not fixed; unfair disconnection', 'malalamiko ya kampuni ya maji; hakuna maji kwa siku nyingi; bili ya maji ni kubwa; kukatiwa maji'],
  // Water Works Development Agency
  ['612cc8a4bb2d', 'Water Bowser Service', 'water bowser delivery; water truck during shortage; emergency water supply', 'bowser ya maji; lori la maji; uhaba wa maji kuletewa bowser'],
  ['8968a9ef72d6', 'Water Testing Service', 'test water quality; borehole water test; is my water safe to drink', 'kupima ubora wa maji ya kunywa; ubora wa maji ya kisima'],
  ['8b35a0425686', 'Complaint Service', 'complain about water works project; report burst pipe on project; pipeline or dam complaint', 'malalamiko kuhusu mradi wa maji; bomba la mradi wa maji kupasuka'],
];
