import { Redis } from 'ioredis';

/**
 * A Redis connection for request-time work (revocation checks, rate limits).
 * It fails fast while disconnected instead of queueing commands, so a request
 * is never left hanging on a Redis outage: callers fall back or answer 503.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
  });
  await redis.connect();
  return redis;
}
