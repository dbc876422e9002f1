import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { OpenAIEmulator, RecordedRequest } from '../src/index.ts';
import { callApi, clientFor, control, MODEL, useEmulator } from './helpers.ts';

const current = useEmulator();
let emulator: OpenAIEmulator;
beforeEach(() => {
  emulator = current();
});

const ask = async (): Promise<string | null> =>
  (await clientFor(emulator).chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'hello' }] })).choices[0]!.message.content;

test('GET /__emulator/requests lists what requests() holds', async () => {
  await ask();
  await callApi(emulator, '/models', { apiKey: null });
  const response = await control(emulator, '/requests');
  assert.equal(response.status, 200);
  const { requests } = response.body as { requests: RecordedRequest[] };
  assert.deepEqual(requests, JSON.parse(JSON.stringify(emulator.requests())));
  assert.deepEqual(
    requests.map((request) => [request.path, request.status]),
    [
      ['/v1/chat/completions', 200],
      ['/v1/models', 401],
    ],
  );
});

test('POST /__emulator/fail queues a failure; a malformed one is a 400 that says why', async () => {
  const queued = await control(emulator, '/fail', { status: 503, times: 2 });
  assert.equal(queued.status, 201);
  assert.deepEqual(queued.body, { queued: 1 });
  await assert.rejects(ask(), /503/);
  await assert.rejects(ask(), /503/);
  assert.equal(typeof (await ask()), 'string');

  const bad = await control(emulator, '/fail', { status: 'often' });
  assert.equal(bad.status, 400);
  assert.match((bad.body as { error: string }).error, /`status` must be/);
});

test('a delay queued over HTTP', async () => {
  assert.equal((await control(emulator, '/fail', { delayMs: 250 })).status, 201);
  const started = Date.now();
  await ask();
  assert.ok(Date.now() - started >= 240);
});

test('POST /__emulator/respond sets a fixed answer; {} restores the default', async () => {
  assert.deepEqual((await control(emulator, '/respond', { text: 'Tuko hapa kukusaidia.' })).body, { responder: 'fixed' });
  assert.equal(await ask(), 'Tuko hapa kukusaidia.');
  assert.deepEqual((await control(emulator, '/respond', {})).body, { responder: 'default' });
  assert.match((await ask()) ?? '', /^I'm sorry, I don't know/);
  const bad = await control(emulator, '/respond', { txt: 'typo' });
  assert.equal(bad.status, 400);
  assert.match((bad.body as { error: string }).error, /unknown field\(s\): txt/);
});

test('POST /__emulator/reset forgets requests and failures and restores the responder', async () => {
  await control(emulator, '/respond', { text: 'fixed' });
  await ask();
  await control(emulator, '/fail', { status: 500 });
  const reset = await fetch(new URL('/__emulator/reset', emulator.url), { method: 'POST' });
  assert.equal(reset.status, 200);
  assert.deepEqual(await reset.json(), { reset: true });
  assert.deepEqual(emulator.requests(), []);
  assert.match((await ask()) ?? '', /^I'm sorry/, 'no failure left, default responder back');
});

test('control paths need no API key and are not recorded; unknown ones are 404', async () => {
  assert.deepEqual((await control(emulator, '/health')).body, { status: 'ok', requests: 0 });
  const unknown = await control(emulator, '/nothing');
  assert.equal(unknown.status, 404);
  assert.deepEqual(unknown.body, { error: 'no control route GET /__emulator/nothing' });
  assert.deepEqual(emulator.requests(), []);
});
