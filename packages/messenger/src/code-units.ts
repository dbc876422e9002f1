/**
 * The largest cut at or below `max` UTF-16 code units that does not split a
 * surrogate pair: half an emoji would reach the citizen as a replacement
 * character, and Graph may reject a lone surrogate outright.
 */
export function safeCutIndex(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const last = text.charCodeAt(max - 1);
  const next = text.charCodeAt(max);
  const splitsPair = last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return splitsPair ? max - 1 : max;
}

/** `text` cut to at most `max` code units, never inside a surrogate pair. */
export function truncateCodeUnits(text: string, max: number): string {
  return text.slice(0, safeCutIndex(text, max));
}
