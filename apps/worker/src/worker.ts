import { Redis } from 'ioredis';
import pino, { type Logger } from 'pino';
import type { Config } from '@ecitizen/config';
import { createPrismaClient, verifyConnection, type Database } from '@ecitizen/db';
import { startHealthServer } from './health-server.ts';

export interface RunningWorker {
  db: Database;
  redis: Redis;
  log: Logger;
  /** The port of /healthz and /readyz. */
  healthPort: number;
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
  const health = await startHealthServer(
    {
      async ready() {
        await db.$queryRaw`SELECT 1`.catch((error: unknown) => {
          throw new Error(`MySQL: ${(error as Error).message}`);
        });
        await redis.ping().catch((error: unknown) => {
          throw new Error(`Redis: ${(error as Error).message}`);
        });
      },
    },
    config.host,
    config.workerHealthPort,
  );
  log.info(
    { database: new URL(config.databaseUrl).pathname.slice(1), healthPort: health.port },
    'worker ready: connected to MySQL and Redis',
  );

  let closing: Promise<void> | null = null;
  return {
    db,
    redis,
    log,
    healthPort: health.port,
    close(deadlineMs = 10_000) {
      closing ??= (async () => {
        const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
        const shutdown = Promise.allSettled([
          new Promise<void>((resolve) => health.server.close(() => resolve())),
          db.$disconnect(),
          redis.quit(),
        ]).then(() => undefined);
        await Promise.race([shutdown, deadline]);
      })();
      return closing;
    },
  };
}
