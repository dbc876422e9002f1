import mariadb from 'mariadb';
import { poolConfigFromUrl } from './database-url.ts';

/**
 * Opens and closes one plain connection, so that a wrong password, an unknown
 * database or a server that is down is reported as itself. Through the Prisma
 * pool the same faults only surface as "pool timeout ... active=0 idle=0".
 */
export async function verifyConnection(databaseUrl: string): Promise<void> {
  const config = poolConfigFromUrl(databaseUrl);
  let connection: mariadb.Connection | undefined;
  try {
    connection = await mariadb.createConnection({ ...config, connectTimeout: 5000 });
  } catch (error) {
    const hint = /Unknown database/i.test(String(error)) ? ' (create it and its tables with `pnpm db:migrate`)' : '';
    throw new Error(`cannot connect to MySQL at ${config.host}:${config.port}/${config.database}: ${(error as Error).message}${hint}`, {
      cause: error,
    });
  } finally {
    await connection?.end();
  }
}
