import type { RedisOptions } from 'bullmq';

/**
 * ioredis options for BullMQ workers from a redis:// URL: blocking commands
 * must wait across reconnects (maxRetriesPerRequest: null), as BullMQ
 * requires. Producers that must fail fast (the webhook) use their own
 * connection without an offline queue instead.
 */
export function redisConnectionOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}
