import { codesOf, GRAPH_ERROR_KINDS } from './graph-errors.ts';
import { isRecord } from './request-fields.ts';
import { CALL_KINDS, type CallKind, type FailureSpec, type FailureTarget, type GraphErrorKind } from './types.ts';

/** Longer than any client timeout worth testing; a typo'd hour would otherwise hang a test run. */
export const MAX_DELAY_MS = 120_000;

const TARGET_KEYS = ['times', 'recipientId', 'kinds'];
const ERROR_KEYS = new Set(['error', 'code', ...TARGET_KEYS]);
const DELAY_KEYS = new Set(['delayMs', ...TARGET_KEYS]);

function isErrorKind(value: unknown): value is GraphErrorKind {
  return typeof value === 'string' && (GRAPH_ERROR_KINDS as string[]).includes(value);
}

function isCallKind(value: unknown): value is CallKind {
  return typeof value === 'string' && (CALL_KINDS as string[]).includes(value);
}

/**
 * Checks a failure spec, which may come from another process over HTTP, and
 * says exactly what is wrong: a misspelt field that was silently ignored
 * would make a test fail somewhere far from its cause.
 */
export function parseFailureSpec(input: unknown): FailureSpec {
  if (!isRecord(input)) throw new TypeError('a failure spec is an object with `error` or `delayMs`');
  const hasError = 'error' in input;
  if (hasError === 'delayMs' in input) throw new TypeError('a failure spec has exactly one of `error` and `delayMs`');

  const allowed = hasError ? ERROR_KEYS : DELAY_KEYS;
  const unknown = Object.keys(input).filter((key) => !allowed.has(key));
  if (unknown.length > 0) throw new TypeError(`unknown field(s) in failure spec: ${unknown.join(', ')}`);

  const { times, recipientId, kinds } = input;
  if (times !== undefined && !(typeof times === 'number' && times >= 1 && (Number.isInteger(times) || times === Infinity))) {
    throw new TypeError('`times` must be a positive integer (or Infinity)');
  }
  if (recipientId !== undefined && (typeof recipientId !== 'string' || recipientId === '')) {
    throw new TypeError('`recipientId` must be a non-empty string');
  }
  if (kinds !== undefined && !(Array.isArray(kinds) && kinds.length > 0 && kinds.every(isCallKind))) {
    throw new TypeError(`\`kinds\` must be a non-empty array of: ${CALL_KINDS.join(', ')}`);
  }

  // A fresh object of the checked fields, so a caller reusing its spec cannot change a queued failure.
  const target: FailureTarget = {};
  if (times !== undefined) target.times = times;
  if (recipientId !== undefined) target.recipientId = recipientId;
  if (kinds !== undefined) target.kinds = [...kinds];

  if (!hasError) {
    const { delayMs } = input;
    if (typeof delayMs !== 'number' || !Number.isFinite(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS) {
      throw new TypeError(`\`delayMs\` must be a number of milliseconds from 0 to ${MAX_DELAY_MS}`);
    }
    return { delayMs, ...target };
  }

  const { error, code } = input;
  if (error !== 'reset' && !isErrorKind(error)) {
    throw new TypeError(`\`error\` must be one of: ${[...GRAPH_ERROR_KINDS, 'reset'].join(', ')}`);
  }
  if (code !== undefined) {
    const codes = error === 'reset' ? [] : codesOf(error);
    if (typeof code !== 'number' || !codes.includes(code)) {
      throw new TypeError(codes.length > 1 ? `\`code\` of ${error} must be one of: ${codes.join(', ')}` : `${error} takes no \`code\``);
    }
  }
  if (error === 'reset') return { error, ...target };
  return code === undefined ? { error, ...target } : { error, code, ...target };
}
