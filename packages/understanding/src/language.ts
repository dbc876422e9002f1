// English or Swahili? Every word votes for the language it belongs to; the
// language with more votes wins and a tie keeps the caller's fallback. Single
// word lookups are not enough: Swahili is agglutinative ("nimepoteza",
// "ninawezaje", "kulipia" are each one word never listed anywhere), so verbs
// are recognised by their structure, and misspellings by edit distance.

import { clean, words } from './text.ts';
import { ENGLISH_WORDS } from './words/english.ts';
import { NEUTRAL_WORDS } from './words/neutral.ts';
import { SWAHILI_VERB_STEMS, SWAHILI_WORDS } from './words/swahili.ts';

export type Language = 'en' | 'sw';

interface Vote {
  language: Language;
  weight: number;
}

// A word both vocabularies claim is no evidence either way.
function isNeutral(word: string): boolean {
  return NEUTRAL_WORDS.has(word) || (SWAHILI_WORDS.has(word) && ENGLISH_WORDS.has(word));
}

// --- Swahili verbs -----------------------------------------------------------
// A Swahili verb is subject + tense + (relative) + (object) + stem + ending:
// ni-na-wez-a-je, si-ja-pat-a, ku-lip-i-a, a-li-ye-ni-tum-i-a. Each slot has a
// short closed list of markers, so a small parser recognises thousands of
// forms from a hundred stems.
const SUBJECTS = [
  '', 'ni', 'u', 'a', 'tu', 'm', 'mu', 'wa', 'ki', 'vi', 'li', 'ya', 'i', 'zi', 'ku', 'pa',
  'si', 'hu', 'ha', 'hatu', 'ham', 'hawa', 'hai', 'hazi', 'haki', 'havi', 'hali', 'haya', 'hau',
];
const TENSES = ['', 'na', 'li', 'me', 'ta', 'ki', 'nge', 'ngali', 'sha', 'ja', 'ka', 'ku'];
const RELATIVES = ['', 'ye', 'o', 'cho', 'vyo', 'lo', 'yo', 'zo', 'ko', 'po', 'mo'];
const OBJECTS = ['', 'ni', 'ku', 'm', 'mw', 'mu', 'tu', 'wa', 'ki', 'vi', 'li', 'ya', 'i', 'zi', 'u', 'ji'];
// Tenses that make a prefix unmistakably Swahili even on an English verb
// ("nime-apply", "tume-renew").
const STRONG_TENSES = new Set(['na', 'me', 'li', 'ta', 'ja', 'sha']);

// Derivational extensions (applicative -i-, passive -w-, causative -ish-, ...),
// the final vowel, then enclitics (-je "how", -ni plural, -ko/-po/-mo place).
const EXTENSIONS = [
  '', 'i', 'e', 'w', 'iw', 'ew', 'ik', 'ek', 'ikan', 'ekan', 'ish', 'esh', 'ishw', 'eshw', 'iz', 'ez',
  'an', 'ian', 'ean', 'il', 'el', 'ilew', 'elew', 'ul', 'uliw', 'l', 'liw', 'lew', 'lik', 'lek', 'z', 'sh', 'shw',
];
const FINALS = ['a', 'e', 'i'];
const ENCLITICS = ['', 'je', 'ni', 'ko', 'po', 'mo', 'ye', 'o', 'cho', 'vyo', 'lo', 'yo', 'zo'];
const ENDINGS: ReadonlySet<string> = new Set(
  EXTENSIONS.flatMap((x) => FINALS.flatMap((f) => ENCLITICS.map((c) => x + f + c))),
);

const STEMS_BY_INITIAL = new Map<string, string[]>();
for (const stem of SWAHILI_VERB_STEMS) {
  const initial = stem[0]!;
  const bucket = STEMS_BY_INITIAL.get(initial) ?? [];
  bucket.push(stem);
  STEMS_BY_INITIAL.set(initial, bucket);
}

function isVerbBody(body: string): boolean {
  const initial = body[0];
  if (initial === undefined) return false;
  for (const stem of STEMS_BY_INITIAL.get(initial) ?? []) {
    if (!body.startsWith(stem)) continue;
    const ending = body.slice(stem.length);
    // Loan stems keep their own final vowel ("nimesahau", "amerudi").
    if (ending === '' ? /[aeiou]$/.test(stem) : ENDINGS.has(ending)) return true;
  }
  return false;
}

type VerbKind = 'swahili' | 'mixed';

/** Swahili verb ("nimepoteza"), or a Swahili prefix on an English verb ("kurenew"), or null. */
export function analyseSwahiliVerb(word: string): VerbKind | null {
  // Real verbs are short; the bound keeps the parser's work constant per word.
  if (word.length < 4 || word.length > 24) return null;
  let mixed = false;
  for (const subject of SUBJECTS) {
    if (!word.startsWith(subject)) continue;
    for (const tense of TENSES) {
      // Without a subject only present "na-taka" and infinitive "ku-lipa" exist.
      if (subject === '' && tense !== 'na' && tense !== 'ku') continue;
      const afterTense = subject.length + tense.length;
      if (!word.startsWith(tense, subject.length)) continue;
      for (const relative of tense === '' ? [''] : RELATIVES) {
        if (!word.startsWith(relative, afterTense)) continue;
        const afterRelative = afterTense + relative.length;
        for (const object of OBJECTS) {
          if (!word.startsWith(object, afterRelative)) continue;
          const body = word.slice(afterRelative + object.length);
          if (body.length < 3) continue;
          if (isVerbBody(body)) return 'swahili';
          const strong = STRONG_TENSES.has(tense) || (tense === 'ku' && subject === '') || (subject === 'ku' && tense === '');
          if (strong && isEnglishWord(body)) mixed = true;
        }
      }
    }
  }
  return mixed ? 'mixed' : null;
}

// --- English inflection ------------------------------------------------------
const SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ly', ['']],
  ['er', ['', 'e']],
  ['ers', ['', 'e']],
  ['ment', ['']],
  ['ation', ['e', '']],
];

/** An English word or a regular inflection of one ("renewing", "applied", "payments"). */
export function isEnglishWord(word: string): boolean {
  if (ENGLISH_WORDS.has(word)) return true;
  for (const [suffix, replacements] of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const base = word.slice(0, -suffix.length);
    for (const replacement of replacements) {
      if (ENGLISH_WORDS.has(base + replacement)) return true;
    }
    // "stopped" -> "stop", "logging" -> "log"
    if (base.length > 2 && base.at(-1) === base.at(-2) && ENGLISH_WORDS.has(base.slice(0, -1))) return true;
  }
  return false;
}

// --- Misspellings --------------------------------------------------------------
// Symmetric-delete index: two words within one edit (insertion, deletion,
// substitution, adjacent swap) share a one-deletion variant. Lookups cost a
// few dozen set probes per word instead of a scan of the vocabulary.
type FuzzyTag = Language | 'neutral';
const FUZZY_MIN_LENGTH = 6;
const FUZZY_MAX_LENGTH = 20;
const fuzzyIndex = new Map<string, Set<FuzzyTag>>();

function variants(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function index(vocabulary: Iterable<string>, tag: (word: string) => FuzzyTag): void {
  for (const word of vocabulary) {
    if (word.length < FUZZY_MIN_LENGTH) continue;
    for (const v of variants(word)) {
      const tags = fuzzyIndex.get(v) ?? new Set<FuzzyTag>();
      tags.add(tag(word));
      fuzzyIndex.set(v, tags);
    }
  }
}
index(SWAHILI_WORDS, (w) => (isNeutral(w) ? 'neutral' : 'sw'));
index(ENGLISH_WORDS, (w) => (isNeutral(w) ? 'neutral' : 'en'));
index(NEUTRAL_WORDS, () => 'neutral');

function fuzzyLanguage(word: string): Language | null {
  if (word.length < FUZZY_MIN_LENGTH || word.length > FUZZY_MAX_LENGTH) return null;
  const found = new Set<FuzzyTag>();
  for (const v of variants(word)) {
    for (const tag of fuzzyIndex.get(v) ?? []) found.add(tag);
  }
  // Close to words of both languages, or to a brand name: no evidence.
  if (found.size !== 1 || found.has('neutral')) return null;
  return found.has('sw') ? 'sw' : 'en';
}

// --- Voting ------------------------------------------------------------------
// A guess from a misspelling counts for less than a word recognised outright.
const FUZZY_WEIGHT = 0.75;

/** The language a single lower-case word votes for, if any. */
export function wordVote(word: string): Vote | null {
  if (/\d/.test(word) || isNeutral(word)) return null;
  if (SWAHILI_WORDS.has(word)) return { language: 'sw', weight: 1 };
  if (ENGLISH_WORDS.has(word)) return { language: 'en', weight: 1 };
  const verb = analyseSwahiliVerb(word);
  if (verb === 'swahili') return { language: 'sw', weight: 1 };
  if (isEnglishWord(word)) return { language: 'en', weight: 1 };
  // Swahili grammar around an English verb: the sentence is being spoken in Swahili.
  if (verb === 'mixed') return { language: 'sw', weight: 1 };
  const fuzzy = fuzzyLanguage(word);
  return fuzzy ? { language: fuzzy, weight: FUZZY_WEIGHT } : null;
}

/** Whether a lower-case word belongs to any vocabulary (a name or a code does not). */
export function isKnownWord(word: string): boolean {
  return isNeutral(word) || wordVote(word) !== null;
}

// Links and addresses are made of English-looking pieces ("go", "ke") that
// say nothing about the writer's language.
function withoutAddresses(text: string): string {
  return text
    .split(/\s+/)
    .filter((chunk) => !chunk.includes('@') && !chunk.includes('://') && !/^\W*www\./i.test(chunk) && !/\.(?:ke|com|org|net)\b/i.test(chunk))
    .join(' ')
    // Brand names written in two parts would otherwise vote: "pesa" is Swahili, "citizen" English.
    .replace(/\bm[- ]?pesa\b/gi, 'mpesa')
    .replace(/\be[- ]?citizen\b/gi, 'ecitizen');
}

export interface LanguageScores {
  sw: number;
  en: number;
}

/** The votes behind detectLanguage, for diagnostics and tests. */
export function languageScores(text: string): LanguageScores {
  const scores: LanguageScores = { sw: 0, en: 0 };
  for (const word of words(withoutAddresses(clean(text)))) {
    const vote = wordVote(word);
    if (vote) scores[vote.language] += vote.weight;
  }
  return scores;
}

/** Swahili when Swahili markers dominate, English when English ones do; a tie (or no evidence) gives the fallback. */
export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  const { sw, en } = languageScores(text);
  if (sw > en) return 'sw';
  if (en > sw) return 'en';
  return fallback;
}
