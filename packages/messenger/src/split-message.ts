import { safeCutIndex } from './code-units.ts';

/** Graph rejects message text of 2,000 characters or more (UTF-16 code units). */
export const MESSAGE_TEXT_LIMIT = 2000;

interface BreakRule {
  pattern: RegExp;
  /** Where the part ends relative to the match: after the punctuation of a sentence end, before whitespace. */
  keep: number;
}

// Most readable break first.
const BREAK_RULES: readonly BreakRule[] = [
  { pattern: /\n[ \t]*\r?\n/g, keep: 0 },
  { pattern: /\n/g, keep: 0 },
  { pattern: /[.?!]\s/g, keep: 1 },
  { pattern: /\s/g, keep: 0 },
];

function lastBreak(window: string, rule: BreakRule, limit: number, minimum: number): number | undefined {
  let found: number | undefined;
  for (const match of window.matchAll(rule.pattern)) {
    const cut = match.index + rule.keep;
    if (cut > limit) break;
    if (cut >= minimum) found = cut;
  }
  return found;
}

function cutPosition(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  // A paragraph break near the start would leave a stub of a message; a
  // break in the second half is preferred even if it is a lesser kind, and
  // only when there is none does any break of any kind do.
  for (const minimum of [Math.ceil(limit / 2), 1]) {
    for (const rule of BREAK_RULES) {
      const cut = lastBreak(window, rule, limit, minimum);
      if (cut !== undefined) return cut;
    }
  }
  return safeCutIndex(text, limit);
}

/**
 * Splits a reply into parts Messenger accepts, each at most `limit` code
 * units, breaking at the most readable place available: a blank line, a line
 * break, a sentence end, a space, and only as a last resort mid-word. Parts
 * are trimmed; empty text gives no parts.
 */
export function splitMessage(text: string, limit = MESSAGE_TEXT_LIMIT): string[] {
  // Below 2 a surrogate pair could never fit and the loop would not advance.
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`limit must be a whole number of at least 2 (got ${limit})`);
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = cutPosition(rest, limit);
    const part = rest.slice(0, cut).trimEnd();
    if (part !== '') parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}
