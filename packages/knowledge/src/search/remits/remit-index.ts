// The agencies' remits, searched on their own: one small document per agency
// instead of the same words on each of its services, so a search walks 284
// remits, not the postings of 5,000 services (which doubled search time).
import MiniSearch from 'minisearch';
import { Analyser } from '../analyser.ts';
import { lexicon } from '../lexicon.ts';
import { remits as agencyRemits, type Remits } from './remits.ts';

export interface RemitMatch {
  /** BM25 of the agency's remit for the query. */
  score: number;
  /** Query terms its remit has. */
  terms: readonly string[];
}

export class RemitIndex {
  /** Words of the remits: the catalogue's words for situations, though they name no document. */
  readonly vocabulary = new Set<string>();
  private readonly cache = new Map<string, ReadonlyArray<readonly [string, number]>>();
  private readonly miniSearch = new MiniSearch<{ agency: string; text: string }>({
    idField: 'agency',
    fields: ['text'],
    storeFields: [],
    tokenize: (text) => {
      const terms = this.analyser.indexTerms(text, false);
      for (const term of terms) this.vocabulary.add(term);
      return terms;
    },
    processTerm: (term) => term,
  });

  constructor(
    remits: Remits,
    private readonly analyser: Analyser,
  ) {
    this.miniSearch.addAll(remits.agencies().map((agency) => ({ agency, text: remits.of(agency) })));
  }

  /**
   * Agencies (lower-case names) whose remit has some of the terms, scored as
   * MiniSearch scores an OR query (the sum of each term's BM25 times its
   * weight, times the number of terms matched), from each term's matches,
   * remembered: queries repeat words.
   */
  match(termWeights: ReadonlyMap<string, number>): Map<string, RemitMatch> {
    const found = new Map<string, { score: number; terms: string[] }>();
    for (const [term, weight] of termWeights) {
      for (const [agency, score] of this.termMatches(term)) {
        const match = found.get(agency) ?? { score: 0, terms: [] };
        match.score += score * weight;
        match.terms.push(term);
        found.set(agency, match);
      }
    }
    // As MiniSearch does: a document matching more of the terms is the better match.
    for (const match of found.values()) match.score *= match.terms.length;
    return found;
  }

  private termMatches(term: string): ReadonlyArray<readonly [string, number]> {
    let matches = this.cache.get(term);
    if (matches === undefined) {
      matches = this.miniSearch.search(term, { tokenize: (text) => [text], processTerm: (text) => text }).map((result) => [result.id as string, result.score] as const);
      if (this.cache.size > 20_000) this.cache.clear();
      this.cache.set(term, matches);
    }
    return matches;
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
