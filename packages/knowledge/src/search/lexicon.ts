// The synonym table compiled for matching: phrases indexed by their first
// word, Swahili verb roots, and the concept relations.
import { isStopword, SWAHILI_STOP_ROOTS } from './stopwords.ts';
import { familyOf, splitWords, stem } from './normalise.ts';
import { SYNONYM_GROUPS, type SynonymGroup } from './synonyms.ts';

export interface Phrase {
  terms: readonly string[];
  /** Connecting stopwords inside a phrase ("cheti cha kuzaliwa") may be left out or replaced. */
  optional: readonly boolean[];
  concepts: readonly string[];
}

/** A normalised word: `stop` words only count inside a phrase. */
export interface Token {
  term: string;
  stop: boolean;
}

/** Index token standing for a concept; upper case so it can never collide with (or fuzzily match) a word. */
export function conceptToken(concept: string): string {
  return `#${concept}`;
}

export function isConceptToken(term: string): boolean {
  return term.startsWith('#');
}

// Prefixes of Swahili verbs: subject (with negative ha-/si-), tense, relative
// and object markers: ku-lipa, ni-me-lipa, tu-ta-ku-lipa, si-ja-pata,
// ha-ya-ja-thibitishwa, ni-li-zo-lipa, ku-ji-sajili, ...
const SWAHILI_VERB_PREFIX =
  /^(?:ku|(?:si|ha)?(?:ni|u|a|tu|m|mu|wa|i|li|ya|ki|vi|zi|ku)?(?:me|na|ta|li|ja|nge|ngali|ka|sha)?(?:ye|o|cho|lo|vyo|zo|po|ko|mo|yo|ko)?)(?:ji|ni|ku|mw|m|tu|wa|i|li|ya|ki|vi|zi|u)?$/;

/**
 * Verb endings on a root: subjunctive (lip-e), passive (lip-wa, lip-we), applicative
 * (lip-ia, rudish-ia "give back to"), applicative passive (rudish-iwa,
 * lip-iwa), stative (pot-eka, pat-ika, pat-ikana). Roots borrowed from Arabic
 * end in another vowel (sajili, jeruhi): passive and applicative add to them.
 * Only roots of the table are tried, so these never cut an ordinary word.
 */
function verbForms(root: string): string[] {
  if (!root.endsWith('a')) return [root, `${root}wa`, `${root}a`, `${root}ana`];
  const stem = root.slice(0, -1);
  return [
    root, `${stem}e`, `${stem}wa`, `${stem}we`, `${stem}iwa`, `${stem}iwe`, `${stem}ewa`, `${stem}ia`, `${stem}ea`,
    `${stem}ika`, `${stem}eka`, `${stem}ikana`, `${stem}ekana`,
  ];
}

/** Sheng: English verbs take Swahili prefixes too ("kurenew", "nimeapply"). */
const SHENG_PREFIX = /^(?:ku|kuji|ni|(?:ni|u|a|tu|m|wa|i)?(?:na|me|ta|li))$/;

export class Lexicon implements PhraseTable {
  readonly phrasesByFirstTerm = new Map<string, Phrase[]>();
  /** Every single word of the table, for spelling correction of queries. */
  readonly words = new Set<string>();
  private readonly roots = new Map<string, boolean>(); // root -> is a stop root
  private readonly related = new Map<string, readonly string[]>();
  private readonly markers = new Set<string>();
  private readonly actions = new Set<string>();
  private readonly homeAgencies: Array<{ prefix: string; concept: string }> = [];
  private readonly homeCache = new Map<string, readonly string[]>();
  private readonly agencyJargon: Array<{ prefix: string; terms: readonly string[]; alias: string }> = [];
  private readonly wordCache = new Map<string, Token>();
  /** Whether every table word is known (words are read as the table's only then). */
  private built = false;
  /** The table's word for each word family with exactly one such word (see familyOf). */
  private kin: ReadonlyMap<string, string> = new Map();

  constructor(groups: readonly SynonymGroup[]) {
    for (const root of SWAHILI_STOP_ROOTS) this.roots.set(root, true);
    for (const group of groups) {
      for (const entry of group.terms) if (entry.startsWith('-')) this.roots.set(entry.slice(1), false);
    }
    for (const group of groups) {
      if (group.related) this.related.set(group.concept, group.related);
      if (group.marker) this.markers.add(group.concept);
      if (group.action) this.actions.add(group.concept);
      for (const agency of group.agencies ?? []) {
        const prefix = agency.toLowerCase();
        this.homeAgencies.push({ prefix, concept: group.concept });
        for (const phrase of group.agencyTerms ?? []) {
          const terms = this.contentTerms(phrase);
          if (terms.length > 0) this.agencyJargon.push({ prefix, terms, alias: group.terms[0]! });
        }
      }
      for (const entry of group.terms) this.addPhrase(entry.startsWith('-') ? entry.slice(1) : entry, group.concept);
    }
    for (const phrases of this.phrasesByFirstTerm.values()) phrases.sort((a, b) => b.terms.length - a.terms.length);
    this.kin = this.tableWordsByFamily();
    this.built = true;
  }

  relatedConcepts(concept: string): readonly string[] {
    return this.related.get(concept) ?? [];
  }

  isMarker(concept: string): boolean {
    return this.markers.has(concept);
  }

  isAction(concept: string): boolean {
    return this.actions.has(concept);
  }

  /** Concepts this agency is the usual provider of (see SynonymGroup.agencies). */
  homeConcepts(agencyName: string | null): readonly string[] {
    if (agencyName === null) return [];
    let concepts = this.homeCache.get(agencyName);
    if (concepts === undefined) {
      const name = agencyName.toLowerCase();
      concepts = this.homeAgencies.filter((home) => name.startsWith(home.prefix)).map((home) => home.concept);
      this.homeCache.set(agencyName, concepts);
    }
    return concepts;
  }

  /** Normalises one raw word (already lower-cased and split). Memoised: the same words recur constantly. */
  token(word: string): Token {
    let token = this.wordCache.get(word);
    if (token === undefined) {
      token = this.computeToken(word);
      if (this.wordCache.size > 100_000) this.wordCache.clear();
      this.wordCache.set(word, token);
    }
    return token;
  }

  /**
   * Words to add to a service name so it is found by what its agency's jargon
   * means there (see SynonymGroup.agencyTerms): ["logbook"] for NTSA's
   * "Duplicate Registration Certificate".
   */
  agencyAliases(agencyName: string | null, title: string): string[] {
    if (agencyName === null || this.agencyJargon.length === 0) return [];
    const name = agencyName.toLowerCase();
    const jargon = this.agencyJargon.filter((entry) => name.startsWith(entry.prefix));
    if (jargon.length === 0) return [];
    const words = ` ${this.contentTerms(title).join(' ')} `;
    return [...new Set(jargon.filter((entry) => words.includes(` ${entry.terms.join(' ')} `)).map((entry) => entry.alias))];
  }

  private contentTerms(text: string): string[] {
    return splitWords(text)
      .map((word) => this.token(word))
      .filter((token) => !token.stop)
      .map((token) => token.term);
  }

  /**
   * Finds the Sheng form of an English table word ("kurenew" -> "renew").
   * Only for query words the index does not know, so real words are never cut.
   */
  shengRoot(word: string): string | null {
    for (let cut = 2; cut <= 4 && word.length - cut >= 4; cut += 1) {
      if (!SHENG_PREFIX.test(word.slice(0, cut))) continue;
      const rest = stem(word.slice(cut));
      if (this.words.has(rest)) return rest;
    }
    return null;
  }

  private computeToken(word: string): Token {
    if (isStopword(word)) return { term: word, stop: true };
    const stemmed = stem(word);
    if (this.words.has(stemmed)) return { term: stemmed, stop: false };
    // "e-passport", "ePassport": the e- of an electronic service is not part of
    // its name; but eCitizen, a word of the table, is not a citizen.
    if (this.built && word.length >= 5 && word.startsWith('e') && this.words.has(stem(word.slice(1)))) return { term: stem(word.slice(1)), stop: false };
    const root = this.swahiliRoot(word);
    if (root !== null) return { term: root, stop: this.roots.get(root) === true };
    const place = this.locativeNoun(word);
    if (place !== null) return place;
    const family = familyOf(stemmed);
    const kin = family === null ? undefined : this.kin.get(family);
    if (kin !== undefined) return { term: kin, stop: false };
    return { term: stemmed, stop: false };
  }

  // "counsellor" is the table's "counselling", "psychologist" its "psychology":
  // words of a family the table knows mean what it means, unless the family
  // holds two table words that mean different things.
  private tableWordsByFamily(): Map<string, string> {
    const byFamily = new Map<string, string | null>();
    for (const word of this.words) {
      const family = familyOf(word);
      if (family === null) continue;
      byFamily.set(family, byFamily.has(family) && byFamily.get(family) !== word ? null : word);
    }
    const kin = new Map<string, string>();
    for (const [family, word] of byFamily) if (word !== null) kin.set(family, word);
    return kin;
  }

  /**
   * The Swahili locative: "kazini" (at work), "kijijini" (in the village),
   * "mahakamani", "shuleni" are a noun of the table and -ni.
   */
  private locativeNoun(word: string): Token | null {
    if (word.length < 6 || !word.endsWith('ni')) return null;
    const noun = this.computeToken(word.slice(0, -2));
    return !noun.stop && this.words.has(noun.term) ? noun : null;
  }

  /** Strips Swahili verb prefixes, but only when what is left is a known root. */
  private swahiliRoot(word: string): string | null {
    return swahiliRootOf(word, this.roots.keys());
  }

  private addPhrase(text: string, concept: string): void {
    const tokens = splitWords(text).map((word) => this.computeToken(word));
    for (const token of tokens) this.words.add(token.term);
    addPhrase(this.phrasesByFirstTerm, tokens, concept);
  }
}

/**
 * Files a phrase under its first term, with what it means; a phrase already
 * filed gains the meaning. Connecting stopwords inside it become optional.
 */
export function addPhrase(phrasesByFirstTerm: Map<string, Phrase[]>, tokens: readonly Token[], meaning: string): void {
  if (tokens.length === 0) return;
  const terms = tokens.map((token) => token.term);
  const optional = tokens.map((token, i) => token.stop && i > 0 && i < tokens.length - 1);
  const first = terms[0]!;
  const list = phrasesByFirstTerm.get(first) ?? [];
  const same = list.find((phrase) => phrase.terms.join(' ') === terms.join(' '));
  if (same) {
    if (!same.concepts.includes(meaning)) (same.concepts as string[]).push(meaning);
    return;
  }
  list.push({ terms, optional, concepts: [meaning] });
  phrasesByFirstTerm.set(first, list);
}

/**
 * The root of a Swahili verb form ("nimelipa", "kulipwa" -> "lipa"), but only
 * a root of `roots`: prefixes are never stripped to leave an unknown stem.
 */
export function swahiliRootOf(word: string, roots: Iterable<string>): string | null {
  for (const root of roots) {
    for (const form of verbForms(root)) {
      if (word.length < form.length || !word.endsWith(form)) continue;
      if (SWAHILI_VERB_PREFIX.test(word.slice(0, word.length - form.length))) return root;
    }
  }
  return null;
}

/** Phrases to look for, by their first term: the synonym table's, or the glossary's. */
export interface PhraseTable {
  readonly phrasesByFirstTerm: ReadonlyMap<string, readonly Phrase[]>;
}

export interface PhraseMatch {
  start: number;
  /** Exclusive. */
  end: number;
  phrase: Phrase;
}

/** All phrase occurrences in a token list; stopwords may sit between phrase words. */
export function findPhrases(table: PhraseTable, tokens: readonly Token[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    const candidates = table.phrasesByFirstTerm.get(tokens[start]!.term);
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      // A stopword alone means nothing, even when a table word stems to it ("mine", "mining").
      if (phrase.terms.length === 1 && tokens[start]!.stop) continue;
      const end = matchAt(tokens, start, phrase);
      if (end !== -1) matches.push({ start, end, phrase });
    }
  }
  return matches;
}

function matchAt(tokens: readonly Token[], start: number, phrase: Phrase): number {
  let j = start + 1;
  let k = 1;
  while (k < phrase.terms.length) {
    const token = tokens[j];
    if (token !== undefined && token.term === phrase.terms[k]) {
      j += 1;
      k += 1;
    } else if (phrase.optional[k]) {
      k += 1;
    } else if (token !== undefined && token.stop) {
      j += 1;
    } else {
      return -1;
    }
  }
  return j;
}

export const lexicon = new Lexicon(SYNONYM_GROUPS);
