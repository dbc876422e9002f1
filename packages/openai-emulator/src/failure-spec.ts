import { isRecord } from './is-record.ts';
import type { FailurePath, FailureSpec } from './types.ts';

/** Longer than any client timeout worth testing; a typo'd hour would otherwise hang a test run. */
export const MAX_DELAY_MS = 120_000;

const KEYS = new Set(['status', 'times', 'delayMs', 'retryAfterSeconds', 'message', 'path']);
const PATHS: readonly FailurePath[] = ['chat', 'embeddings', 'any'];

/**
 * Checks a failure spec, which may come from another process over HTTP, and
 * says exactly what is wrong: a misspelt field silently ignored would make a
 * test fail far from its cause.
 */
export function parseFailureSpec(input: unknown): FailureSpec {
  if (!isRecord(input)) throw new TypeError('a failure spec is an object with `status` and/or `delayMs`');
  const unknown = Object.keys(input).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) throw new TypeError(`unknown field(s) in failure spec: ${unknown.join(', ')}`);

  const { status, times, delayMs, retryAfterSeconds, message, path } = input;
  if (status === undefined && delayMs === undefined) throw new TypeError('a failure spec needs `status`, `delayMs` or both');
  if (status !== undefined && !(typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599)) {
    throw new TypeError('`status` must be an HTTP error status from 400 to 599');
  }
  if (times !== undefined && !(typeof times === 'number' && times >= 1 && (Number.isInteger(times) || times === Infinity))) {
    throw new TypeError('`times` must be a positive integer (or Infinity)');
  }
  if (delayMs !== undefined && !(typeof delayMs === 'number' && Number.isFinite(delayMs) && delayMs >= 0 && delayMs <= MAX_DELAY_MS)) {
    throw new TypeError(`\`delayMs\` must be a number of milliseconds from 0 to ${MAX_DELAY_MS}`);
  }
  if (retryAfterSeconds !== undefined) {
    if (status === undefined) throw new TypeError('`retryAfterSeconds` goes with a `status`');
    if (!(typeof retryAfterSeconds === 'number' && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0)) {
      throw new TypeError('`retryAfterSeconds` must be a number of seconds, 0 or more');
    }
  }
  if (message !== undefined) {
    if (status === undefined) throw new TypeError('`message` goes with a `status`');
    if (typeof message !== 'string' || message === '') throw new TypeError('`message` must be a non-empty string');
  }
  if (path !== undefined && !(PATHS as unknown[]).includes(path)) throw new TypeError(`\`path\` must be one of: ${PATHS.join(', ')}`);

  // A fresh object of the checked fields, so a caller reusing its spec cannot change a queued failure.
  const spec: FailureSpec = {};
  if (status !== undefined) spec.status = status;
  if (times !== undefined) spec.times = times;
  if (delayMs !== undefined) spec.delayMs = delayMs;
  if (retryAfterSeconds !== undefined) spec.retryAfterSeconds = retryAfterSeconds;
  if (message !== undefined) spec.message = message as string;
  if (path !== undefined) spec.path = path as FailurePath;
  return spec;
}
