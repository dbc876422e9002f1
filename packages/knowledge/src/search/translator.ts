// Reads a query's Swahili (and everyday English) words the index does not know
// as the catalogue's English words, through the glossary. Only words unknown to
// both the synonym table and the index are read this way, so the table keeps
// its say and English queries are searched as written.
import { CATALOGUE_GLOSSARY } from './glossary/catalogue-glossary.ts';
import { glossesFrom, type Gloss } from './glossary/glossary.ts';
import { addPhrase, findPhrases, lexicon as defaultLexicon, swahiliRootOf, type Lexicon, type Phrase, type PhraseMatch, type PhraseTable, type Token } from './lexicon.ts';
import { splitWords } from './normalise.ts';

/** A glossary phrase found in a query; `known` when its words are ordinary words of the index. */
export interface Translation extends PhraseMatch {
  known: boolean;
}

export class Translator {
  private readonly swahili = new PhraseBook();
  private readonly everyday = new PhraseBook();
  /** Every word of the glossary's terms. */
  private readonly words = new Set<string>();
  private readonly roots = new Set<string>();
  private readonly formCache = new Map<string, string>();

  constructor(
    glosses: readonly Gloss[],
    private readonly lexicon: Lexicon,
  ) {
    for (const gloss of glosses) {
      // "-panda miti": the verb is the first word.
      for (const term of gloss.swahili) {
        const verb = term.startsWith('-') ? splitWords(term.slice(1))[0] : undefined;
        if (verb !== undefined) this.roots.add(this.lexicon.token(verb).term);
      }
    }
    for (const gloss of glosses) {
      const english = this.lexicon.token(gloss.english);
      if (english.stop) continue;
      this.file(this.swahili, gloss.swahili, english.term);
      this.file(this.everyday, gloss.everyday, english.term);
    }
    this.swahili.sort();
    this.everyday.sort();
  }

  /** Whether a word is the glossary's (so it is not a misspelling to correct). */
  knows(term: string): boolean {
    return this.words.has(this.glossaryForm(term));
  }

  /**
   * Glossary phrases in a query's tokens, each naming the catalogue words it
   * means. Swahili is read only where a word is `unknown` (to the table and
   * the index): "mama" is a word of some titles. Everyday English is read
   * there too, and as a phrase of two or more words anywhere ("house girl").
   */
  translations(tokens: readonly Token[], unknown: (token: Token) => boolean): Translation[] {
    const forms = tokens.map((token) => (token.stop ? token : { term: this.glossaryForm(token.term), stop: false }));
    const found: Translation[] = [];
    for (const match of findPhrases(this.swahili, forms)) if (unknown(tokens[match.start]!)) found.push({ ...match, known: false });
    for (const match of findPhrases(this.everyday, forms)) {
      const known = !unknown(tokens[match.start]!);
      if (!known || match.phrase.terms.length > 1) found.push({ ...match, known });
    }
    return found;
  }

  private file(book: PhraseBook, terms: readonly string[], english: string): void {
    for (const term of terms) {
      const tokens = withoutLeadingStopwords(splitWords(term.replace(/^-/, '')).map((word) => this.lexicon.token(word)));
      // A term that is only stopwords ("kuwa") would turn ordinary words into a need.
      if (tokens.length === 0) continue;
      for (const token of tokens) this.words.add(token.term);
      addPhrase(book.phrasesByFirstTerm, tokens, english);
    }
  }

  /** The word as the glossary has it: itself, or the glossary verb it is a form of ("tunahamisha" -> "hamisha"). */
  private glossaryForm(term: string): string {
    if (this.words.has(term) || this.roots.size === 0) return term;
    let form = this.formCache.get(term);
    if (form === undefined) {
      form = swahiliRootOf(term, this.roots) ?? term;
      if (this.formCache.size > 50_000) this.formCache.clear();
      this.formCache.set(term, form);
    }
    return form;
  }
}

/** Stopwords that change what a phrase means: "no income" is not income. */
const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'without', 'hakuna', 'bila', 'sina', 'si']);

/**
 * "in kenya" is "kenya": a leading stopword would only let the phrase reach
 * across a sentence ("advertise in the Kenya gazette"). A negation stays, and
 * so does a closing particle ("written off").
 */
function withoutLeadingStopwords(tokens: Token[]): Token[] {
  let start = 0;
  while (start < tokens.length && tokens[start]!.stop && !NEGATIONS.has(tokens[start]!.term)) start += 1;
  return tokens.slice(start);
}

class PhraseBook implements PhraseTable {
  readonly phrasesByFirstTerm = new Map<string, Phrase[]>();

  /** Longest first, so the longest phrase wins where several start. */
  sort(): void {
    for (const phrases of this.phrasesByFirstTerm.values()) phrases.sort((a, b) => b.terms.length - a.terms.length);
  }
}

export const translator = new Translator(glossesFrom(CATALOGUE_GLOSSARY), defaultLexicon);
