// Personal data out before anything else sees the message: search indexes,
// logs and the language model only ever get placeholders. Over-redacting a
// number costs a slightly vaguer answer; under-redacting leaks an ID number,
// so doubtful digit runs go.
//
// Every pattern here is bounded ({m,n}, no nested unbounded repetition) and
// scans are single passes, so a 10,000-character message costs milliseconds.

import { isKnownWord } from './language.ts';
import { clean, normaliseWhitespace } from './text.ts';

export type SensitiveKind = 'national_id' | 'phone' | 'mpesa_code' | 'card' | 'password' | 'kra_pin' | 'email' | 'passport_number';

export interface Redaction {
  text: string;
  /** Distinct kinds, in order of first appearance in the text. */
  found: SensitiveKind[];
}

export const PLACEHOLDERS: Readonly<Record<SensitiveKind, string>> = {
  national_id: '[ID number]',
  phone: '[phone number]',
  mpesa_code: '[M-Pesa code]',
  card: '[card number]',
  password: '[password]',
  kra_pin: '[KRA PIN]',
  email: '[email]',
  passport_number: '[passport number]',
};

// 'keep' marks text (links) that later, looser patterns must leave alone.
type SpanKind = SensitiveKind | 'keep';

interface Span {
  start: number;
  end: number;
  kind: SpanKind;
}

// --- Small helpers -------------------------------------------------------------

const isAlnum = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isEmailLocal = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9._%+-]/.test(ch);
const isDomainChar = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9.-]/.test(ch);

function countDigits(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Amounts are the digit runs most often confused with IDs ("KSh 1500000",
// "paid 2500000 /="), and till and paybill numbers are public. Only a short
// window around the number is inspected.
const MONEY_BEFORE = /(?:\b(?:ksh|kes|kshs|shs?|usd|amount|paid|pay|cost|costs|fee|fees|price|balance|total|lipa|nimelipa|bei|salio|till|paybill)|\$)\s{0,3}(?:no\.?|number)?\s{0,3}[.:=]?\s{0,3}$/i;
const MONEY_AFTER = /^\s{0,3}(?:\/=|\/-|=\/|bob\b|shillings?\b|ksh\b|kes\b|kshs\b|sh\b|shs\b|only\b)/i;

function looksLikeMoney(text: string, start: number, end: number): boolean {
  return MONEY_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || MONEY_AFTER.test(text.slice(end, end + 12));
}

// --- Emails and links ----------------------------------------------------------------

// Scans outward from each "@" instead of using a regex: a regex for emails
// retried at every position of a long run of letters is quadratic.
function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (isEmailLocal(text[start - 1])) start--;
    while (text[start] === '.') start++;
    let end = at + 1;
    while (isDomainChar(text[end])) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const labels = text.slice(at + 1, end).split('.');
    const tld = labels.at(-1) ?? '';
    if (start < at && labels.length >= 2 && labels.every((l) => l.length > 0) && /^[A-Za-z]{2,}$/.test(tld)) {
      spans.push({ start, end, kind: 'email' });
    }
    at = text.indexOf('@', Math.max(at + 1, end));
  }
  return spans;
}

const URL_START = /^[("'<[]{0,3}(?:[a-z][a-z0-9+.-]{0,15}:\/\/|www\.)/i;
const DOMAIN = /(?:^|[.("'<])[a-z0-9-]{1,63}\.(?:go\.ke|co\.ke|or\.ke|ac\.ke|ne\.ke|ke|com|org|net|gov|info|io)(?=$|[/:?#]|[.,;!?)"'>]{1,5}$)/i;

// Links are kept whole: "ecitizen.go.ke/services/QGH7T5XK2P" is a page, not a payment.
function findLinks(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const chunk = m[0];
    if (chunk.includes('@')) continue;
    if (URL_START.test(chunk) || DOMAIN.test(chunk)) spans.push({ start: m.index, end: m.index + chunk.length, kind: 'keep' });
  }
  return spans;
}

// --- Data announced in words ("my password is ...", "ID no 12345678") ------------------------

interface Chunk {
  start: number;
  end: number;
  raw: string;
  /** Lower case, without surrounding punctuation. */
  core: string;
}

function trimmedCore(raw: string): string {
  let i = 0;
  let j = raw.length;
  while (i < j && !isAlnum(raw[i])) i++;
  while (j > i && !isAlnum(raw[j - 1])) j--;
  return raw.slice(i, j).toLowerCase();
}

// A chunk like "password:abc" or "pin=1234" is two chunks glued together.
function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const glue = raw.search(/[:=#]/);
    if (glue > 0 && glue < raw.length - 1) {
      const left = raw.slice(0, glue + 1);
      const right = raw.slice(glue + 1);
      chunks.push({ start: m.index, end: m.index + left.length, raw: left, core: trimmedCore(left) });
      chunks.push({ start: m.index + left.length, end: m.index + raw.length, raw: right, core: trimmedCore(right) });
    } else {
      chunks.push({ start: m.index, end: m.index + raw.length, raw, core: trimmedCore(raw) });
    }
  }
  return chunks;
}

// Words between the keyword and the value: "my password IS", "PIN YANGU NI", "ID NO".
const CONNECTORS = new Set(['is', 'was', 'are', 'ni', 'ilikuwa', 'iko', 'itakuwa']);
const FILLERS = new Set([
  'my', 'the', 'our', 'your', 'new', 'old', 'current', 'number', 'no', 'num', 'nbr', 'code', 'card', 'serial',
  'yangu', 'langu', 'changu', 'wangu', 'yake', 'ya', 'la', 'cha', 'mpya', 'nambari', 'namba', 'national', 'identity',
]);
const ENDS_CLAUSE = /[,.?!;]$/;
const ABBREVIATIONS = new Set(['no', 'num', 'nbr']);
const SETS_VALUE = /[:=]$/;

interface Announced {
  candidate: Chunk;
  /** An explicit "is", "ni" or ":" came before the value. */
  connector: boolean;
}

// Looks a few words past the keyword for the value it announces.
function announcedValue(chunks: readonly Chunk[], keywordIndex: number): Announced | null {
  const keyword = chunks[keywordIndex]!;
  if (ENDS_CLAUSE.test(keyword.raw)) return null;
  let connector = SETS_VALUE.test(keyword.raw);
  for (let j = keywordIndex + 1; j <= keywordIndex + 4; j++) {
    const c = chunks[j];
    if (!c) return null;
    const isConnector = CONNECTORS.has(c.core);
    if (c.core === '' || isConnector || FILLERS.has(c.core)) {
      if (isConnector || SETS_VALUE.test(c.raw) || c.raw === '-') connector = true;
      // "no." is an abbreviation, not the end of the sentence.
      if (c.core !== '' && ENDS_CLAUSE.test(c.raw) && !ABBREVIATIONS.has(c.core)) return null;
      continue;
    }
    return { candidate: c, connector };
  }
  return null;
}

// The value's extent: a quoted phrase whole, otherwise the chunk without
// sentence punctuation ("!" stays, passwords end in it).
function valueSpan(text: string, c: Chunk): { start: number; end: number } {
  let start = c.start;
  let end = c.end;
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    if (close > start + 1 && close - start <= 64) return { start: start + 1, end: close };
  }
  while (start < end && '("\'[<'.includes(text[start]!)) start++;
  while (end > start && '.,;:?)"\']>'.includes(text[end - 1]!)) end--;
  return { start, end };
}

function isEverydayWord(value: string): boolean {
  return isKnownWord(value.toLowerCase());
}

// Something a person chose as a secret, rather than a word of the sentence.
function looksSecret(value: string): boolean {
  return /\d/.test(value) || /[^\p{L}]/u.test(value) || /\p{Ll}\p{Lu}/u.test(value);
}

const SECRET_KEYWORDS = new Set([
  'password', 'passwords', 'passwd', 'pwd', 'passcode', 'pasword', 'passwrd', 'paswad', 'passward', 'paswd',
  'nenosiri', 'siri', 'pin', 'otp',
]);
const CODE_QUALIFIERS = new Set(['verification', 'security', 'activation', 'login', 'reset', 'otp', 'sms']);
const ID_KEYWORDS = new Set(['id', 'idno', 'i.d', 'kitambulisho', 'identification', 'identity']);
const PASSPORT_KEYWORDS = new Set(['passport', 'passports', 'pasipoti', 'pasporti', 'pasport', 'paspoti']);

function findAnnounced(text: string): Span[] {
  const spans: Span[] = [];
  const chunks = chunksOf(text);
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    const core = c.core;
    const previous = chunks[i - 1]?.core;
    const glued = /^id(\d{5,10})$/.exec(core);
    if (glued) {
      // "ID12345678" written as one word.
      const digitsAt = c.start + c.raw.toLowerCase().indexOf(core) + 2;
      spans.push({ start: digitsAt, end: digitsAt + glued[1]!.length, kind: 'national_id' });
      continue;
    }
    const isSecret = SECRET_KEYWORDS.has(core) || (core === 'code' && previous !== undefined && CODE_QUALIFIERS.has(previous));
    const isId = ID_KEYWORDS.has(core);
    const isPassport = PASSPORT_KEYWORDS.has(core);
    if (!isSecret && !isId && !isPassport) continue;

    const announced = announcedValue(chunks, i);
    if (!announced) continue;
    const { start, end } = valueSpan(text, announced.candidate);
    const value = text.slice(start, end);
    if (value.length === 0 || value.length > 64) continue;

    if (isSecret) {
      if (value.length < 3) continue;
      if (!looksSecret(value) && (!announced.connector || isEverydayWord(value))) continue;
      // A KRA PIN is an identifier, not a secret; name it for what it is.
      const kra = (core === 'pin' && previous === 'kra') || /^[A-Za-z]\d{9}[A-Za-z]$/.test(value);
      spans.push({ start, end, kind: kra ? 'kra_pin' : 'password' });
    } else if (isId) {
      if (/^\d{5,10}$/.test(value)) spans.push({ start, end, kind: 'national_id' });
    } else if (/^[A-Za-z]{0,3}\d{5,10}[A-Za-z]?$/.test(value) && countDigits(value) >= 5) {
      spans.push({ start, end, kind: 'passport_number' });
    }
  }
  return spans;
}

// --- Data recognised by its shape -----------------------------------------------------------

function matchAll(text: string, pattern: RegExp, kind: SensitiveKind, accept: (value: string, start: number, end: number) => boolean = () => true): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (accept(m[0], start, end)) spans.push({ start, end, kind });
  }
  return spans;
}

// 13-19 digits, written solid or in the groups printed on cards (4-4-4-4, Amex 4-6-5).
const CARD = /(?<![\w-])(?:\d{13,19}|\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5})(?![\w-])/g;
// KRA PIN: A or P, nine digits, a letter. Any letter is accepted at the front: typos happen.
const KRA_PIN = /(?<!\w)[A-Za-z]\d{9}[A-Za-z](?!\w)/g;
// Kenyan mobiles: 07.. / 01.., +254 7.., 2547.., with the spaces, dots and dashes people type.
const PHONE_KE = /(?<![\w+])(?:\+?254[ .-]{0,2}(?:\(0\)[ .-]{0,2}|0)?|0)[17](?:[ .-]{0,2}\d){8}(?!\w)/g;
const PHONE_INTERNATIONAL = /(?<![\w+])\+(?!254)\d{1,3}(?:[ .-]{0,2}\d){6,12}(?!\w)/g;
// A Kenyan mobile without its leading 0 ("712345678").
const PHONE_NINE_DIGITS = /(?<![\w+.,/])[17]\d{8}(?!\w|[.,]\d)/g;
// Kenyan passports: one or two letters and seven digits ("AK1234567", "A1234567").
const PASSPORT = /(?<!\w)[A-Za-z]{1,2}\d{7}(?!\w)/g;
// M-Pesa transaction codes: ten letters and digits ("QGH7T5XK2P").
const MPESA = /(?<!\w)[A-Za-z][A-Za-z0-9]{9}(?!\w)/g;
// National ID numbers: a standalone run of seven or eight digits.
const NATIONAL_ID = /(?<![\w+.,/:-])\d{7,8}(?!\w|[.,/:-]\d)/g;

function isMpesaCode(value: string): boolean {
  const digits = countDigits(value);
  const letters = value.length - digits;
  if (digits < 1 || letters < 2) return false;
  if (value !== value.toLowerCase()) return true;
  // Typed in lower case it could be a word with a number ("windows10x"):
  // require the letters and digits to be interleaved, as in real codes.
  const firstDigit = value.search(/\d/);
  return digits >= 2 && /[a-z]/.test(value.slice(firstDigit));
}

// --- Putting it together ---------------------------------------------------------------------

// Earlier detectors win overlaps: emails before links (an address contains a
// domain), links before everything, words-announced data before shapes ("my
// password is 12345678" is a password, not an ID), specific shapes before loose ones.
function detectors(text: string): Span[][] {
  return [
    findEmails(text),
    findLinks(text),
    findAnnounced(text),
    matchAll(text, CARD, 'card', (v) => {
      const digits = v.replace(/\D/g, '');
      return digits.length >= 13 && digits.length <= 19 && luhnValid(digits);
    }),
    matchAll(text, KRA_PIN, 'kra_pin'),
    matchAll(text, PHONE_KE, 'phone'),
    matchAll(text, PHONE_INTERNATIONAL, 'phone'),
    matchAll(text, PASSPORT, 'passport_number'),
    matchAll(text, MPESA, 'mpesa_code', isMpesaCode),
    matchAll(text, PHONE_NINE_DIGITS, 'phone', (_v, start, end) => !looksLikeMoney(text, start, end)),
    matchAll(text, NATIONAL_ID, 'national_id', (_v, start, end) => !looksLikeMoney(text, start, end)),
  ];
}

/** Redaction that leaves the text's layout (line breaks, spacing) as it was. */
export function redactKeepingLayout(text: string): Redaction {
  const taken = new Uint8Array(text.length);
  const kept: Span[] = [];
  for (const group of detectors(text)) {
    for (const span of group) {
      if (span.end <= span.start) continue;
      let free = true;
      for (let i = span.start; i < span.end && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, span.start, span.end);
      kept.push(span);
    }
  }
  kept.sort((a, b) => a.start - b.start);

  let out = '';
  let cursor = 0;
  const found: SensitiveKind[] = [];
  for (const span of kept) {
    if (span.kind === 'keep') continue;
    out += text.slice(cursor, span.start) + PLACEHOLDERS[span.kind];
    cursor = span.end;
    if (!found.includes(span.kind)) found.push(span.kind);
  }
  out += text.slice(cursor);
  return { text: out, found };
}

/** Replaces personal data with placeholders such as "[ID number]"; whitespace normalised. */
export function redact(text: string): Redaction {
  const { text: redacted, found } = redactKeepingLayout(clean(text));
  return { text: normaliseWhitespace(redacted), found };
}
