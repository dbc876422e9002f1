import type { SearchResult } from './types.ts';

/**
 * Below this share of the query covered by the best result, the bot should
 * say it did not find the service rather than offer a guess. Tuned on the dev
 * and held-out questions against off-topic messages (see test/search.test.ts).
 */
export const CONFIDENCE_THRESHOLD = 0.55;

/** Did the search find something that answers the query? */
export function isConfident(results: readonly SearchResult[], threshold = CONFIDENCE_THRESHOLD): boolean {
  const best = results[0];
  return best !== undefined && best.confidence >= threshold;
}
