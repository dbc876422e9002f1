// Notes on the services of the agencies under the Ministry Of East African Community (EAC), The ASALs and Regional Development: see ../notes.ts
// and "Maintaining the notes" in the package README. Written from the
// catalogue (each agency's description and its whole list of services),
// never from questions.
import type { NoteEntry } from '../notes.ts';

export const NOTES: readonly NoteEntry[] = [
  // Kenya Development Response to Displacement Impacts Project (KDRDIP)
  ['981834af4c9d', 'KDRDIP Project Dashboard (Overview)', 'refugee hosting community projects; track community development projects; World Bank community projects; projects in Turkana Garissa Wajir', 'miradi ya jamii zinazowapokea wakimbizi; kufuatilia miradi ya jamii'],
  // National Drought Management Authority
  ['e54389484d2f', 'Registration Of Families', 'register household for drought cash transfer; hunger safety net enrolment; poor family in arid county', 'kusajili familia kwa msaada wa ukame; pesa za msaada wa njaa'],
  ['f3398e68053e', 'Inquiries', 'ask about drought cash payments; when will HSNP payment come; question about safety net', 'kuuliza kuhusu pesa za ukame; maswali ya msaada wa ukame'],
  ['0c68c46377a7', 'Case Management Per Household', 'HSNP household complaint or grievance; missed cash transfer payment; update household details', 'malalamiko ya kaya kuhusu HSNP; pesa za msaada hazijafika; kurekebisha taarifa za familia'],
  ['62582a8f3835', 'Account Opening', 'open bank account for cash transfer; beneficiary account to receive money; account for safety net payments', 'kufungua akaunti ya kupokea msaada; akaunti ya mnufaika wa HSNP'],
  // Tana and Athi Rivers Development Authority
  ['e96910e08e70', 'Masinga Dam Resort', 'Masinga Dam resort booking; holiday at Masinga; conference venue at Masinga dam', 'hoteli ya Masinga Dam; kulala Masinga resort'],
  ['624156c9ad2b', 'Tana Delta Resort', 'Tana Delta resort booking; stay in Tana Delta; Tana River holiday', 'hoteli ya Tana Delta; malazi Tana Delta'],
  ['fa794ddf3434', 'Kiambere Guest House', 'Kiambere guest house booking; accommodation at Kiambere dam; stay near Kiambere dam', 'nyumba ya wageni Kiambere; malazi Kiambere'],
  // The State Department for East African Community
  ['285fbb60dd70', 'Reporting of EAC Non-Tariff Barriers (NTBs)', 'trade barrier at EAC border; goods blocked at Uganda border; unfair border charges; cross border trader complaint', 'vikwazo vya biashara mpakani; mzigo umezuiliwa mpakani; vikwazo vya biashara Afrika Mashariki'],
  ['1b9a44b5cd48', 'Submission of Complaints/Compliments and Request for Information', 'complain about EAC department; compliment to EAC department; ask about East African integration; EAC information request', 'malalamiko kwa idara ya EAC; pongezi kwa idara ya EAC; taarifa kuhusu jumuiya ya Afrika Mashariki'],
  ['331882ab1feb', 'Reporting of Corruption', 'report corruption at EAC department; EAC officer asked for a bribe; report fraud in EAC department', 'kuripoti ufisadi idara ya EAC; kuombwa hongo na afisa wa EAC'],
];
