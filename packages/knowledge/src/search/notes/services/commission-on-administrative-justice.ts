// Notes on the services of the agencies under the Commission on Administrative Justice: see ../notes.ts
// and "Maintaining the notes" in the package README. Written from the
// catalogue (each agency's description and its whole list of services),
// never from questions.
import type { NoteEntry } from '../notes.ts';

export const NOTES: readonly NoteEntry[] = [
  // Commission on Administrative Justice
  ['5cfa3119ef70', 'Lodge Complaints', 'complain about a public officer; unfair treatment at public institution; ombudsman complaint; abuse of office by civil servant; denied public information', 'kulalamika kuhusu mfanyakazi wa umma; malalamiko kwa ombudsman; kucheleweshwa huduma na ofisi ya umma; kunyimwa taarifa ya umma'],
];
