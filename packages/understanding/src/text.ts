// Shared text plumbing. Every module works on the same cleaned form so that a
// phrase recognised in one place is recognised everywhere.

// Invisible characters that Messenger keyboards and copy-paste leave behind;
// they split words without showing, which would hide "ig\u200Bnore".
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;
// Phones type curly quotes; words like "you're" and "ng'ombe" must match either way.
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * The input as a string, compatibility-normalised (full-width digits and
 * letters become ASCII), without invisible characters. Line breaks are kept:
 * they separate sentences.
 */
export function clean(text: unknown): string {
  // The API is typed, but the bot feeds it whatever Messenger sent; a stray
  // undefined must not take the pipeline down.
  const s = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  return s
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-');
}

/** Runs of whitespace (line breaks included) become one space; ends trimmed. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Contractions are expanded so that patterns are written once, in full form.
const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["i'm", ['i', 'am']],
  ["im", ['i', 'am']],
  ["you're", ['you', 'are']],
  ["youre", ['you', 'are']],
  ["we're", ['we', 'are']],
  ["they're", ['they', 'are']],
  ["it's", ['it', 'is']],
  ["that's", ['that', 'is']],
  ["what's", ['what', 'is']],
  ["whats", ['what', 'is']],
  ["where's", ['where', 'is']],
  ["how's", ['how', 'is']],
  ["there's", ['there', 'is']],
  ["don't", ['do', 'not']],
  ["dont", ['do', 'not']],
  ["doesn't", ['does', 'not']],
  ["doesnt", ['does', 'not']],
  ["didn't", ['did', 'not']],
  ["didnt", ['did', 'not']],
  ["can't", ['can', 'not']],
  ["cant", ['can', 'not']],
  ["cannot", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["wont", ['will', 'not']],
  ["isn't", ['is', 'not']],
  ["isnt", ['is', 'not']],
  ["aren't", ['are', 'not']],
  ["wasn't", ['was', 'not']],
  ["haven't", ['have', 'not']],
  ["havent", ['have', 'not']],
  ["hasn't", ['has', 'not']],
  ["hasnt", ['has', 'not']],
  ["hadn't", ['had', 'not']],
  ["couldn't", ['could', 'not']],
  ["shouldn't", ['should', 'not']],
  ["wouldn't", ['would', 'not']],
  ["i've", ['i', 'have']],
  ["ive", ['i', 'have']],
  ["you've", ['you', 'have']],
  ["i'll", ['i', 'will']],
  ["you'll", ['you', 'will']],
  ["i'd", ['i', 'would']],
  ["you'd", ['you', 'would']],
  ["let's", ['let', 'us']],
]);

// Letters and digits, with inner apostrophes kept (Swahili "ng'ombe",
// English "you're"). The optional group needs a letter after the apostrophe,
// so the pattern cannot backtrack.
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*/gu;

/** Lower-case words, punctuation and emoji dropped, contractions expanded. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of clean(text).toLowerCase().matchAll(WORD)) {
    const word = match[0];
    const expanded = CONTRACTIONS.get(word);
    if (expanded) out.push(...expanded);
    else if (word.endsWith("'s")) out.push(word.slice(0, -2));
    else out.push(word);
  }
  return out;
}

/** The words joined by single spaces: a form simple phrase patterns can match. */
export function phraseForm(text: string): string {
  return words(text).join(' ');
}

/**
 * Sentences, as written (whitespace normalised). A sentence ends at . ! ? or
 * an ellipsis followed by whitespace, or at a line break; "ecitizen.go.ke" and
 * "1,050.00" stay whole because no space follows their dots.
 */
export function sentences(text: string): string[] {
  return clean(text)
    .split(/(?<=[.!?\u2026])\s+|[\r\n]+/)
    .map(normaliseWhitespace)
    .filter((s) => s.length > 0);
}
