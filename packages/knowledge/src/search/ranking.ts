// Re-ranking of the index's BM25 candidates by how well each one answers the
// query: the share of the query's needs it covers (confidence), the share of
// its own title the query accounts for (precision), and the raw BM25 score.
import { editDistanceAtMost } from './edit-distance.ts';
import type { QueryUnit, TitleUnit } from './analyser.ts';

/** How much a match in each field says about the document being the answer. */
const FIELD_FACTOR: Readonly<Record<string, number>> = { title: 1, tags: 1, body: 0.85, notes: 0.85, agency: 0.8, remit: 0.35, context: 0.5 };
/**
 * A fuzzy or prefix match is weaker evidence than the exact word, and the more
 * letters differ the weaker: "love" reaching "move" is no evidence at all.
 */
const LOOSE_FACTOR = 0.6;

export const RANK_WEIGHTS = { confidence: 0.55, titleCoverage: 0.2, bm25: 0.15, homeAgency: 0.15 } as const;

/** Agency pages say where to go, not what to do: prefer a matching service or FAQ. */
export const KIND_FACTOR: Readonly<Record<string, number>> = { agency: 0.9 };

/** An action ("apply", "renew") counts for less than the thing it applies to. */
export const ACTION_WEIGHT = 0.6;

/** Weight of a query unit that is only a number. */
export const NUMBER_WEIGHT = 0.3;

export interface Candidate {
  score: number;
  /** Index term -> fields it matched in (MiniSearch's match info). */
  match: Readonly<Record<string, readonly string[]>>;
  /** Query terms that matched, exactly or loosely. */
  queryTerms: readonly string[];
}

/**
 * Specificity of a term from how many titles contain it: a word found in few
 * titles ("passport") says much more than one found in hundreds ("application").
 */
export function specificity(titleFrequency: number, documentCount: number): number {
  const n = Math.max(documentCount, 50);
  const value = Math.log((n + 1) / (titleFrequency + 1)) / Math.log((n + 1) / 21);
  return Math.min(1, Math.max(0.3, value));
}

function fieldFactor(fields: readonly string[] | undefined): number {
  if (fields === undefined) return 0;
  let best = 0;
  for (const field of fields) best = Math.max(best, FIELD_FACTOR[field] ?? 0);
  return best;
}

/**
 * Being the usual provider of a concept is evidence the service concerns it
 * even when its name does not say so: Civil Registration's "Correction Of Name
 * Of Child" is about the birth certificate. As strong as a mention in context.
 */
const HOME_FACTOR = 0.5;

/** 0..1: weighted share of the query units the candidate satisfies. */
export function queryCoverage(
  units: readonly QueryUnit[],
  unitWeights: readonly number[],
  candidate: Candidate,
  exactQueryTerms: ReadonlySet<string>,
  home: readonly string[] = [],
  agencyShortNames: readonly string[] = [],
): number {
  let covered = 0;
  let total = 0;
  units.forEach((unit, i) => {
    const weight = unitWeights[i] ?? 0;
    if (weight === 0) return;
    total += weight;
    let best = 0;
    // The agency is the usual provider of what the unit names, and its name says so
    // ("NGO" and the NGO Coordination Board): its services are that thing's.
    const namedHome = home.length > 0 && unit.concepts.some((concept) => home.includes(concept));
    for (const { term, weight: termWeight } of unit.terms) {
      const fields = candidate.match[term];
      // "KRA", "NSSF": a query naming the agency by its short name asks for its services.
      const named = fields?.includes('agency') && (agencyShortNames.includes(term) || namedHome);
      best = Math.max(best, termWeight * (named ? 1 : fieldFactor(fields)));
    }
    if (best < HOME_FACTOR && home.length > 0 && unit.concepts.some((concept) => home.includes(concept))) best = HOME_FACTOR;
    if (best < 1) {
      for (const loose of unit.looseTerms) {
        if (!candidate.queryTerms.includes(loose)) continue;
        best = Math.max(best, looseMatchFactor(loose, candidate, exactQueryTerms));
      }
    }
    covered += weight * Math.min(1, best);
  });
  return total === 0 ? 0 : covered / total;
}

// Which document term a fuzzy/prefix query term hit is not reported, so find
// the closest non-query document term and use its field.
function looseMatchFactor(loose: string, candidate: Candidate, exactQueryTerms: ReadonlySet<string>): number {
  let best = 0;
  for (const [term, fields] of Object.entries(candidate.match)) {
    if (exactQueryTerms.has(term)) continue;
    const similarity = term.startsWith(loose) ? loose.length / term.length : 1 - editDistanceAtMost(loose, term, 2) / loose.length;
    if (similarity > 0) best = Math.max(best, LOOSE_FACTOR * similarity * fieldFactor(fields));
  }
  return best;
}

/** 0..1: weighted share of the title's units that matched the query in the title field. */
export function titleCoverage(titleUnits: readonly TitleUnit[], weightOf: (unit: TitleUnit) => number, candidate: Candidate): number {
  let covered = 0;
  let total = 0;
  for (const unit of titleUnits) {
    const weight = weightOf(unit);
    total += weight;
    if (unit.terms.some((term) => candidate.match[term]?.includes('title'))) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

/** 0..1: weighted share of the query's concepts that the candidate's agency is the usual provider of. */
export function homeAgencyShare(units: readonly QueryUnit[], unitWeights: readonly number[], home: readonly string[]): number {
  if (home.length === 0) return 0;
  let matched = 0;
  let total = 0;
  units.forEach((unit, i) => {
    const weight = unitWeights[i] ?? 0;
    total += weight;
    if (unit.concepts.some((concept) => home.includes(concept))) matched += weight;
  });
  return total === 0 ? 0 : matched / total;
}
