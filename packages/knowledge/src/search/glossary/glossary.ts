// The catalogue glossary: for the English words of service and agency names,
// the Swahili (and everyday English) words citizens write for them. The
// synonym table names the common services in both languages; the glossary is
// what lets a Swahili message reach the long tail ("mkopo wa kupanda minazi"
// is a coconut loan), word by word, without an entry per service.

import { termsOf } from '../term-list.ts';

/** As the glossary is written: `[english, 'swahili; ...', 'everyday English; ...']`. */
export type GlossEntry = readonly [english: string, swahili: string, everyday?: string];

export interface Gloss {
  /** A word of the catalogue's names, as written there. */
  english: string;
  /** Swahili words and phrases for it; a leading "-" marks a verb root. */
  swahili: readonly string[];
  /** Everyday English for a formal catalogue word ("househelp" for domestic). */
  everyday: readonly string[];
}

/**
 * Reads glossary entries. Throws on the first malformed one, naming it: the
 * glossary is maintained by hand and a broken entry would silently lose its words.
 */
export function glossesFrom(entries: readonly GlossEntry[]): Gloss[] {
  return entries.map(([english, swahili, everyday], i) => {
    const gloss = { english: english.trim(), swahili: termsOf(swahili), everyday: termsOf(everyday) };
    if (!/^[a-z]+$/.test(gloss.english) || gloss.swahili.length + gloss.everyday.length === 0) {
      throw new Error(`glossary entry ${i + 1} (${JSON.stringify(english)}): expected a lower-case catalogue word and at least one Swahili or everyday term`);
    }
    return gloss;
  });
}
