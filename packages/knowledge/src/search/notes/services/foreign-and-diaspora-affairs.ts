// Notes on the services of the agencies under the Ministry Of Foreign And Diaspora Affairs: see ../notes.ts
// and "Maintaining the notes" in the package README. Written from the
// catalogue (each agency's description and its whole list of services),
// never from questions.
import type { NoteEntry } from '../notes.ts';

export const NOTES: readonly NoteEntry[] = [
  // State Department For Diaspora Affairs
  ['109ba47e62a5', 'Registration of Kenyans in Diaspora', 'register as Kenyan living abroad; diaspora database; Kenyan working overseas', 'kujisajili kama Mkenya anayeishi nje; Wakenya walioko ughaibuni'],
  ['09c60c339567', 'Counselling Services', 'counselling for Kenyans abroad; stressed worker in the Gulf; psychosocial support overseas', 'ushauri nasaha kwa Wakenya walioko nje; msaada wa kisaikolojia kwa Wakenya ughaibuni'],
  ['1cfc6b262f0f', 'Remittances', 'send money home from abroad; diaspora remittances; cheaper ways to send money', 'kutuma pesa nyumbani kutoka nje; pesa kutoka ughaibuni'],
  ['fe9772906ed6', 'Crisis Mapping', 'Kenyans caught in war abroad; disaster affecting Kenyans overseas; report emergency abroad', 'Wakenya walioko kwenye vita nje; dharura ughaibuni'],
  ['c37eb42b31a5', 'Registration of Diaspora Association', 'register Kenyan community association abroad; diaspora group registration; Kenyan welfare group overseas', 'kusajili chama cha Wakenya nje; kikundi cha diaspora'],
  ['f88f4677c930', 'Reporting Death', 'Kenyan died abroad; bring body home; report death of relative overseas', 'Mkenya amefariki nje; kurudisha mwili nyumbani'],
  ['00b3959bb07d', 'Diaspora in conflict with the law.', 'Kenyan arrested abroad; relative jailed overseas; Kenyan facing foreign court', 'Mkenya amefungwa jela nje; ndugu amekamatwa ughaibuni'],
  ['1f02b6a04148', 'Requests for Distressed diaspora (Evacuation and Repatriation)', 'stranded Kenyan worker abroad; evacuate Kenyans from crisis; repatriation home', 'kurudishwa nyumbani kutoka nje; mfanyakazi aliyekwama Uarabuni'],
  ['994fe77ed339', 'Tracing for lost persons', 'find missing relative abroad; lost contact with family member overseas; trace missing Kenyan', 'kutafuta ndugu aliyepotea nje; hatujasikia kutoka kwa ndugu aliye nje'],
  // State Department For Foreign Affairs
  ['aeefcc312843', 'Police Clearance Certificates', 'authenticate good conduct certificate for abroad; police clearance attestation; legalise police certificate for Gulf job; apostille police clearance', 'kuthibitisha cheti cha polisi kwa nje; kuthibitisha tabia njema kwa kazi nje'],
  ['9c9cdcad3845', 'Academic Certificates', 'authenticate degree certificate for abroad; attest KCSE or university certificates; legalise academic papers for studies abroad; apostille transcripts', 'kuthibitisha vyeti vya shule kwa nje; kuthibitisha vyeti vya masomo ng\'ambo'],
  ['c98454a23aa5', 'Notarized documents', 'legalise notarised documents; authenticate affidavit for use abroad; attest power of attorney; apostille notary documents', 'kuthibitisha nyaraka za wakili kwa nje; kuthibitisha kiapo kutumika nje ya nchi'],
  ['ed1df0029933', 'Birth & Death certificates', 'authenticate birth certificate for abroad; attest death certificate for foreign use; apostille birth certificate', 'kuthibitisha cheti cha kuzaliwa kwa nje; kuthibitisha cheti cha kifo kutumika nje'],
  ['2789f7fdbd51', 'Medical Certificates & Reports', 'authenticate medical report for abroad; attest medical certificate for Gulf job; legalise medical fitness papers', 'kuthibitisha ripoti ya matibabu kwa nje; kuthibitisha cheti cha afya ng\'ambo'],
  ['54bad45a20bd', 'Adoption Certificates', 'authenticate adoption certificate; adopted child documents for abroad; attest adoption papers', 'kuthibitisha cheti cha kuasili mtoto; kuthibitisha nyaraka za kuasili kwa nje'],
  ['d6a7c644904c', 'Adoption Orders/Court Orders', 'authenticate court order for abroad; attest adoption order; legalise divorce decree or custody order', 'kuthibitisha amri ya mahakama kwa nje; kuthibitisha hukumu ya mahakama kutumika nje'],
  ['396f14924290', 'Trade Documents', 'authenticate export documents; attest invoices and certificates of origin; legalise trade papers for embassy', 'kuthibitisha nyaraka za biashara; nyaraka za kuuza nje kwa ubalozi'],
  ['54bacfa068a9', 'Driving Licenses', 'authenticate driving licence for abroad; attest Kenyan licence for overseas', 'kuthibitisha leseni ya udereva kwa nje'],
  ['cb38f0228541', 'End User Certificates', 'authenticate end user certificate; attest end-user statement for imports; attest controlled goods import papers', 'kuthibitisha cheti cha mtumiaji wa mwisho; end user ya bidhaa zinazodhibitiwa'],
  ['14ba265975e3', 'Islamic Marriage/Divorce Certificates', 'authenticate Kadhi marriage certificate; attest Islamic divorce certificate; nikah certificate for abroad; attest talaka papers', 'kuthibitisha cheti cha nikah; cheti cha talaka kwa nje; kuthibitisha cheti cha ndoa ya Kiislamu'],
  ['10155fad3cba', 'Certificates of no Impediment to Marriage', 'authenticate no impediment certificate; attest single status certificate for abroad; authenticate papers to marry overseas', 'kuthibitisha barua ya kuonyesha sijaoa; kuthibitisha cheti cha kutokuwa na ndoa'],
  ['8d81c1f98f88', 'Original Police Clearances Certificate', 'authenticate original good conduct certificate; attest original police clearance; original certificate legalisation', 'kuthibitisha cheti halisi cha polisi; kuthibitisha cheti cha tabia njema halisi'],
  ['5631794c6939', 'Certified Copy of Marriage Certificate', 'authenticate marriage certificate copy; attest marriage certificate for visa; attest marriage documents for spouse visa', 'kuthibitisha cheti cha ndoa; kuthibitisha cheti cha ndoa kwa visa'],
];
