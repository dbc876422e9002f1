// Turns text into index terms (documents) and into weighted units of meaning
// (queries). Documents get every word plus every concept any phrase in them
// stands for; a query is cut into the longest phrases it contains, each of
// which must be found for the query to be answered.
import { conceptToken, findPhrases, type Lexicon, type PhraseMatch, type Token } from './lexicon.ts';
import type { Translation, Translator } from './translator.ts';
import { familyOf, splitWords } from './normalise.ts';
import { editDistanceAtMost, typoSubstitution } from './edit-distance.ts';

export interface WeightedTerm {
  term: string;
  weight: number;
}

/** One thing the user asked for: a word, or a phrase standing for a concept. */
export interface QueryUnit {
  /** Alternative index terms that satisfy the unit, with how well they do. */
  terms: WeightedTerm[];
  /** Terms whose document frequency says how specific the unit is. */
  keyTerms: string[];
  /** Concepts the unit stands for (empty for a plain word). */
  concepts: readonly string[];
  /** Words worth matching fuzzily (and, when unknown to the index, by prefix). */
  looseTerms: string[];
  /** Question words: help ranking, never count as a need. */
  marker: boolean;
  /** An action (apply, renew) rather than the thing acted on. */
  action: boolean;
}

/** A unit of a document title, for measuring how much of the title a query accounts for. */
export interface TitleUnit {
  terms: string[];
  action: boolean;
}

const PHRASE_WORD_WEIGHT = 0.5;
const SUB_CONCEPT_WEIGHT = 0.5;
const RELATED_WEIGHT = 0.5;
const MARKER_WEIGHT = 0.3;
/** Another word of the same family (counsellor for counselling) is good, not full, evidence. */
const FAMILY_WEIGHT = 0.7;
/** A glossary word stands for a catalogue word; a word with several senses in the glossary, for each a little less. */
const TRANSLATION_WEIGHT = 1;
const AMBIGUOUS_TRANSLATION_WEIGHT = 0.8;

export class Analyser {
  private readonly textCache = new Map<string, string[]>();

  /** Spelling corrections made, by word (and whether the index knows it). */
  private readonly corrections = new Map<string, string | null>();

  /** Adjacent words of titles ("stock broker"), for telling a compound written as one word. */
  private readonly titlePairs = new Set<string>();

  constructor(
    private readonly lexicon: Lexicon,
    /** Words present in the index; grows as documents are added. */
    private readonly vocabulary: Set<string>,
    /** Reads Swahili words neither the table nor the index knows as the catalogue's words. */
    private readonly translator?: Translator,
  ) {}

  /** Remembers a title's adjacent words (see compoundParts). */
  noteTitle(title: string): void {
    const terms = this.tokens(title)
      .filter((token) => !token.stop)
      .map((token) => token.term);
    for (let i = 1; i < terms.length; i += 1) this.titlePairs.add(`${terms[i - 1]} ${terms[i]}`);
  }

  tokens(text: string): Token[] {
    return splitWords(text).map((word) => this.lexicon.token(word));
  }

  /**
   * Index terms for a document field: its words and the concepts it mentions.
   * Words of fields that `name` nothing (an agency's remit) are not added to
   * the vocabulary: a word is known when the catalogue's own text has it.
   */
  indexTerms(text: string, names = true): string[] {
    // Services of one agency share the same long context text; analyse it once.
    const cached = this.textCache.get(text);
    if (cached !== undefined) return cached;
    const tokens = this.tokens(text);
    const terms: string[] = [];
    for (const token of tokens) {
      if (token.stop) continue;
      terms.push(token.term);
      if (names) this.vocabulary.add(token.term);
      const family = familyOf(token.term);
      if (family !== null) terms.push(family);
    }
    // Once per text: overlapping phrases ("cheti cha kuzaliwa", "cheti kuzaliwa") are one mention.
    const concepts = new Set<string>();
    for (const match of findPhrases(this.lexicon, tokens)) {
      for (const concept of match.phrase.concepts) concepts.add(conceptToken(concept));
    }
    terms.push(...concepts);
    if (text.length > 200) {
      if (this.textCache.size > 2_000) this.textCache.clear();
      this.textCache.set(text, terms);
    }
    return terms;
  }

  /**
   * Title units of a document, for measuring how much of a title a query
   * covers: each unit lists the index terms that stand for it.
   */
  titleUnits(text: string): TitleUnit[] {
    return this.units(this.tokens(text), false)
      .filter((unit) => !unit.marker)
      .map((unit) => {
        const terms = unit.terms.filter((t) => t.weight >= 1).map((t) => t.term);
        // A query word of the title word's family covers it too.
        const families = unit.concepts.length === 0 ? terms.map(familyOf).filter((family) => family !== null) : [];
        return { terms: [...terms, ...families], action: unit.action };
      });
  }

  /** Query units, longest phrase first; spelling is corrected against the synonym table. */
  queryUnits(text: string): QueryUnit[] {
    const tokens = splitWords(text)
      .flatMap((word) => this.compoundParts(word))
      .map((word) => this.queryToken(word));
    // Saying a thing twice ("ID ... ID number") is still one need.
    const seen = new Set<string>();
    return this.units(tokens, true).filter((unit) => {
      const key = unit.keyTerms.join(' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /**
   * A word the index does not know that is two words some title has side by
   * side, written as one ("stockbroker" for "Stock Broker"): those two words.
   * Only unknown words are split ("passport" is never "pass port"), and only
   * into a pair a title has ("homework" is not "home work").
   */
  private compoundParts(word: string): string[] {
    if (word.length < 8 || /\d/.test(word)) return [word];
    const token = this.lexicon.token(word);
    if (token.stop || this.lexicon.words.has(token.term) || this.vocabulary.has(token.term)) return [word];
    for (let cut = 4; cut <= word.length - 4; cut += 1) {
      const left = this.lexicon.token(word.slice(0, cut));
      const right = this.lexicon.token(word.slice(cut));
      if (!left.stop && !right.stop && this.titlePairs.has(`${left.term} ${right.term}`)) return [word.slice(0, cut), word.slice(cut)];
    }
    return [word];
  }

  private queryToken(word: string): Token {
    const token = this.lexicon.token(word);
    if (token.stop || this.lexicon.words.has(token.term)) return token;
    const known = this.vocabulary.has(token.term);
    if (!known) {
      const sheng = this.lexicon.shengRoot(word);
      if (sheng !== null) return { term: sheng, stop: false };
      if (this.translator?.knows(token.term) === true) return token;
    }
    // Walking the whole table per word is the slowest part of analysis; words recur.
    const cacheKey = `${known ? 1 : 0}${token.term}`;
    let corrected = this.corrections.get(cacheKey);
    if (corrected === undefined) {
      corrected = this.correctFromTable(token.term, known);
      if (this.corrections.size > 20_000) this.corrections.clear();
      this.corrections.set(cacheKey, corrected);
    }
    return corrected === null ? token : { term: corrected, stop: false };
  }

  // Swahili words are not in the index, so the index's own fuzzy search cannot
  // fix "kitambulishio"; the synonym table can. Service names have typos too
  // ("Clearence"), so a long word with one wrong letter of a table word is
  // taken for that word even when some title contains it (only a swapped
  // letter: "ecitizen" is not a misspelt "citizen").
  private correctFromTable(term: string, known: boolean): string | null {
    if (known) return term.length >= 7 ? this.oneLetterOff(term) : null;
    if (term.length < 5) return null;
    const maxDistance = term.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = maxDistance + 1;
    for (const word of this.lexicon.words) {
      if (word.length < 4 || Math.abs(word.length - term.length) > maxDistance) continue;
      const distance = editDistanceAtMost(term, word, bestDistance - 1, typoSubstitution);
      if (distance < bestDistance) {
        best = word;
        bestDistance = distance;
      }
    }
    return best;
  }

  private oneLetterOff(term: string): string | null {
    for (const word of this.lexicon.words) {
      if (word.length !== term.length) continue;
      let differences = 0;
      let slip = true;
      for (let i = 0; i < word.length && differences < 2; i += 1) {
        if (word[i] === term[i]) continue;
        differences += 1;
        slip = typoSubstitution(word.charCodeAt(i), term.charCodeAt(i)) === 1;
      }
      if (differences === 1 && slip) return word;
    }
    return null;
  }

  private units(tokens: readonly Token[], forQuery: boolean): QueryUnit[] {
    const matches = findPhrases(this.lexicon, tokens);
    const translations =
      forQuery && this.translator !== undefined
        ? this.translator.translations(tokens, (token) => this.isUnknown(token)).filter((match) => !match.known || !this.isTitleWording(tokens, match))
        : [];
    const units: QueryUnit[] = [];
    let i = 0;
    while (i < tokens.length) {
      const here = matches.filter((m) => m.start === i);
      const translated = here.length === 0 ? longestAt(translations, i) : null;
      if (translated !== null) {
        units.push(translationUnit(tokens, translated));
        i = translated.end;
        continue;
      }
      if (here.length === 0) {
        const token = tokens[i]!;
        if (!token.stop) {
          // Unknown words may be misspelt; so may long known words, because
          // service names have typos of their own ("Phamacist").
          const loose = forQuery && !this.lexicon.words.has(token.term) && (!this.vocabulary.has(token.term) || token.term.length >= 7);
          const family = forQuery ? familyOf(token.term) : null;
          const terms = family === null ? [{ term: token.term, weight: 1 }] : [{ term: token.term, weight: 1 }, { term: family, weight: FAMILY_WEIGHT }];
          units.push({ terms, keyTerms: [token.term], concepts: [], looseTerms: loose ? [token.term] : [], marker: false, action: false });
        }
        i += 1;
        continue;
      }
      const end = Math.max(...here.map((m) => m.end));
      const longest = here.filter((m) => m.end === end);
      units.push(this.phraseUnit(tokens, i, end, [...new Set(longest.flatMap((m) => m.phrase.concepts))], matches));
      i = end;
    }
    return units;
  }

  /**
   * Whether a phrase's words stand side by side in some title: then they are
   * the catalogue's own wording ("Madaraka Express"), not everyday English for it.
   */
  private isTitleWording(tokens: readonly Token[], match: PhraseMatch): boolean {
    const terms = tokens.slice(match.start, match.end).filter((token) => !token.stop).map((token) => token.term);
    return terms.length > 1 && terms.every((term, i) => i === 0 || this.titlePairs.has(`${terms[i - 1]} ${term}`));
  }

  /** A word neither the synonym table nor any document has. */
  private isUnknown(token: Token): boolean {
    return !token.stop && !this.lexicon.words.has(token.term) && !this.vocabulary.has(token.term);
  }

  private phraseUnit(
    tokens: readonly Token[],
    start: number,
    end: number,
    concepts: readonly string[],
    matches: ReturnType<typeof findPhrases>,
  ): QueryUnit {
    const marker = concepts.every((concept) => this.lexicon.isMarker(concept));
    const weights = new Map<string, number>();
    const put = (term: string, weight: number): void => {
      weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    };
    for (const concept of concepts) {
      put(conceptToken(concept), marker ? MARKER_WEIGHT : 1);
      for (const related of this.lexicon.relatedConcepts(concept)) put(conceptToken(related), RELATED_WEIGHT);
    }
    // The words themselves are not searched: every document containing them
    // also carries the concept, and searching both would count one need twice.
    // Shorter phrases inside this one ("birth" in "birth certificate") satisfy
    // it in part; so do its other words ("national" in "national id").
    const coveredBySubPhrase = new Set<number>();
    const isAction = concepts.every((concept) => this.lexicon.isAction(concept));
    for (const match of matches) {
      if (match.start < start || match.end > end || (match.start === start && match.end === end)) continue;
      // "hali" (status) in "hali ya hewa" (weather) is no request to check anything.
      if (!isAction && match.phrase.concepts.every((concept) => this.lexicon.isAction(concept))) continue;
      for (const concept of match.phrase.concepts) put(conceptToken(concept), SUB_CONCEPT_WEIGHT);
      for (let i = match.start; i < match.end; i += 1) coveredBySubPhrase.add(i);
    }
    for (let i = start; i < end; i += 1) {
      const token = tokens[i]!;
      if (!token.stop && !coveredBySubPhrase.has(i) && end - start > 1) put(token.term, marker ? MARKER_WEIGHT : PHRASE_WORD_WEIGHT);
    }
    return {
      terms: [...weights].map(([term, weight]) => ({ term, weight })),
      keyTerms: concepts.map(conceptToken),
      concepts,
      looseTerms: [],
      marker,
      action: !marker && concepts.every((concept) => this.lexicon.isAction(concept)),
    };
  }
}

function longestAt(matches: readonly Translation[], start: number): Translation | null {
  let best: Translation | null = null;
  for (const match of matches) if (match.start === start && (best === null || match.end > best.end)) best = match;
  return best;
}

/**
 * The catalogue words a glossary phrase means, any of which answers it. The
 * citizen's own words are searched too (an agency's remit may have them): a
 * word at full weight, the words of a phrase at the weight the words of a
 * table phrase have.
 */
function translationUnit(tokens: readonly Token[], match: Translation): QueryUnit {
  const english = match.phrase.concepts;
  const weight = english.length > 1 ? AMBIGUOUS_TRANSLATION_WEIGHT : TRANSLATION_WEIGHT;
  const terms = english.map((term) => ({ term, weight }));
  const own = tokens.slice(match.start, match.end).filter((token) => !token.stop && !english.includes(token.term));
  const ownWeight = match.end - match.start > 1 ? PHRASE_WORD_WEIGHT : 1;
  for (const token of own) terms.push({ term: token.term, weight: ownWeight });
  return { terms, keyTerms: [...english], concepts: [], looseTerms: [], marker: false, action: false };
}
