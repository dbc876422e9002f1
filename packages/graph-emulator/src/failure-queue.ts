import { graphError, type GraphError } from './graph-errors.ts';
import { parseFailureSpec } from './failure-spec.ts';
import type { CallKind, FailureSpec } from './types.ts';

/** What to do to a call instead of (or before) answering it normally. */
export type FailureAction = { type: 'error'; error: GraphError } | { type: 'reset' } | { type: 'delay'; ms: number };

interface QueuedFailure {
  spec: FailureSpec;
  remaining: number;
}

/**
 * Failures waiting for their calls. Each call takes the first queued failure
 * that matches it, so failures added in order happen in order; one that has
 * failed its `times` calls leaves the queue.
 */
export class FailureQueue {
  private queued: QueuedFailure[] = [];

  get size(): number {
    return this.queued.length;
  }

  /** Queues a failure; throws a TypeError saying what is wrong with a malformed spec. */
  add(input: unknown): void {
    const spec = parseFailureSpec(input);
    this.queued.push({ spec, remaining: spec.times ?? 1 });
  }

  /** The failure for this call, if one is queued for it; consumes one of its times. */
  take(kind: CallKind, recipientId: string | undefined): FailureAction | undefined {
    // The common case, every call of a benchmark: nothing queued, nothing to scan.
    if (this.queued.length === 0) return undefined;
    const index = this.queued.findIndex(({ spec }) => matches(spec, kind, recipientId));
    if (index === -1) return undefined;
    const failure = this.queued[index]!;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.queued.splice(index, 1);
    return toAction(failure.spec);
  }

  clear(): void {
    this.queued = [];
  }
}

function matches(spec: FailureSpec, kind: CallKind, recipientId: string | undefined): boolean {
  if (spec.kinds !== undefined && !spec.kinds.includes(kind)) return false;
  return spec.recipientId === undefined || spec.recipientId === recipientId;
}

function toAction(spec: FailureSpec): FailureAction {
  if ('delayMs' in spec) return { type: 'delay', ms: spec.delayMs };
  if (spec.error === 'reset') return { type: 'reset' };
  return { type: 'error', error: graphError(spec.error, spec.code) };
}
