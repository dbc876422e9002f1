import { randomBytes } from 'node:crypto';
import mariadb from 'mariadb';
import { DEFAULT_DATABASE_URL } from '@ecitizen/config';
import { migrate, poolConfigFromUrl, withDatabase } from '@ecitizen/db';

/** The server tests make their databases on: TEST_DATABASE_URL, else the local default. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? DEFAULT_DATABASE_URL;

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database with every migration applied, for one test file; drop it when done. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `ecz_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  // Small pools: a test run starts many api and worker processes against one server.
  const parsed = new URL(withDatabase(TEST_SERVER_URL, name));
  if (!parsed.searchParams.has('connection_limit')) parsed.searchParams.set('connection_limit', '8');
  const url = parsed.toString();
  await migrate(url);
  return {
    name,
    url,
    drop: () => dropDatabase(name),
  };
}

/** Drops a database of the test server if it exists. */
export async function dropDatabase(name: string): Promise<void> {
  const connection = await mariadb.createConnection(poolConfigFromUrl(TEST_SERVER_URL, { database: false }));
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}

/** Runs one SQL statement on a database (for assertions on what the apps stored). */
export async function sqlQuery<T>(databaseUrl: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const connection = await mariadb.createConnection(poolConfigFromUrl(databaseUrl));
  try {
    return (await connection.query(sql, values)) as T[];
  } finally {
    await connection.end();
  }
}
