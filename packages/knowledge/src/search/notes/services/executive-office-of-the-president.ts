// Notes on the services of the agencies under the Executive Office Of The President: see ../notes.ts
// and "Maintaining the notes" in the package README. Written from the
// catalogue (each agency's description and its whole list of services),
// never from questions.
import type { NoteEntry } from '../notes.ts';

export const NOTES: readonly NoteEntry[] = [
  // Government Press
  ['88f92e75d278', 'Government Press Probate AND Administration', 'gazette notice for succession; deceased estate notice; inheritance gazettement; probate notice', 'tangazo la mirathi; tangazo la gazeti la urithi; gazeti la mirathi'],
  ['1572221d3909', 'Sale of Publication', 'buy Kenya Gazette copy; buy printed laws; Acts of Parliament copies; government publications', 'kununua gazeti la serikali; kununua nakala za sheria; vitabu vya sheria'],
  ['db69a6078ed7', 'Kenya Gazette advertisement', 'place gazette notice; change of name notice; lost title deed notice; company notice in gazette', 'kutangaza kwenye gazeti la serikali; tangazo la kubadilisha jina; tangazo la title iliyopotea'],
];
