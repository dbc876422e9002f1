import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mariadb, { type Connection } from 'mariadb';
import { databaseName, poolConfigFromUrl } from './database-url.ts';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'prisma', 'migrations');

// Prisma's own bookkeeping table, created exactly as `prisma migrate deploy`
// creates it on MySQL, so that either tool sees what the other applied.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
  id                  VARCHAR(36) PRIMARY KEY NOT NULL,
  checksum            VARCHAR(64) NOT NULL,
  finished_at         DATETIME(3),
  migration_name      VARCHAR(255) NOT NULL,
  logs                TEXT,
  rolled_back_at      DATETIME(3),
  started_at          DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  applied_steps_count INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;

// The advisory lock name Prisma Migrate takes, so a `prisma migrate deploy`
// and this command never run at once against one database.
const LOCK_NAME = 'prisma_migrate';
const LOCK_TIMEOUT_SECONDS = 60;

export interface MigrateResult {
  database: string;
  createdDatabase: boolean;
  applied: string[];
  alreadyApplied: string[];
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Creates the database if it is missing and applies pending migrations in
 * name order, recording each in `_prisma_migrations` as Prisma does.
 * Safe to run from several processes at once: they queue on Prisma's lock.
 */
export async function migrate(
  databaseUrl: string,
  options: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const database = databaseName(databaseUrl);
  const createdDatabase = await ensureDatabase(databaseUrl, database);
  if (createdDatabase) log(`created database ${database}`);

  const connection = await mariadb.createConnection({ ...poolConfigFromUrl(databaseUrl), multipleStatements: true });
  try {
    const [lock] = await connection.query<Array<{ locked: number | null }>>('SELECT GET_LOCK(?, ?) AS locked', [LOCK_NAME, LOCK_TIMEOUT_SECONDS]);
    if (Number(lock?.locked) !== 1) throw new Error(`could not take the migration lock within ${LOCK_TIMEOUT_SECONDS}s: is another migration running?`);
    try {
      await connection.query(CREATE_MIGRATIONS_TABLE);
      const rows = await connection.query<AppliedRow[]>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at',
      );
      const result: MigrateResult = { database, createdDatabase, applied: [], alreadyApplied: [] };
      for (const migration of await readMigrations(migrationsDir)) {
        const records = rows.filter((row) => row.migration_name === migration.name && row.rolled_back_at === null);
        const done = records.find((row) => row.finished_at !== null);
        if (done) {
          if (done.checksum !== migration.checksum) {
            log(`warning: migration ${migration.name} was changed after it was applied (checksum differs)`);
          }
          result.alreadyApplied.push(migration.name);
          continue;
        }
        if (records.length > 0) {
          throw new Error(
            `migration ${migration.name} failed earlier and was not rolled back; fix the database, then mark it with ` +
              `\`prisma migrate resolve --rolled-back ${migration.name}\` (or delete its row from _prisma_migrations) and run again`,
          );
        }
        await applyMigration(connection, migration);
        log(`applied ${migration.name}`);
        result.applied.push(migration.name);
      }
      return result;
    } finally {
      await connection.query('SELECT RELEASE_LOCK(?)', [LOCK_NAME]);
    }
  } finally {
    await connection.end();
  }
}

async function ensureDatabase(databaseUrl: string, database: string): Promise<boolean> {
  const connection = await mariadb.createConnection(poolConfigFromUrl(databaseUrl, { database: false }));
  try {
    const existing = await connection.query<unknown[]>('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [database]);
    if (existing.length > 0) return false;
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    return true;
  } finally {
    await connection.end();
  }
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

async function readMigrations(dir: string): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(dir, name, 'migration.sql'), 'utf8');
      // Prisma's checksum: SHA-256 of the script, lower-case hex.
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

async function applyMigration(connection: Connection, migration: Migration): Promise<void> {
  const id = randomUUID();
  await connection.query(
    'INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, NOW(3), 0)',
    [id, migration.checksum, migration.name],
  );
  try {
    await connection.query(migration.sql);
  } catch (error) {
    await connection.query('UPDATE _prisma_migrations SET logs = ? WHERE id = ?', [String(error), id]);
    throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
  }
  await connection.query('UPDATE _prisma_migrations SET finished_at = NOW(3), applied_steps_count = 1 WHERE id = ?', [id]);
}
