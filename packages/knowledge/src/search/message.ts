// A citizen's message as the bot searches it: the whole of it, and, when that
// is unsure, its sentences, which may settle which of its best few it asks for.
import { isConfident } from './confidence.ts';
import type { SearchOptions, SearchResult } from './types.ts';

/** The search to use: a knowledge index's, or the live knowledge base's. */
export type Search = (query: string, options: SearchOptions) => SearchResult[];

export interface MessageSearch {
  /** Best first; the whole message's results, one of its best few put first when a sentence settled it. */
  results: SearchResult[];
  /** Whether the first result answers the message. */
  confident: boolean;
}

const LIMIT = 5;
/** A sentence only chooses among the whole message's best three: the choices the bot would offer. */
const SENTENCE_CHOICES = 3;
/** Nor on one word ("ni maisha tu" names the Maisha Certification System): more than one need's worth of it. */
const SENTENCE_EVIDENCE = 1.2;

/**
 * Searches what the citizen wrote, removed personal data left out. When the
 * whole message finds nothing sure (a story around the question, greetings),
 * each sentence is searched, the last first (people end with what they
 * want): the first the search is sure of, whose best result is among the
 * whole message's best three, puts that one first, and the message is
 * answered. The result keeps the whole message's confidence, so an answer
 * found from part of it is said as a guess. A sentence never brings in what
 * the whole message did not find: when it could, on the question sets written
 * as citizens write, one message in five was answered wrongly.
 */
export function searchMessage(search: Search, text: string): MessageSearch {
  const query = text.replace(/\[[^\]]{1,40}\]/g, ' ').trim();
  if (query === '') return { results: [], confident: false };
  const results = search(query, { limit: LIMIT });
  if (isConfident(results)) return { results, confident: true };
  const sentences = query
    .split(/(?<=[.?!])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 2);
  if (sentences.length < 2) return { results, confident: false };
  const choices = results.slice(0, SENTENCE_CHOICES);
  for (const sentence of sentences.reverse()) {
    const [best] = search(sentence, { limit: LIMIT });
    if (best === undefined || !isConfident([best]) || best.evidence < SENTENCE_EVIDENCE) continue;
    const chosen = choices.findIndex((result) => result.kind === best.kind && result.externalId === best.externalId);
    if (chosen >= 0) return { results: [results[chosen]!, ...results.filter((_, i) => i !== chosen)], confident: true };
  }
  return { results, confident: false };
}
