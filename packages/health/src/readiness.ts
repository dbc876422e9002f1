import { answerWithin } from './answer-within.ts';

/** One dependency's state: whether it answered, and what it said or why not. */
export interface Check {
  ok: boolean;
  detail: string;
}

/** A probe resolves with a short description when its dependency works, and rejects otherwise. */
export type Probe = () => Promise<string>;

export interface Readiness<K extends string> {
  ready: boolean;
  checks: Record<K, Check>;
}

/**
 * Runs every probe at once, each bounded by `timeoutMs`: a dependency that
 * hangs (a MySQL behind a dead network path holds a query until the pool's
 * acquire timeout, 15 s) must count as down within what an orchestrator's
 * probe waits, not keep the answer for its whole timeout.
 */
export async function checkReadiness<K extends string>(probes: Record<K, Probe>, timeoutMs: number): Promise<Readiness<K>> {
  const names = Object.keys(probes) as K[];
  const results = await Promise.all(
    names.map(async (name): Promise<Check> => {
      try {
        return { ok: true, detail: await answerWithin(probes[name](), timeoutMs, name) };
      } catch (error) {
        return { ok: false, detail: (error as Error).message };
      }
    }),
  );
  const checks = Object.fromEntries(names.map((name, i) => [name, results[i]])) as Record<K, Check>;
  return { ready: results.every((result) => result.ok), checks };
}

/** What the store probes need of a Prisma client and an ioredis connection. */
export interface Stores {
  db: { $queryRawUnsafe(query: string): PromiseLike<unknown> };
  redis: { ping(): Promise<unknown> };
}

/** The probes the api and the worker both run: MySQL answers a query, Redis a PING. */
export function storeProbes({ db, redis }: Stores): { mysql: Probe; redis: Probe } {
  return {
    mysql: async () => {
      await db.$queryRawUnsafe('SELECT 1');
      return 'answers';
    },
    redis: async () => {
      await redis.ping();
      return 'answers';
    },
  };
}
