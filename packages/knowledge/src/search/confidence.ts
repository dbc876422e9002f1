import type { SearchResult } from './types.ts';

/**
 * Below this share of the query covered by the best result, the bot should
 * say it did not find the service rather than offer a guess, unless the
 * result meets the focused test below.
 */
export const CONFIDENCE_THRESHOLD = 0.55;

/**
 * A long message tells a story around its question ("bought a second hand
 * vitz, how do we move the logbook to my name on NTSA"): most of its words
 * are no service's. A result that covers at least this share of the words the
 * catalogue does use, and more than one need's worth of them, answers it.
 * Off-topic messages rarely reach a second need ("is it going to rain in
 * Kisumu" meets "Kisumu" alone). Fitted on the question sets and the
 * off-topic messages in test/fixtures (see test/search.test.ts).
 */
export const FOCUSED_COVERAGE = 0.4;
export const FOCUSED_EVIDENCE = 1.2;

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
