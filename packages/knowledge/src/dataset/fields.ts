// Field-level validation shared by every dataset file. Each reader throws
// RowError for a value that makes the row unusable; the CSV loop turns it into
// a DatasetProblem and skips the row.

export class RowError extends Error {}

const ID_PATTERN = /^[0-9a-f]{12}$/;

// The scraped text carries a few HTML entities (e.g. "Teaching &amp; Referral").
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes entities and tidies whitespace; `multiline` keeps line breaks (answers, descriptions). */
export function cleanText(value: string | undefined, multiline = false): string {
  if (value === undefined) return '';
  const decoded = value
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
  const tidy = multiline ? decoded.replace(/[^\S\n]+/g, ' ').replace(/ ?\r?\n ?/g, '\n') : decoded.replace(/\s+/g, ' ');
  return tidy.trim();
}

export function requiredId(value: string | undefined, column: string): string {
  const id = (value ?? '').trim();
  if (id === '') throw new RowError(`missing ${column}`);
  if (!ID_PATTERN.test(id)) throw new RowError(`invalid ${column} "${id}" (expected 12 lowercase hex digits)`);
  return id;
}

export function optionalId(value: string | undefined, column: string): string | null {
  const id = (value ?? '').trim();
  return id === '' ? null : requiredId(id, column);
}

export function requiredText(value: string | undefined, column: string, multiline = false): string {
  const text = cleanText(value, multiline);
  if (text === '') throw new RowError(`empty ${column}`);
  return text;
}

export function optionalUrl(value: string | undefined, column: string): string | null {
  // Whitespace is never part of a URL; the scrape left a few stray spaces
  // ("https://portal.mut.ac.k e/") that would otherwise drop the whole row.
  const raw = (value ?? '').replace(/\s+/g, '');
  if (raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RowError(`invalid ${column} "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RowError(`${column} "${raw}" is not an http(s) URL`);
  }
  return raw;
}
