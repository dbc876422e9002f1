// A small index of one text per key, searched on its own: the agencies'
// remits (one per agency) and the services' notes (one per service). Kept
// apart from the catalogue's index, a search walks only the postings of its
// own exact terms here (no fuzzy walk through their everyday words), each
// term's matches are remembered across searches, and rebuilding the
// catalogue's index after an import does not analyse these texts again.
import MiniSearch from 'minisearch';
import type { Analyser } from './analyser.ts';

export interface TextMatch {
  /** Scored as MiniSearch scores an OR query: the sum of each term's BM25 times its weight, times the number of terms matched. */
  score: number;
  /** Query terms the text has. */
  terms: string[];
}

export class TextIndex {
  /** Words of the texts: the catalogue's words for what it does, though they name no document. */
  readonly vocabulary = new Set<string>();
  private readonly cache = new Map<string, ReadonlyArray<readonly [string, number]>>();
  private readonly miniSearch = new MiniSearch<{ key: string; text: string }>({
    idField: 'key',
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
    texts: Iterable<readonly [key: string, text: string]>,
    private readonly analyser: Analyser,
  ) {
    this.miniSearch.addAll([...texts].filter(([, text]) => text !== '').map(([key, text]) => ({ key, text })));
  }

  /** Keys whose text has some of the terms, with their score and the terms matched. */
  match(termWeights: ReadonlyMap<string, number>): Map<string, TextMatch> {
    const found = new Map<string, TextMatch>();
    for (const [term, weight] of termWeights) {
      for (const [key, score] of this.termMatches(term)) {
        const match = found.get(key) ?? { score: 0, terms: [] };
        match.score += score * weight;
        match.terms.push(term);
        found.set(key, match);
      }
    }
    // As MiniSearch does: a text matching more of the terms is the better match.
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
