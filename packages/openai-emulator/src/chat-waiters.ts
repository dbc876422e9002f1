interface Waiter {
  count: number;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * Callers of waitForChatRequests, woken when the number of chat requests
 * answered reaches theirs. Each waiter holds only a target count; the log
 * is read once, when it is woken.
 */
export class ChatWaiters {
  private readonly waiting = new Set<Waiter>();

  /** Resolves once `current()` reaches `count`; rejects after `timeoutMs` with `describe()`'s message. */
  wait(count: number, timeoutMs: number, current: () => number, describe: () => string): Promise<void> {
    if (current() >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        count,
        resolve: () => {
          clearTimeout(timer);
          this.waiting.delete(waiter);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          this.waiting.delete(waiter);
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.reject(new Error(describe())), timeoutMs);
      this.waiting.add(waiter);
    });
  }

  /** The count went up to `current`. */
  notify(current: number): void {
    // Waiters remove themselves while notified; a Set's iteration tolerates that.
    for (const waiter of this.waiting) if (current >= waiter.count) waiter.resolve();
  }

  /** The emulator is closing: nobody will be answered any more. */
  rejectAll(reason: string): void {
    for (const waiter of this.waiting) waiter.reject(new Error(reason));
  }
}
