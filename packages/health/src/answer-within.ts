/**
 * Rejects with "<what> did not answer within <ms> ms" if `promise` takes
 * longer, so a dependency that hangs (Redis, MySQL) cannot hold a request past
 * what its caller can wait. The promise itself runs on.
 */
export function answerWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
