import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import { createPrismaClient, verifyConnection, type Database } from '@ecitizen/db';
import type { Config } from '@ecitizen/config';
import { connectRedis } from '../redis.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Database;
    redis: Redis;
  }
}

/** The configuration, MySQL (Prisma) and Redis, opened once and closed with the server. */
export const infrastructure = fp<{ config: Config }>(
  async (app, { config }) => {
    await verifyConnection(config.databaseUrl);
    const db = createPrismaClient(config.databaseUrl);
    const redis = await connectRedis(config.redisUrl);
    // ioredis reconnects by itself; without a listener its errors would be printed raw.
    redis.on('error', (error: Error) => app.log.warn({ err: error }, 'Redis connection error'));
    app.decorate('config', config);
    app.decorate('db', db);
    app.decorate('redis', redis);
    app.addHook('onClose', async () => {
      // quit() waits for a server that may be gone; disconnect() also stops reconnecting.
      await Promise.allSettled([db.$disconnect(), redis.status === 'ready' ? redis.quit() : redis.disconnect()]);
    });
  },
  { name: 'infrastructure' },
);
