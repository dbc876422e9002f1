import type { Redis } from 'ioredis';

/** How often a worker says it is alive, and how old its last word may be for the system to count as ready. */
export const HEARTBEAT_INTERVAL_MS = 5000;
export const HEARTBEAT_FRESH_MS = 30_000;

const key = (redisPrefix: string) => `${redisPrefix}worker-heartbeats`;

/**
 * Records that a worker process is alive (a sorted set of worker ids by last
 * beat), so that the api's readiness can tell "nobody is answering citizens"
 * from "the queue is just busy".
 */
export async function beat(redis: Redis, redisPrefix: string, workerId: string, now = Date.now()): Promise<void> {
  await redis.multi().zadd(key(redisPrefix), now, workerId).zremrangebyscore(key(redisPrefix), 0, now - 10 * HEARTBEAT_FRESH_MS).exec();
}

/** Workers heard from within HEARTBEAT_FRESH_MS. */
export async function liveWorkers(redis: Redis, redisPrefix: string, now = Date.now()): Promise<number> {
  return redis.zcount(key(redisPrefix), now - HEARTBEAT_FRESH_MS, '+inf');
}

/** A worker that stops on purpose leaves at once, rather than after the freshness window. */
export async function leave(redis: Redis, redisPrefix: string, workerId: string): Promise<void> {
  await redis.zrem(key(redisPrefix), workerId);
}
