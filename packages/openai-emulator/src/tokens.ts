/**
 * Token counts as a tokenizer would roughly give them: about 1.3 tokens a
 * word for English. Callers only budget and log with them, so close is
 * enough, and no tokenizer table has to ship with the emulator.
 */
export function approximateTokens(text: string): number {
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  return Math.ceil(words * 1.3);
}

/** The longest start of `text` that fits `maxTokens`, cut between words. */
export function truncateToTokens(text: string, maxTokens: number): string {
  const words = text.split(/(\s+)/);
  let kept = '';
  let count = 0;
  for (const piece of words) {
    if (piece.trim() !== '') {
      count += 1;
      if (Math.ceil(count * 1.3) > maxTokens) break;
    }
    kept += piece;
  }
  return kept.trimEnd();
}
