import { keyOf } from '../search/index-fields.ts';
import type { SearchResult } from '../search/types.ts';

/**
 * Below this cosine an entry found by meaning is not offered. Not fitted: no
 * embedding model can be measured here. OpenAI's text-embedding-3 models put
 * unrelated short texts below about 0.3 and a question near the service it
 * asks for above about 0.4.
 */
export const MEANING_SIMILARITY = 0.35;

/** Reciprocal rank fusion's constant: ranks matter, small differences at the top do not dominate. */
const RRF_K = 60;

/**
 * One list from several rankings of the same entries (lexical and
 * semantic), by reciprocal rank fusion: an entry high in both comes first,
 * one high in either still comes early. Scores of different kinds are never
 * compared, only ranks. Each entry keeps the fields of its first appearance.
 */
export function fuseRankings(rankings: ReadonlyArray<readonly SearchResult[]>, limit: number): SearchResult[] {
  const fused = new Map<string, { result: SearchResult; score: number }>();
  for (const ranking of rankings) {
    ranking.forEach((result, rank) => {
      const key = keyOf(result.kind, result.externalId);
      const entry = fused.get(key) ?? { result, score: 0 };
      entry.score += 1 / (RRF_K + rank + 1);
      fused.set(key, entry);
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ result }) => result);
}
