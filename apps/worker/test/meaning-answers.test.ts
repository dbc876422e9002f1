import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { GraphEmulator } from '@ecitizen/graph-emulator';
import { startOpenAIEmulator, type OpenAIEmulator } from '@ecitizen/openai-emulator';
import { sqlQuery, type TestEnvironment } from '@ecitizen/testing';
import type { RunningWorker } from '../src/worker.ts';
import { ask, startKnowledgeWorker } from './support/in-process.ts';
import { citizen } from './support/pipeline.ts';
import { textEvent } from './support/webhook-events.ts';

// With OPENAI_EMBEDDING_MODEL: the dataset's embeddings are computed at
// import (as `pnpm kb:import` does), and a message the words do not answer
// is also searched by meaning. The emulator's embeddings are hashed words
// and letter triples: near in spelling, not in meaning, which is enough to
// see the signal travel; its quality needs a real model.
let env: TestEnvironment;
let graph: GraphEmulator;
let model: OpenAIEmulator;
let worker: RunningWorker;
let stop: () => Promise<void>;
const EMBEDDING_MODEL = 'text-embedding-3-small';
const UNSURE = 'me and 2 friends want to start a ltd company, how do we register it';
/** The choices offered for UNSURE with both searches, to compare with the words' alone. */
let fusedChoices: string[] = [];

before(async () => {
  model = await startOpenAIEmulator();
  ({ env, graph, worker, close: stop } = await startKnowledgeWorker({
    OPENAI_API_KEY: model.apiKey,
    OPENAI_BASE_URL: model.url,
    OPENAI_EMBEDDING_MODEL: EMBEDDING_MODEL,
    OPENAI_TIMEOUT_MS: '1500',
    OPENAI_MAX_RETRIES: '0',
  }));
});
beforeEach(() => model.reset());
after(async () => {
  await stop();
  await model.close();
});

const embeddingInputs = () => model.requests().filter((request) => request.path.endsWith('/embeddings')).map((request) => (request.body as { input: unknown }).input);

test('the import stored one embedding per entry, of the configured model', async () => {
  const [row] = await sqlQuery<{ entries: number; models: number; bytes: number }>(
    env.database.url,
    'SELECT COUNT(*) AS entries, COUNT(DISTINCT model) AS models, MIN(LENGTH(vector)) AS bytes FROM knowledge_embeddings',
  );
  const [documents] = await sqlQuery<{ count: number }>(
    env.database.url,
    'SELECT (SELECT COUNT(*) FROM kb_services) + (SELECT COUNT(*) FROM kb_faqs) + (SELECT COUNT(*) FROM kb_agencies) AS count',
  );
  assert.equal(Number(row!.entries), Number(documents!.count));
  assert.equal(Number(row!.models), 1);
  assert.equal(Number(row!.bytes), 256 * 4, 'the emulator\'s 256 dimensions as float32');
});

test('a message its words do not answer is searched by meaning too, and what both find is offered', async () => {
  const psid = citizen();
  const reply = await ask(worker, graph, psid, textEvent(psid, UNSURE));
  assert.deepEqual(embeddingInputs(), [[UNSURE]], 'the (redacted) message is embedded, once');
  assert.match(reply.text, /^I am not sure which service you need\. Is it one of these\?\n1\. Private Limited Company/);
  fusedChoices = (reply.quickReplies ?? []).map((choice) => choice.payload);
  assert.equal(fusedChoices[0], 'KB:service:8299bc285591', 'the words\' first choice stays first');
  assert.equal(fusedChoices.length, 4, 'three choices and "Talk to a person"');
  // The reply's sources are the entries offered, found by words or by meaning.
  const [stored] = await sqlQuery<{ details: unknown }>(env.database.url, "SELECT details FROM messages WHERE direction = 'outbound' AND kind = 'reply' ORDER BY id DESC LIMIT 1");
  const details = (typeof stored?.details === 'string' ? JSON.parse(stored.details) : stored?.details) as { sources: Array<{ id: string }> };
  const sources = details.sources.map((source) => `KB:${source.id}`);
  assert.deepEqual(sources, fusedChoices.slice(0, 3));
  const metrics = await (await fetch(`http://127.0.0.1:${worker.healthPort}/metrics`)).text();
  assert.match(metrics, /^ecz_meaning_searches_total\{result="found"\} [1-9]/m);
});

test('a message its words answer is not sent for embedding', async () => {
  const psid = citizen();
  await ask(worker, graph, psid, textEvent(psid, 'renew DL'));
  assert.deepEqual(embeddingInputs(), []);
});

test('when embeddings fail, what the words found is offered all the same', async () => {
  model.fail({ status: 500, path: 'embeddings', times: 1 });
  const psid = citizen();
  const reply = await ask(worker, graph, psid, textEvent(psid, UNSURE));
  assert.match(reply.text, /^I am not sure which service you need\. Is it one of these\?\n1\. Private Limited Company/);
  const wordsOnly = (reply.quickReplies ?? []).map((choice) => choice.payload);
  // What meaning added is gone; what the words found is still offered.
  assert.notDeepEqual(wordsOnly, fusedChoices);
  assert.equal(wordsOnly[0], fusedChoices[0]);
  const metrics = await (await fetch(`http://127.0.0.1:${worker.healthPort}/metrics`)).text();
  assert.match(metrics, /^ecz_meaning_searches_total\{result="failed"\} [1-9]/m);
});
