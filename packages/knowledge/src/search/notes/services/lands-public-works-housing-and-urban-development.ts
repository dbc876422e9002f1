// Notes on the services of the agencies under the Ministry Of Lands, Public Works, Housing And Urban Development: see ../notes.ts
// and "Maintaining the notes" in the package README. Written from the
// catalogue (each agency's description and its whole list of services),
// never from questions.
import type { NoteEntry } from '../notes.ts';

export const NOTES: readonly NoteEntry[] = [
  // National Construction Authority (NCA)
  ['cd62fe03d245', 'Contractor and Training Registrations', 'register as a contractor; contractor category NCA 1 to 8; building contractor registration; construction training course', 'kusajiliwa kama mkandarasi; usajili wa kontrakta; mafunzo ya ujenzi'],
  ['8a5fa13df639', 'Project Registration', 'register a building project; construction site registration; register construction project with NCA', 'kusajili mradi wa ujenzi; ujenzi wa nyumba kusajiliwa'],
  ['9503a4cf8c4f', 'Construction workers', 'construction worker accreditation; fundi card; mason or plumber registration; skilled worker ID for site', 'kadi ya fundi wa ujenzi; mafundi kusajiliwa; fundi mwashi'],
  // National Housing Development Fund
  ['e33f0080fcda', 'Development Control Change Of User - Surender Title', 'surrender title after change of user; new title for changed land use; residential to commercial title', 'kurudisha title baada ya kubadilisha matumizi; title mpya ya biashara'],
  ['8c90f27e7b45', 'Development Control Extension Of Lease - Surender Title', 'lease expiring extend; extension of leasehold; renew land lease; surrender old lease title', 'kuongeza muda wa lease ya ardhi; lease ya kiwanja inaisha'],
  ['1be14478bb81', 'Land Rent', 'pay land rent; annual rent on leasehold plot; land rent arrears', 'kulipa land rent; kodi ya ardhi ya kila mwaka'],
  ['693e65f5037d', 'Stamp Duty', 'stamp duty on house purchase; stamp duty on property transfer; buying a house stamp duty', 'ushuru wa stempu wa nyumba; stamp duty ya kununua nyumba'],
  ['631c8228e80a', 'Rent Aportionment', 'land rent apportionment after subdivision; split land rent among plots; rent apportionment for subdivided title', 'kugawanya land rent; land rent ya viwanja vilivyogawanywa'],
  ['fd366b2642b5', 'Valuation For Court Adminstration/arbitration', 'property valuation for court case; valuation for succession; valuation for arbitration', 'uthamini wa nyumba kwa kesi; kuthaminiwa kwa ardhi ya urithi'],
  ['dbfe0e3c87f7', 'Diaspora Home Application', 'Kenyans abroad buy affordable house; diaspora affordable housing; own home while living abroad', 'nyumba kwa Wakenya walio ughaibuni; kununua nyumba nikiwa nje'],
  ['3d1051379b36', 'Home Application', 'apply for affordable house; Boma Yangu house; buy house from housing scheme; own a home cheaply', 'nyumba za bei nafuu; kununua nyumba ya affordable housing'],
  ['92528ba43b82', 'Organized Group Application', 'chama buying affordable house; sacco housing; group housing scheme', 'chama kununua nyumba; kikundi kununua nyumba za bei nafuu'],
  ['d81bec5c25b3', 'Development Control Amalgamation - Surender Title', 'combine two plots; amalgamate titles; merge land parcels into one title', 'kuunganisha viwanja; kuunganisha title'],
  ['b223d8c8d8c6', 'Development Control Change Of User', 'change of user approval; use plot for business; land use change', 'kubadilisha matumizi ya ardhi; kiwanja kuwa cha biashara'],
  // State Department For Public Works
  ['4ffbe2ab08ef', 'Board of Registration of Architects and Quantity Surveyors of Kenya (BORAQS)', 'register as architect; register as quantity surveyor; practise architecture legally; QS registration', 'kusajiliwa kama mbunifu majengo; mkadiriaji majenzi'],
  ['c859ecad2026', 'Kenya Building Research Centre (KBRC)', 'building materials testing; low cost housing technology; construction research', 'kupima vifaa vya ujenzi; teknolojia ya ujenzi wa bei nafuu'],
];
