import { PrismaMariaDb } from '@prisma/adapter-mariadb';
import { PrismaClient } from './generated/prisma/client.ts';
import { poolConfigFromUrl } from './database-url.ts';

export type Database = InstanceType<typeof PrismaClient>;

/** The one way the apps get a Prisma client: on the mariadb driver adapter, from DATABASE_URL. */
export function createPrismaClient(databaseUrl: string): Database {
  return new PrismaClient({ adapter: new PrismaMariaDb(poolConfigFromUrl(databaseUrl)) });
}
