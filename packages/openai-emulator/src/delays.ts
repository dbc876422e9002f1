/**
 * Sleeps for injected slow answers. They end early when the client hangs up
 * (its timeout fired: nothing is left to answer) and when the emulator
 * closes (a test that asked for a 60 s delay must not keep its process open
 * for a minute after it is done).
 */
export class Delays {
  private readonly pending = new Map<NodeJS.Timeout, () => void>();

  /** Resolves after `ms`, or as soon as `signal` aborts or cancelAll() is called. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.pending.delete(timer);
        signal?.removeEventListener('abort', finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.pending.set(timer, finish);
      signal?.addEventListener('abort', finish);
    });
  }

  cancelAll(): void {
    for (const finish of [...this.pending.values()]) finish();
  }
}
