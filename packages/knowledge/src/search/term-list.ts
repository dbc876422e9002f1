// The hand-written tables (glossary, remits, notes) list terms as
// '; '-separated strings, a column a language: read alike everywhere.

/** The terms of one or more columns, trimmed, empty ones dropped. */
export function termsOf(...columns: ReadonlyArray<string | undefined>): string[] {
  return columns
    .flatMap((column) => (column ?? '').split(';'))
    .map((term) => term.trim())
    .filter((term) => term.length > 0);
}
