import { PrismaMariaDb } from '@prisma/adapter-mariadb';
import { PrismaClient } from './generated/prisma/client.ts';
import { poolConfigFromUrl } from './database-url.ts';

export type Database = InstanceType<typeof PrismaClient>;

/**
 * The one way the apps get a Prisma client: on the mariadb driver adapter,
 * from DATABASE_URL. `connectionLimit` is the pool size when the URL does not
 * set one (`?connection_limit=`): the worker sizes it to its concurrency.
 */
export function createPrismaClient(databaseUrl: string, options: { connectionLimit?: number } = {}): Database {
  return new PrismaClient({ adapter: new PrismaMariaDb(poolConfigFromUrl(databaseUrl, options)) });
}
