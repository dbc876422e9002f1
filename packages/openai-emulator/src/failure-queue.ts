import { parseFailureSpec } from './failure-spec.ts';
import type { FailurePath, FailureSpec } from './types.ts';

/** The endpoint a request went to, as failures target them; 'other' is only ever hit by path 'any'. */
export type Endpoint = Exclude<FailurePath, 'any'> | 'other';

interface QueuedFailure {
  spec: FailureSpec;
  remaining: number;
}

/**
 * Failures waiting for their requests. Each request takes the first queued
 * failure that matches it, so failures added in order happen in order; one
 * that has failed its `times` requests leaves the queue.
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

  /** The failure for a request to `endpoint`, if one is queued; uses up one of its times. */
  take(endpoint: Endpoint): FailureSpec | undefined {
    if (this.queued.length === 0) return undefined;
    const index = this.queued.findIndex(({ spec }) => spec.path === undefined || spec.path === 'any' || spec.path === endpoint);
    if (index === -1) return undefined;
    const failure = this.queued[index]!;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.queued.splice(index, 1);
    return failure.spec;
  }

  clear(): void {
    this.queued = [];
  }
}
