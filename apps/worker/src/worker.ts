import { Redis } from 'ioredis';
import pino, { type Logger } from 'pino';
import type { Config } from '@ecitizen/config';
import { createPrismaClient, verifyConnection, type Database } from '@ecitizen/db';

export interface RunningWorker {
  db: Database;
  redis: Redis;
  log: Logger;
  /** Stops taking work, waits for what is in flight (at most `deadlineMs`), closes connections. */
  close(deadlineMs?: number): Promise<void>;
}

/**
 * Starts the worker process's connections. The Messenger jobs it will run
 * arrive in a later change; for now it proves both stores are reachable and
 * shuts down cleanly.
 */
export async function startWorker(config: Config, log: Logger = pino({ level: config.logLevel, name: 'worker' })): Promise<RunningWorker> {
  await verifyConnection(config.databaseUrl);
  const db = createPrismaClient(config.databaseUrl);
  await db.$queryRaw`SELECT 1`;
  // BullMQ workers need maxRetriesPerRequest: null (blocking commands must
  // wait across reconnects instead of failing).
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
  await redis.connect();
  await redis.ping();
  log.info({ database: new URL(config.databaseUrl).pathname.slice(1) }, 'worker ready: connected to MySQL and Redis');

  let closing: Promise<void> | null = null;
  return {
    db,
    redis,
    log,
    close(deadlineMs = 10_000) {
      closing ??= (async () => {
        const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
        const shutdown = Promise.allSettled([db.$disconnect(), redis.quit()]).then(() => undefined);
        await Promise.race([shutdown, deadline]);
      })();
      return closing;
    },
  };
}
