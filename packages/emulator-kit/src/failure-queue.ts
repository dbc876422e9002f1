interface Queued<Spec> {
  spec: Spec;
  remaining: number;
}

/**
 * Failures an emulator was told to produce, waiting for their requests. Each
 * request takes the first queued failure that matches it, so failures added
 * in order happen in order; one that has failed its `times` requests leaves
 * the queue. What a failure is and what it matches is the emulator's own.
 */
export class FailureQueue<Spec extends { times?: number }> {
  private queued: Array<Queued<Spec>> = [];

  /** `parse` checks what a test or the control API sent, throwing a TypeError that says what is wrong. */
  constructor(private readonly parse: (input: unknown) => Spec) {}

  get size(): number {
    return this.queued.length;
  }

  add(input: unknown): void {
    const spec = this.parse(input);
    this.queued.push({ spec, remaining: spec.times ?? 1 });
  }

  /** The first queued failure that `matches`, using up one of its times. */
  take(matches: (spec: Spec) => boolean): Spec | undefined {
    // The common case, every request of a benchmark: nothing queued, nothing to scan.
    if (this.queued.length === 0) return undefined;
    const index = this.queued.findIndex(({ spec }) => matches(spec));
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
