// Citizens name agencies by their initials ("KRA", "KWS", "TSC") even where the
// dataset only spells the name out, so agency names also index their initials.

const SKIPPED = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', '&']);
const cache = new Map<string, string>();

/** "Kenya Revenue Authority" -> "kra"; '' when the name is too short or long for initials. */
export function acronymOf(name: string): string {
  let acronym = cache.get(name);
  if (acronym === undefined) {
    const words = name
      .replace(/\([^)]*\)/g, ' ')
      .split(/[\s\-/,]+/)
      .filter((word) => /^[A-Za-z]/.test(word) && !SKIPPED.has(word.toLowerCase()));
    acronym = words.length >= 2 && words.length <= 6 ? words.map((word) => word[0]!.toLowerCase()).join('') : '';
    cache.set(name, acronym);
  }
  return acronym;
}

/**
 * The short names an agency goes by: its initials and any capitalised name in
 * brackets ("National Social Security Fund(NSSF)", "Kenya Copyright Board (KECOBO)").
 */
export function shortNamesOf(name: string): string[] {
  const bracketed = [...name.matchAll(/\(([A-Z][A-Z0-9-]+)\)/g)].map((match) => match[1]!.toLowerCase());
  const initials = acronymOf(name);
  return [...new Set(initials === '' ? bracketed : [initials, ...bracketed])];
}
