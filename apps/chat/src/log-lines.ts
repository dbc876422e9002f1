/**
 * A pino JSON line as a person reads it: its message and the error's, not
 * a stack in JSON. Any other line is left as it is.
 */
export function readableLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const entry = JSON.parse(line) as { msg?: unknown; err?: { message?: unknown } };
    if (typeof entry.msg !== 'string') return line;
    const cause = typeof entry.err?.message === 'string' && !entry.msg.includes(entry.err.message) ? ` (${entry.err.message})` : '';
    return `${entry.msg}${cause}`;
  } catch {
    return line;
  }
}
