// The agencies' remits, searched on their own: one small document per agency
// instead of the same words on each of its services, so a search walks 284
// remits, not the postings of 5,000 services (which doubled search time).
import { Analyser } from '../analyser.ts';
import { lexicon } from '../lexicon.ts';
import { TextIndex, type TextMatch } from '../text-index.ts';
import { remits as agencyRemits, type Remits } from './remits.ts';

/** An agency's remit matched: its BM25 for the query, and the query terms it has. */
export type RemitMatch = TextMatch;

/** Agencies (lower-case names) by their remits. */
export class RemitIndex extends TextIndex {
  constructor(remits: Remits, analyser: Analyser) {
    super(
      remits.agencies().map((agency) => [agency, remits.of(agency)] as const),
      analyser,
    );
  }
}

let shared: RemitIndex | undefined;

/**
 * The remits' index, built once per process: the remits do not change with
 * the catalogue, so every knowledge index (rebuilt on each import) shares it
 * and the matches it remembers.
 */
export function sharedRemitIndex(): RemitIndex {
  shared ??= new RemitIndex(agencyRemits, new Analyser(lexicon, new Set()));
  return shared;
}
