import { PrismaMariaDb } from '@prisma/adapter-mariadb';
import { PrismaClient } from './generated/prisma/client.ts';
import { poolConfigFromUrl } from './database-url.ts';

export type Database = InstanceType<typeof PrismaClient>;

/**
 * The one way the apps get a Prisma client: on the mariadb driver adapter,
 * from DATABASE_URL. `connectionLimit` is the pool size when the URL does not
 * set one (`?connection_limit=`): the worker sizes it to its concurrency.
 *
 * The text protocol: with the adapter's default (binary protocol, and no
 * prepared-statement cache since cached statements leaked on the server),
 * every query is a PREPARE, an EXECUTE and a CLOSE, three commands where one
 * does; that cost the worker a fifth of its CPU in socket writes. Values
 * are escaped into the statement by the driver, never concatenated by us.
 * The binary protocol's advantage, exact DECIMAL and huge BIGINT values, does
 * not apply to this schema (ids stay far below 2^53, no DECIMAL columns).
 */
export function createPrismaClient(databaseUrl: string, options: { connectionLimit?: number } = {}): Database {
  return new PrismaClient({ adapter: new PrismaMariaDb(poolConfigFromUrl(databaseUrl, options), { useTextProtocol: true }) });
}
