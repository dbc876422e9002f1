import type { RedisOptions } from 'bullmq';

/**
 * ioredis options for BullMQ from a redis:// URL.
 * - `worker`: blocking commands must wait across reconnects
 *   (maxRetriesPerRequest: null), as BullMQ requires for workers.
 * - `producer`: fail fast while Redis is away (no offline queue), so the
 *   webhook can fall back to MySQL at once instead of hanging.
 */
export function redisConnectionOptions(url: string, role: 'worker' | 'producer'): RedisOptions {
  const parsed = new URL(url);
  const options: RedisOptions = {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  if (role === 'worker') return { ...options, maxRetriesPerRequest: null };
  return { ...options, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
}
