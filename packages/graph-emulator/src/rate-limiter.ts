/**
 * At most `perSecond` admissions in any sliding second. It keeps the times of
 * the last `perSecond` admissions in a ring: the slot about to be overwritten
 * holds the oldest, and if that one is less than a second old the window is
 * full. O(1) per call, and no burst of twice the limit at a window boundary
 * as fixed windows allow.
 */
export class SlidingWindowLimiter {
  private readonly admittedAt: Float64Array;
  private next = 0;

  constructor(perSecond: number) {
    if (!Number.isInteger(perSecond) || perSecond < 1) throw new RangeError(`rateLimitPerSecond must be a positive integer, not ${perSecond}`);
    this.admittedAt = new Float64Array(perSecond).fill(-Infinity);
  }

  /** Admits a call at `now` (ms), or refuses it without counting it. */
  admit(now: number): boolean {
    if (now - this.admittedAt[this.next]! < 1000) return false;
    this.admittedAt[this.next] = now;
    this.next = (this.next + 1) % this.admittedAt.length;
    return true;
  }

  reset(): void {
    this.admittedAt.fill(-Infinity);
    this.next = 0;
  }
}
