// Text normalisation shared by documents and queries: both sides must reduce
// words the same way or they will not meet in the index.

const COMBINING_MARKS = /\p{M}+/gu;

/** Lower-cases, strips accents and punctuation; returns the raw word list. */
export function splitWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    // "I'd", "I'm" would otherwise become the words "id" and "im".
    .replace(/\bi'(d|m|ve|ll)\b/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .replace(/&/g, ' and ')
    // "e-Visa", "m-Pesa", "e-Citizen" are single words.
    .replace(/\b([em])-(?=[a-z])/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return folded
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => TEXTING.get(word) ?? word);
}

// How people spell words in chat ("gud conduct", "hw do i", "wen will"):
// read as the word, so they reach stopwords, the table and the index.
const TEXTING: ReadonlyMap<string, string> = new Map([
  ['gud', 'good'],
  ['gd', 'good'],
  ['biz', 'business'],
  ['bizna', 'business'],
  ['hw', 'how'],
  ['wat', 'what'],
  ['wht', 'what'],
  ['wen', 'when'],
  ['wer', 'where'],
  ['whr', 'where'],
  ['plz', 'please'],
  ['pls', 'please'],
  ['u', 'you'],
  ['ur', 'your'],
  ['n', 'and'],
  ['nd', 'and'],
  ['cn', 'can'],
  ['thru', 'through'],
  ['wanna', 'want'],
  ['govt', 'government'],
  ['dept', 'department'],
  ['yrs', 'years'],
  ['docs', 'documents'],
  ['grad', 'graduate'],
]);

// Spelling variants that should meet: British/American and common misspellings
// of the same word stem.
const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/^licenc/, 'licens'],
  [/^practis/, 'practic'],
  [/^defenc/, 'defens'],
  [/^programme/, 'program'],
  [/^enrolment/, 'enrollment'],
  [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
  [/yse$/, 'yze'],
];

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['went', 'go'],
  ['gone', 'go'],
  ['goes', 'go'],
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
  ['people', 'person'],
  ['persons', 'person'],
  ['paid', 'pay'],
  // Irregular verbs: "beat me up" and "beaten by police", "stolen" and "stole".
  ['beaten', 'beat'],
  ['stolen', 'steal'],
  ['stole', 'steal'],
  ['sold', 'sell'],
  ['bought', 'buy'],
  ['built', 'build'],
  ['written', 'write'],
  ['wrote', 'write'],
  ['broken', 'break'],
  ['broke', 'break'],
  ['driven', 'drive'],
  ['drove', 'drive'],
  ['chosen', 'choose'],
  ['forgotten', 'forget'],
  ['forgot', 'forget'],
  ['hidden', 'hide'],
  ['sent', 'send'],
  ['spent', 'spend'],
  ['kept', 'keep'],
  ['lent', 'lend'],
  ['struck', 'strike'],
  ['torn', 'tear'],
  ['thrown', 'throw'],
  ['threw', 'throw'],
  ['sworn', 'swear'],
  ['burnt', 'burn'],
  ['caught', 'catch'],
  ['brought', 'bring'],
  ['ids', 'id'],
  ['dls', 'dl'],
  ['lost', 'lost'],
  ['news', 'news'],
  ['series', 'series'],
  ['business', 'business'],
  // -ing nouns that are not the verb: parking is not a park, landing fees are not land.
  ['parking', 'parking'],
  ['landing', 'landing'],
  ['building', 'building'],
]);

const VOWEL = /[aeiouy]/;

/**
 * A light English stemmer: plurals, -ing, -ed, -ment and a final -e. Word
 * families that stemming cannot join (apply/application, register/registration)
 * are joined by the synonym table instead.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  let w = word;
  for (const [pattern, replacement] of SPELLING) w = w.replace(pattern, replacement);
  if (w.length <= 3 || /\d/.test(w)) return w;

  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|us|is)$/.test(w)) {
    // class, status, analysis: not plurals
  } else if (/(ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length >= 6 && VOWEL.test(w.slice(0, -3))) w = restoreE(undouble(w.slice(0, -3)));
  else if (w.endsWith('ied') && w.length >= 5) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length >= 5 && VOWEL.test(w.slice(0, -2))) w = restoreE(undouble(w.slice(0, -2)));

  if (w.endsWith('ment') && w.length >= 7) w = w.slice(0, -4);
  // anonymously -> anonymous, manually -> manual (not apply, family, only).
  if (/(ous|al|ful|ive|ent|ant|less|ate)ly$/.test(w)) w = w.slice(0, -2);
  // license/licensing, advertise/advertising: drop the e both ways.
  if (w.endsWith('e') && w.length >= 5) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

// "hiring" -> "hir" -> "hire", so it meets "hire" (short words keep their e).
function restoreE(w: string): string {
  return w.length === 3 && /[^aeiouy][aeiouy][^aeiouywx]$/.test(w) ? `${w}e` : w;
}

// Derivational endings, longest first, that turn one word of a family into
// another: recognition/recognise, psychologist/psychology, counsellor/counselling.
const DERIVATIONAL = /(ications?|ations?|itions?|utions?|tions?|sions?|ologists?|ology|ists?|isms?|ians?|ors?|ers?|ity|ances?|ences?|ancy|ency|ants?|ents?|als?|ive|ic|iz|at|y)$/;
const FAMILY_PREFIX = '~';

/**
 * The family a stemmed word belongs to: its root without derivational
 * endings, or null when it has none or too little would be left. Words of one
 * family meet in the index, more weakly than the same word: a counselling
 * graduate asks for the counsellor's licence, a foreign degree is "recognised"
 * by "Recognition and Equation of Qualifications".
 */
export function isFamilyTerm(term: string): boolean {
  return term.startsWith(FAMILY_PREFIX);
}

export function familyOf(term: string): string | null {
  if (term.length < 6 || /\d/.test(term)) return null;
  const root = term.replace(DERIVATIONAL, '').replace(/([bdglmnprt])\1$/, '$1');
  if (root === term || root.length < 5) return null;
  return `${FAMILY_PREFIX}${root}`;
}
