import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { after, before, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadModelSettings } from '@ecitizen/config';
import { createPrismaClient, type Database } from '@ecitizen/db';
import { startOpenAIEmulator, type OpenAIEmulator } from '@ecitizen/openai-emulator';
import { createTestEnvironment, sqlQuery, waitUntil, type TestEnvironment } from '@ecitizen/testing';
import type { KnowledgeDocument, SearchResult } from '../src/index.ts';
import { cosine, createEmbedder, fromBytes, fuseRankings, loadEmbeddings, normalised, syncEmbeddings, toBytes, type Embedder } from '../src/semantic/index.ts';
import { KnowledgeBase } from '../src/store/index.ts';
import { writeMalformedDataset } from './malformed-dataset.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);
const MODEL = 'text-embedding-3-small';

describe('vectors', () => {
  test('are scaled to length 1, so that a dot product is a cosine', () => {
    const vector = normalised([3, 4]);
    assert.deepEqual([...vector].map((value) => Math.round(value * 1000) / 1000), [0.6, 0.8]);
    assert.ok(Math.abs(cosine(vector, vector) - 1) < 1e-6);
    assert.equal(cosine(vector, normalised([1, 2, 3])), 0, 'different dimensions never compare');
    assert.deepEqual([...normalised([0, 0])], [0, 0]);
  });

  test('go to bytes and back unchanged', () => {
    const vector = normalised([1, -2, 3.5, 0.25]);
    assert.deepEqual(fromBytes(toBytes(vector)), vector);
  });
});

describe('fuseRankings', () => {
  const result = (externalId: string): SearchResult => ({ kind: 'service', externalId, title: externalId, url: null, agency: null, score: 0, confidence: 0, knownCoverage: 0, evidence: 0, snippet: '', body: '' });
  test('an entry high in both rankings comes first; one high in either still comes early', () => {
    const fused = fuseRankings([[result('a'), result('b'), result('c')], [result('d'), result('b'), result('e')]], 4);
    assert.deepEqual(fused.map((entry) => entry.externalId), ['b', 'a', 'd', 'c']);
  });
});

describe('embeddings in MySQL, through the OpenAI-compatible emulator', () => {
  let env: TestEnvironment;
  let db: Database;
  let model: OpenAIEmulator;
  let embedder: Embedder;
  const settings = () => ({ OPENAI_API_KEY: model.apiKey, OPENAI_BASE_URL: model.url, OPENAI_EMBEDDING_MODEL: MODEL, OPENAI_MAX_RETRIES: '0' });
  const embeddingCalls = () => model.requests().filter((request) => request.path.endsWith('/embeddings'));
  const rows = async () => Number((await sqlQuery<{ n: bigint }>(env.database.url, 'SELECT COUNT(*) AS n FROM knowledge_embeddings'))[0]!.n);

  /** `pnpm kb:import <dir>` as a user runs it, without blocking the emulator in this process. */
  const importCommand = async (dir: string, extra: Record<string, string> = {}) =>
    run(process.execPath, ['--import', 'tsx', 'packages/knowledge/src/cli/import.ts', dir], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: env.database.url, INIT_CWD: root, ...settings(), ...extra },
      encoding: 'utf8',
      timeout: 120_000,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  before(async () => {
    env = await createTestEnvironment();
    db = createPrismaClient(env.database.url, { connectionLimit: 4 });
    model = await startOpenAIEmulator();
    embedder = createEmbedder(loadModelSettings(settings()))!;
  });
  beforeEach(() => model.reset());
  after(async () => {
    await db.$disconnect();
    await model.close();
    await env.cleanup();
  });

  test('pnpm kb:import computes the embeddings with progress, and a second import sends nothing', async () => {
    const dir = await writeMalformedDataset();
    try {
      const first = await importCommand(dir);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, new RegExp(`embedding with ${MODEL}\\n  embeddings: 0/(\\d+)\\n`));
      const computed = Number(/embeddings \(text-embedding-3-small\) in [\d.]+ s: (\d+) computed, 0 unchanged, 0 removed/.exec(first.stdout)?.[1]);
      assert.ok(computed > 0, first.stdout);
      assert.equal(await rows(), computed);
      assert.ok(embeddingCalls().length >= 1);

      model.reset();
      const second = await importCommand(dir);
      assert.equal(second.code, 0, second.stderr);
      assert.match(second.stdout, new RegExp(`: 0 computed, ${computed} unchanged, 0 removed`));
      assert.equal(embeddingCalls().length, 0, 'nothing changed, nothing sent');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('when the embedding model fails, the import says the data is in and exits 1; bad settings are a usage error', async () => {
    const dir = await writeMalformedDataset();
    try {
      await db.knowledgeEmbedding.deleteMany({});
      model.fail({ status: 500, path: 'embeddings', times: 5 });
      const failed = await importCommand(dir);
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /the dataset is imported, but embeddings failed: .+ Search works without them; run the import again to retry\./);
      const misconfigured = await importCommand(dir, { OPENAI_TIMEOUT_MS: 'soon' });
      assert.equal(misconfigured.code, 2);
      assert.match(misconfigured.stderr, /OPENAI_TIMEOUT_MS must be a whole number/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('only new or changed entries are embedded; with the full list, the rows of entries gone are removed', async () => {
    const doc = (externalId: string, title: string): KnowledgeDocument => ({ kind: 'service', externalId, title, url: null, agency: 'Test Agency', body: '', context: '', language: 'en', tags: [] });
    await db.knowledgeEmbedding.deleteMany({});
    const documents = [doc('s1', 'Passport Application'), doc('s2', 'Driving Licence Renewal'), doc('s3', 'Business Name Registration')];
    assert.deepEqual(await syncEmbeddings(db, documents, embedder), { embedded: 3, unchanged: 0, removed: 0 });
    const changed = [documents[0]!, doc('s2', 'Smart Driving Licence Renewal')];
    assert.deepEqual(await syncEmbeddings(db, changed, embedder, { complete: true }), { embedded: 1, unchanged: 1, removed: 1 });
    const vectors = await loadEmbeddings(db, MODEL);
    assert.deepEqual([...vectors.keys()].sort(), ['service:s1', 'service:s2']);
    assert.ok(Math.abs(cosine(vectors.get('service:s1')!, vectors.get('service:s1')!) - 1) < 1e-5, 'stored at length 1');
    assert.equal((await loadEmbeddings(db, 'another-model')).size, 0, 'each model its own vectors');
  });

  test('a knowledge base with an embedder finds entries by meaning, and embeds an article when it changes', async () => {
    await db.knowledgeEmbedding.deleteMany({});
    const dir = await writeMalformedDataset();
    try {
      assert.equal((await importCommand(dir)).code, 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const base = await KnowledgeBase.open(db, { embedder });
    try {
      assert.equal(base.semantic, true);
      const [best] = await base.searchByMeaning('test permit application', { limit: 3 });
      assert.equal(best?.externalId, 'eeeeeeeeeee1');
      assert.ok((best?.similarity ?? 0) > 0.5, String(best?.similarity));
      assert.equal(best?.confidence, 0, 'meaning alone is never confidence');

      const article = await db.knowledgeArticle.create({ data: { question: 'Where is the huduma centre in Kisumu?', answer: 'At Prosperity House.', links: [], language: 'en', tags: [] } });
      base.applyArticle(article);
      await waitUntil(async () => (await base.searchByMeaning('huduma centre kisumu', { limit: 1 }))[0]?.kind === 'article');
      assert.equal(await sqlQuery<{ n: bigint }>(env.database.url, "SELECT COUNT(*) AS n FROM knowledge_embeddings WHERE kind = 'article'").then((r) => Number(r[0]!.n)), 1);
    } finally {
      base.close();
    }
    const without = await KnowledgeBase.open(db);
    assert.equal(without.semantic, false);
    assert.deepEqual(await without.searchByMeaning('test permit'), []);
    without.close();
  });
});
