// Notes on the services of the agencies under the Ministry of Defence: see ../notes.ts
// and "Maintaining the notes" in the package README. Written from the
// catalogue (each agency's description and its whole list of services),
// never from questions.
import type { NoteEntry } from '../notes.ts';

export const NOTES: readonly NoteEntry[] = [
  // Kenya Shipyards Limited
  ['6628a643bac6', 'Inquiry', 'build a boat or ship; ship repair enquiry; boat building quote; vessel maintenance dockyard; shipbuilding partnership', 'kutengeneza meli; kutengeneza boti; karakana ya meli; kuuliza kuhusu ujenzi wa meli'],
  // Kenya Space Agency
  ['f230132f7b11', 'Corruption Reporting and Complaint Handling', 'report corruption space agency; complain about Kenya Space Agency; whistleblowing at space agency', 'kuripoti ufisadi shirika la anga; malalamiko kwa shirika la anga'],
  ['753139903c83', 'Application for Internship Opportunities', 'internship at space agency; space science internship; graduate internship aerospace', 'nafasi ya internship anga za juu; kazi ya mafunzo shirika la anga'],
  ['9bc3d4113ef2', 'Request for Space Education and Outreach Activity to Schools and Institutions', 'space talk at my school; space education outreach; invite space experts to school; STEM space session', 'elimu ya anga shuleni; kualika wataalamu wa anga shuleni'],
  ['21d7f39127c3', 'Request for High Resolution Imagery', 'satellite images; high resolution satellite photo of land; earth observation imagery; aerial image of my area', 'picha za satellite; picha ya ardhi kutoka angani'],
  ['294681ca0895', 'Request for Access to Malindi Space Centre on Educational Visits', 'visit Malindi space centre; school trip to Broglio space centre; educational tour space station', 'ziara Malindi space centre; safari ya shule kituo cha anga'],
  ['65eb60716f4a', 'Request for Amateur Rocket Launch Tests', 'launch model rocket; amateur rocket test; student rocketry; rocket launch approval', 'kurusha roketi; majaribio ya roketi ndogo'],
  ['c21a4794ad59', 'Request for Space Objects Registry Information', 'satellites registered by Kenya; space objects register; information on Kenyan satellites', 'taarifa za satellite za Kenya; usajili wa vitu vya angani'],
  ['67748b4a51ac', 'Application for Launch of High Altitude Platform Stations', 'launch high altitude balloon; stratospheric platform; HAPS launch approval', 'kurusha balloon ya juu angani; kituo cha anga cha juu'],
  ['cfcbfbbf5792', 'Access to KSA Data Hub', 'space data hub; download earth observation data; geospatial data access; satellite data for research', 'data za anga; kupakua data za satellite'],
  ['a3ce6d839169', 'General Enquiries', 'ask Kenya Space Agency a question; space agency inquiry; contact space agency', 'maswali kwa shirika la anga; kuuliza kuhusu anga za juu'],
  // National Defence University of Kenya
  ['237e4f5dd966', 'Master of Arts in Gender and Peace Support Studies', 'masters in gender and peace; peace support studies postgraduate; MA gender peace security', 'masters ya jinsia na amani; kusomea masters ya amani NDU'],
  ['4f8fb9847d76', 'PhD in Crisis and Disaster Management', 'PhD disaster management; doctorate in crisis management; emergency management doctoral study', 'PhD ya majanga; kusomea PhD ya udhibiti wa majanga'],
  ['6764b3676646', 'Tuition Fee Payments', 'pay NDU tuition; defence university fees; student fees Lanet', 'kulipa karo NDU; ada ya masomo chuo cha ulinzi'],
  ['f19a2ccfd327', 'Master of Arts in Crisis Response and Disaster Management', 'masters in disaster management; crisis response postgraduate; humanitarian emergency masters', 'masters ya majanga; kusomea kukabiliana na majanga'],
  // Ulinzi Health Services Fund ( UHSF)
  ['68c17be8b403', 'Outpatient and inpatient care – general consultations, diagnosis, treatment and admission services at KDF Level IV, V and VI hospitals.', 'civilian treatment at military hospital; see doctor at army hospital; admission at military hospital', 'kutibiwa hospitali ya jeshi; kulazwa hospitali ya jeshi'],
  ['076f8e4eab7d', 'Specialized healthcare services – including surgical procedures, intensive care (ICU), renal analysis and other specialist treatments.', 'surgery at military hospital; ICU bed at military hospital; kidney dialysis at army hospital; specialist treatment at KDF hospital', 'upasuaji hospitali ya jeshi; dialysis ya figo hospitali ya jeshi; ICU hospitali ya jeshi'],
  ['ca4e032979d2', 'Emergency and referral services – critical care support and onward referrals within the military and broader health network (accessible under partner schemes and referrals).', 'emergency care at military hospital; transfer to defence hospital; referral to KDF hospital', 'dharura hospitali ya jeshi; kuhamishiwa hospitali ya jeshi'],
  ['c236e24d1ca0', 'Diagnostics and advanced medical equipment support – laboratory tests, imaging, and other investigations as part of clinical care.', 'lab tests at military hospital; x-ray or CT scan KDF hospital; MRI scan at military hospital', 'vipimo vya maabara hospitali ya jeshi; x-ray hospitali ya jeshi'],
  ['8a9d272f928c', 'Medical research, training and facility modernization – upgrades to equipment, training of personnel and quality improvement initiatives funded through the Ulinzi Health Services Fund’s operations.', 'military hospital equipment upgrade; medical training at defence hospitals; military hospital research funding', 'mafunzo ya wahudumu wa afya jeshini; vifaa vipya vya hospitali za jeshi'],
];
