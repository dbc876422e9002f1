// Which BM25 results are re-ranked. The best few by BM25, once each one's
// agency remit has added to its score as if it were a field of it (with what
// the remit matched, as matches in a `remit` field); and the documents of the
// agencies a query points to, wherever BM25 put them: the agency it names by
// its short name ("HELB first time application"), and those whose remit
// matches it best ("my late mother's account went dormant" names no service,
// but it is the Unclaimed Financial Asset Authority's business).
import type { SearchResult as MiniSearchResult } from 'minisearch';
import type { Candidate } from './ranking.ts';
import type { RemitMatch } from './remits/remit-index.ts';

/** A document's agency remit adds to its BM25 score as a field of this boost would (the title's is 3, the agency name's 1). */
const REMIT_BOOST = 1;
/** Agencies whose remit best matches a query bring their documents in as candidates... */
const REMIT_AGENCIES = 3;
/** ...when their remit matches at least this share as well as the best one does. */
const REMIT_AGENCY_SHARE = 0.5;
/** How far down the BM25 results a remit's bonus or a named agency may bring one in, in multiples of the few re-ranked. */
const SCAN = 4;
/** Documents of each agency a query points to that are re-ranked besides the best few. */
const FAVOURED_DOCUMENTS = 20;

/** How far down the BM25 results the choice of `count` candidates looks: the caller need rank no further. */
export function scanDepth(count: number): number {
  return count * SCAN;
}

export interface CandidateSources {
  /** MiniSearch's results, best first. */
  raw: readonly MiniSearchResult[];
  /** How many to re-rank. */
  count: number;
  /** Agencies (lower-case) whose remit matched the query. */
  remits: ReadonlyMap<string, RemitMatch>;
  /** Agencies (lower-case) the query names by a short name. */
  named: ReadonlySet<string>;
  /** The agency (lower-case) of a document key. */
  agencyOf: (key: string) => string;
  /** Document keys of an agency, of the kinds searched. */
  documentsOf: (agency: string) => Iterable<string>;
}

export function chooseCandidates({ raw, count, remits, named, agencyOf, documentsOf }: CandidateSources): Array<MiniSearchResult & Candidate> {
  if (raw.length === 0 || (remits.size === 0 && named.size === 0)) return raw.slice(0, count) as Array<MiniSearchResult & Candidate>;
  const bonus = (agency: string): number => REMIT_BOOST * (remits.get(agency)?.score ?? 0);
  const remitted = [...remits].sort(([, a], [, b]) => b.score - a.score).slice(0, REMIT_AGENCIES);
  const favoured = new Set(named);
  for (const [agency, match] of remitted) if (match.score >= remitted[0]![1].score * REMIT_AGENCY_SHARE) favoured.add(agency);

  // A query can match thousands of documents; a bonus lifts one from a few hundred down at most.
  const scanned = raw.slice(0, scanDepth(count)).map((result) => {
    const agency = agencyOf(result.id as string);
    return { result, agency, score: result.score + bonus(agency) };
  });
  scanned.sort((a, b) => b.score - a.score);
  const chosen = scanned.slice(0, count);
  const keys = new Set(chosen.map(({ result }) => result.id as string));

  // A favoured agency's best documents that did not make it, and, for a
  // remit's agency, those that match nothing else of the query.
  const taken = new Map<string, number>();
  const take = (key: string, agency: string): boolean => {
    if (keys.has(key) || (taken.get(agency) ?? 0) >= FAVOURED_DOCUMENTS) return false;
    taken.set(agency, (taken.get(agency) ?? 0) + 1);
    keys.add(key);
    return true;
  };
  for (const entry of scanned.slice(count)) if (favoured.has(entry.agency) && take(entry.result.id as string, entry.agency)) chosen.push(entry);
  const scannedKeys = new Set(scanned.map(({ result }) => result.id as string));
  for (const agency of favoured) {
    if (!remits.has(agency)) continue;
    for (const key of documentsOf(agency)) {
      if (!scannedKeys.has(key) && take(key, agency)) chosen.push({ result: { id: key, score: 0, match: {}, terms: [], queryTerms: [] }, agency, score: bonus(agency) });
    }
  }

  // The results are this search's own: completed in place rather than copied.
  return chosen.map(({ result, agency, score }) => {
    result.score = score;
    const match = remits.get(agency);
    if (match === undefined) return result as MiniSearchResult & Candidate;
    for (const term of match.terms) {
      const fields = result.match[term];
      if (fields === undefined) {
        result.match[term] = ['remit'];
        result.queryTerms.push(term);
      } else fields.push('remit');
    }
    return result as MiniSearchResult & Candidate;
  });
}
