import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import mariadb from 'mariadb';
import { DEFAULT_DATABASE_URL } from '@ecitizen/config';
import { databaseName, migrate, MIGRATIONS_DIR, poolConfigFromUrl, withDatabase } from '../src/index.ts';

// @ecitizen/testing builds on this package, so the server is named here directly.
const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? DEFAULT_DATABASE_URL;
const created: string[] = [];
function freshUrl(): string {
  const name = `ecz_migrate_${process.pid}_${created.length}_${Date.now() % 100000}`;
  created.push(name);
  return withDatabase(TEST_SERVER_URL, name);
}

async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T> {
  const connection = await mariadb.createConnection(poolConfigFromUrl(url));
  try {
    return await connection.query<T>(sql, values);
  } finally {
    await connection.end();
  }
}

after(async () => {
  const connection = await mariadb.createConnection(poolConfigFromUrl(TEST_SERVER_URL, { database: false }));
  for (const name of created) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.end();
});

test('creates the database, applies every migration and records them as Prisma does', async () => {
  const url = freshUrl();
  const result = await migrate(url);
  assert.equal(result.createdDatabase, true);
  const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  assert.deepEqual(result.applied, folders);

  const rows = await query<Array<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>>(
    url,
    'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
  );
  assert.equal(rows.length, folders.length);
  for (const [i, row] of rows.entries()) {
    const sql = await readFile(join(MIGRATIONS_DIR, folders[i]!, 'migration.sql'));
    assert.equal(row.migration_name, folders[i]);
    assert.equal(row.checksum, createHash('sha256').update(sql).digest('hex'));
    assert.ok(row.finished_at instanceof Date);
    assert.equal(row.rolled_back_at, null);
    assert.equal(Number(row.applied_steps_count), 1);
  }
  const tables = await query<Array<Record<string, string>>>(url, 'SHOW TABLES');
  const names = tables.map((row) => Object.values(row)[0]);
  for (const table of ['users', 'token_families', 'revoked_tokens', '_prisma_migrations']) assert.ok(names.includes(table), table);
});

test('running again applies nothing', async () => {
  const url = freshUrl();
  await migrate(url);
  const again = await migrate(url);
  assert.equal(again.createdDatabase, false);
  assert.deepEqual(again.applied, []);
  assert.ok(again.alreadyApplied.length > 0);
});

test('several processes migrating at once apply each migration once', async () => {
  const url = freshUrl();
  await migrate(url, { migrationsDir: await emptyMigrations() }); // create the database first
  const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
  const applied = results.flatMap((result) => result.applied);
  const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).length;
  assert.equal(applied.length, folders);
  const [row] = await query<Array<{ n: bigint }>>(url, 'SELECT COUNT(*) AS n FROM _prisma_migrations');
  assert.equal(Number(row!.n), folders);
});

test('a failing migration is recorded, stops the run, and blocks later runs until resolved', async () => {
  const url = freshUrl();
  const dir = await mkdtemp(join(tmpdir(), 'ecz-migrations-'));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  await mkdir(join(dir, '29991231000000_broken'));
  await writeFile(join(dir, '29991231000000_broken', 'migration.sql'), 'CREATE TABLE `oops` (`id` INTEGER NOT NULL);\nALTER TABLE `no_such_table` ADD COLUMN `x` INTEGER;\n');
  await assert.rejects(migrate(url, { migrationsDir: dir }), /migration 29991231000000_broken failed: .*no_such_table/);
  const [failed] = await query<Array<{ finished_at: Date | null; logs: string }>>(url, "SELECT finished_at, logs FROM _prisma_migrations WHERE migration_name = '29991231000000_broken'");
  assert.equal(failed!.finished_at, null);
  assert.match(failed!.logs, /no_such_table/);
  await assert.rejects(migrate(url, { migrationsDir: dir }), /failed earlier and was not rolled back/);
});

test('the database name is checked before it is used in SQL', () => {
  assert.throws(() => databaseName('mysql://root@127.0.0.1:3306/bad`name'), /must name a database/);
  assert.equal(databaseName('mysql://root@127.0.0.1:3306/ecitizen_chatbot?connection_limit=5'), 'ecitizen_chatbot');
});

async function emptyMigrations(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'ecz-empty-'));
}
