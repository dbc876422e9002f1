import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createPrismaClient, type Database } from '@ecitizen/db';
import { createTestEnvironment, sqlQuery, type TestEnvironment } from '@ecitizen/testing';
import { readDataset } from '../src/dataset/index.ts';
import { importDataset, KnowledgeBase } from '../src/store/index.ts';
import { kbDir } from './helpers.ts';
import { writeMalformedDataset } from './malformed-dataset.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let env: TestEnvironment;
let db: Database;

before(async () => {
  env = await createTestEnvironment();
  db = createPrismaClient(env.database.url, { connectionLimit: 4 });
});
after(async () => {
  await db.$disconnect();
  await env.cleanup();
});

const count = async (table: string) => Number((await sqlQuery<{ n: bigint }>(env.database.url, `SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);
const revision = async () => (await db.knowledgeState.findUnique({ where: { id: 1 } }))?.datasetRevision ?? 0;

/** `pnpm kb:import <dir>` as a user runs it. */
function importCommand(dir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'packages/knowledge/src/cli/import.ts', dir], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: env.database.url, INIT_CWD: root },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('importing the dataset', () => {
  test('loads every readable row, keeping the dataset ids; a second import changes nothing', async () => {
    const dataset = await readDataset(kbDir);
    const first = await importDataset(db, dataset);
    assert.equal(first.services.inserted, dataset.services.length);
    assert.equal(first.agencies.inserted, 286);
    assert.equal(first.faqs.inserted, 15);
    assert.equal(await count('kb_services'), dataset.services.length);
    const [passport] = await sqlQuery<{ name: string; url: string }>(env.database.url, "SELECT name, url FROM kb_services WHERE external_id = 'e7ec53358aa8'");
    assert.equal(passport!.name, 'Passport Application');
    assert.equal(await revision(), 1);

    const second = await importDataset(db, await readDataset(kbDir));
    for (const table of ['ministries', 'departments', 'agencies', 'services', 'faqs'] as const) {
      assert.deepEqual({ ...second[table] }, { inserted: 0, updated: 0, unchanged: dataset[table].length, notInRelease: 0 }, table);
    }
    assert.equal(await count('kb_services'), dataset.services.length, 'no duplicates');
    assert.equal(await revision(), 1, 'nothing changed: running processes keep their index');
  });

  test('a new release updates what changed, keeps what it dropped, and running indexes follow it', async () => {
    const base = await KnowledgeBase.open(db);
    const release = mkdtempSync(join(tmpdir(), 'kb-release-'));
    try {
      cpSync(kbDir, release, { recursive: true });
      const faqs = readFileSync(join(release, 'faqs.csv'), 'utf8').split('\n');
      // Reword one FAQ's question and drop another.
      faqs[1] = faqs[1]!.replace('Who can use eCitizen?', 'Who is allowed to use eCitizen?');
      const dropped = faqs.splice(2, 1)[0]!.split(',')[0]!;
      writeFileSync(join(release, 'faqs.csv'), faqs.join('\n'));
      const summary = await importDataset(db, await readDataset(release));
      assert.equal(summary.faqs.updated, 1);
      assert.equal(summary.faqs.notInRelease, 1);
      assert.equal(await count(`kb_faqs WHERE external_id = '${dropped}'`), 1, 'kept: turns may cite it');
      assert.equal(await revision(), 2);
      await base.refresh();
      assert.equal(base.search('who is allowed to use ecitizen', { kinds: ['faq'] })[0]?.title, 'Who is allowed to use eCitizen?');
    } finally {
      base.close();
      rmSync(release, { recursive: true, force: true });
    }
  });
});

describe('pnpm kb:import', () => {
  test('shows progress and a summary, and reports malformed rows by line while loading the rest', async () => {
    const malformed = await writeMalformedDataset();
    const result = importCommand(malformed);
    rmSync(malformed, { recursive: true, force: true });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /services\.csv: \d+ rows read/);
    assert.match(result.stdout, /services: \d+\/\d+/);
    assert.match(result.stdout, /imported in [\d.]+ s:/);
    assert.match(result.stdout, /row\(s\) skipped:/);
    assert.match(result.stdout, /services\.csv:3: /, 'the line of the row with too few columns');
    assert.equal(await count("kb_services WHERE external_id = 'eeeeeeeeeee1'"), 1, 'the good rows are loaded');
  });

  test('a directory that is not the dataset is a clear error and exit code 1; no argument is a usage error', () => {
    const missing = importCommand('/no/such/dataset');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot import: .*\/no\/such\/dataset/);
    const bare = spawnSync(process.execPath, ['--import', 'tsx', 'packages/knowledge/src/cli/import.ts'], { cwd: root, encoding: 'utf8' });
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /usage: pnpm kb:import <dataset dir>/);
  });
});
