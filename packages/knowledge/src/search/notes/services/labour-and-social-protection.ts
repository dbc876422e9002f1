// Notes on the services of the agencies under the Ministry Of Labour And Social Protection: see ../notes.ts
// and "Maintaining the notes" in the package README. Written from the
// catalogue (each agency's description and its whole list of services),
// never from questions.
import type { NoteEntry } from '../notes.ts';

export const NOTES: readonly NoteEntry[] = [
  // Directorate of Occupational Safety and Health Services
  ['cdc65a4b843f', 'Osh Audit', 'workplace safety and health audit; annual OSH audit report; safety audit for factory; occupational safety compliance', 'ukaguzi wa usalama na afya kazini; ripoti ya ukaguzi wa usalama'],
  ['7d27cb0179e2', 'Application for Workplace Registration', 'register my workplace; new factory or premises with workers; first time workplace certificate; OSHA compliance for new business', 'kusajili mahali pa kazi; kusajili kiwanda kipya; usajili wa eneo la kazi'],
  ['55e4ca56f0c0', 'Renewal of Workplace Registration Certificate', 'renew workplace certificate; expired workplace registration; annual workplace renewal', 'kurenew usajili wa mahali pa kazi; kuhuisha cheti cha eneo la kazi'],
  ['9fe55aa0979c', 'Wiba Claims Processing', 'work injury compensation; injured at work; employee died at work; report workplace accident; WIBA claim', 'fidia ya kuumia kazini; nimeumia kazini; ajali kazini; fidia ya mfanyakazi'],
  ['6793b7a8dc88', 'Approved Persons Recruitment', 'become an approved safety auditor; approved person for boiler inspection; designated health practitioner; safety inspector approval', 'kuwa mkaguzi aliyeidhinishwa wa usalama; mkaguzi wa boiler na lifti'],
  ['981cb796d23b', 'Approved Institutions Recruitment', 'approved safety training institution; first aid training provider; fire safety trainers approval; OSH training college', 'chuo cha mafunzo ya usalama kazini; taasisi ya kufunza huduma ya kwanza; taasisi ya mafunzo ya kuzima moto'],
  ['b80c29dbc3a2', 'Plant Registration', 'register boiler; lifts and cranes; pressure vessel; air receiver; steam boiler examination', 'kusajili boiler; lifti na crane; mashine za shinikizo'],
  ['232d0526855c', 'Fire Safety Audit', 'fire audit; fire extinguishers check; fire safety compliance; fire drill and exits', 'ukaguzi wa usalama wa moto; kuzuia moto kazini; vifaa vya kuzima moto'],
  ['09a3465e3d62', 'Construction Site Registration', 'register building site; construction workers safety; contractor site notification; new construction project', 'kusajili site ya ujenzi; eneo la ujenzi; usalama wa mafundi wa ujenzi'],
  // National Council for Persons with Disabilities(NCPWD)
  ['1d02e8994bf4', 'Registration for Organization of Persons with Disabilities', 'register disability organisation; self help group for disabled; organisation of persons with disabilities', 'kusajili kikundi cha walemavu; chama cha watu wenye ulemavu'],
  ['133749b0b5fc', 'Income Tax Exemption', 'tax exemption for disabled; disability tax relief; PWD tax exemption', 'msamaha wa ushuru kwa walemavu; mlemavu kusamehewa ushuru'],
  ['eb7a3bc19888', 'Register as a Person with Disability', 'disability card; register as disabled person; PWD card; register my disabled child', 'kadi ya ulemavu; kujisajili kama mlemavu; mtoto wangu ana ulemavu'],
  // National Employment Authority
  ['df713e3b5676', 'Provision Of Information On Licensed Private Employment Agencies', 'check if recruitment agency is licensed; verify job agent before going abroad; list of approved agencies; avoid fake agents', 'kuhakikisha agency ya kazi imesajiliwa; mawakala feki wa kazi; agency halali za Saudi'],
  ['37be2bfa03ff', 'Provision Of Licensing For Private Employment Agencies', 'licence to run recruitment agency; renew employment agency licence; start agency sending workers abroad', 'leseni ya agency ya ajira; agency ya kupeleka watu nje'],
  ['c897f97f98e1', 'Advisory To Labour Migrant Workers And Fanilies', 'advice before working abroad; Gulf jobs guidance; family of worker abroad; safe migration', 'ushauri kabla ya kwenda kazi nje; kazi Uarabuni; familia ya mfanyakazi aliye nje'],
  ['ff006fd51ac8', 'Emergency/distress Reporting', 'stranded abroad; mistreated by employer in Saudi; rescue relative working abroad; passport taken by employer', 'ndugu yangu ananyanyaswa Saudi; msaada wa dharura nje ya nchi; nimekwama nje'],
  ['db39fb1e61e0', 'Facilitate Placement Of Job Seekers Locally And Abroad', 'find a job; job placement abroad; local job matching; jobs overseas', 'kutafutiwa kazi; kazi nje ya nchi; kazi hapa nchini'],
  ['54565398c44c', 'Provision Of Labour Market Information', 'job market statistics; skills in demand; employment trends', 'takwimu za ajira; kazi zinazohitajika sokoni'],
  ['456ea2e7db3c', 'Annual Employee Returns Filing', 'employer annual staff returns; report number of employees; yearly employment return', 'ripoti ya wafanyakazi kila mwaka; mwajiri kuwasilisha returns'],
  ['0ac158f173aa', 'Guidance And Counselling', 'career guidance; career counselling for job seekers; choose career path', 'ushauri wa kazi; mwongozo wa taaluma'],
  ['46ffd81ac721', 'Registration Of Employers', 'employer account; register company as employer; post vacancies as employer', 'kusajili mwajiri; mwajiri kujiandikisha'],
  ['94157b59fc00', 'Advertisement Of Job Opportunities', 'post job vacancy; advertise a job; job adverts; vacancies on NEA job board', 'kutangaza nafasi za kazi; mwajiri kutangaza kazi; kazi zilizotangazwa'],
  ['912750c77038', 'Registration And Regulation Of Private Employment Agencies', 'register recruitment agency; oversight of employment agents; report rogue agency', 'kusajili agency ya ajira; usimamizi wa mawakala wa ajira; kuripoti agency ya ajira tapeli'],
  ['46dd8de73a46', 'Registration Of Interns', 'internship placement; graduate internship programme; register as intern; attachment opportunities', 'kujiandikisha kwa internship; nafasi za internship; mafunzo kazini'],
  ['f62d3d37e690', 'Registration Of Job Seekers', 'register as job seeker; create job seeker profile; unemployed looking for work; upload CV', 'kujiandikisha kutafuta kazi; natafuta kazi; sina kazi'],
  // National Industrial Training Authority
  ['dc4de4b783ee', 'Registration And Renewal Of NITA Registered Training Providers', 'register a training college with NITA; NITA accredited training provider; renew training institution registration', 'kusajili chuo cha mafunzo NITA; kurenew usajili wa training provider NITA; kuidhinishwa na NITA kutoa mafunzo'],
  ['0649b9856c66', 'Homecare', 'homecare worker training; caregiver course; domestic worker and nanny skills; house help assessment', 'mafunzo ya mhudumu wa nyumbani; kozi ya kutunza wagonjwa nyumbani; mafunzo ya house help'],
  ['0b27f4fc16b9', 'Trade Testing', 'trade test grade 1 2 3; artisan skills test; certify mechanic or plumber skills; jua kali skills certificate', 'trade test; mtihani wa fundi; kupima ujuzi wa fundi; cheti cha ufundi wa jua kali'],
  // National Social Security Fund(NSSF)
  ['aceeafe96f85', 'Employer registration and identification process', 'register company as employer; employer number for remitting deductions; new business with staff', 'kusajili mwajiri NSSF; namba ya mwajiri ya NSSF'],
  ['199177c3d141', 'Registration of members and identification process', 'get NSSF number; new employee NSSF membership; register for social security', 'kupata namba ya NSSF; kujisajili NSSF kama mfanyakazi'],
  ['122e0b3c3a40', 'Activation of employers registered through BRS', 'activate new company employer account; company registered online needs NSSF activation; auto registered employer', 'kuwezesha akaunti ya mwajiri NSSF; kampuni mpya kuanzisha NSSF'],
  // State Department for Social Protection
  ['83c8d765dead', 'Nutrition Improvement through Cash and Health Education (NICHE)', 'nutrition cash for young children; pregnant mother and baby nutrition; cash transfer with health education', 'pesa za lishe kwa watoto wadogo; lishe ya mama mjamzito; msaada wa lishe kwa familia'],
];
