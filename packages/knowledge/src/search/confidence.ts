import type { SearchResult } from './types.ts';

/**
 * Below this share of the query covered by the best result, the bot should
 * say it did not find the service rather than offer a guess, unless the
 * result meets the focused test below.
 */
export const CONFIDENCE_THRESHOLD = 0.6;

/**
 * A long message tells a story around its question ("bought a second hand
 * vitz, how do we move the logbook to my name on NTSA"): most of its words
 * are no service's. A result that covers at least this share of the words the
 * catalogue does use, and two needs' worth of them, answers it. Since the
 * services' notes know everyday words, small talk often meets one need ("my
 * sons school fees went up again" meets fees) and sometimes more; two is
 * where the off-topic messages mostly stop and the questions go on. Fitted,
 * with the threshold above, on the question sets and the 200 off-topic
 * messages in test/fixtures (see test/search.test.ts).
 */
export const FOCUSED_COVERAGE = 0.4;
export const FOCUSED_EVIDENCE = 2.0;

/** Did the search find something that answers the query? */
export function isConfident(results: readonly SearchResult[], threshold = CONFIDENCE_THRESHOLD): boolean {
  const best = results[0];
  if (best === undefined) return false;
  return best.confidence >= threshold || (best.knownCoverage >= FOCUSED_COVERAGE && best.evidence >= FOCUSED_EVIDENCE);
}

/**
 * Below confidence, results that still cover this share of the words the
 * catalogue uses, and most of one telling need, are worth offering as
 * choices: on the question sets the right service is among them about two
 * times in three. With less ("zorblax quantum permit" meets "permit" alone)
 * they are noise.
 */
export const SUGGESTION_COVERAGE = 0.2;
export const SUGGESTION_EVIDENCE = 0.75;

/** Is the search, though unsure, close enough to offer its results as choices? */
export function isWorthSuggesting(results: readonly SearchResult[]): boolean {
  const best = results[0];
  return best !== undefined && best.knownCoverage >= SUGGESTION_COVERAGE && best.evidence >= SUGGESTION_EVIDENCE;
}
