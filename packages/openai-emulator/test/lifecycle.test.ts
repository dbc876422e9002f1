import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { startOpenAIEmulator } from '../src/index.ts';
import { clientFor, MODEL } from './helpers.ts';

/** Whether something can listen on the port: the test that close() really let go of it. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

test('close() frees the port, even with a client connection kept alive', async () => {
  const emulator = await startOpenAIEmulator();
  const port = Number(new URL(emulator.url).port);
  assert.equal(new URL(emulator.url).pathname, '/v1');
  await clientFor(emulator).models.list();
  assert.equal(await portIsFree(port), false);

  await emulator.close();
  assert.equal(await portIsFree(port), true);
  await assert.rejects(fetch(`${emulator.url}/models`), /fetch failed/);

  const again = await startOpenAIEmulator({ port });
  assert.equal(again.url, emulator.url);
  await again.close();
});

test('close() does not wait out injected delays, and ends waits', async () => {
  const emulator = await startOpenAIEmulator();
  emulator.fail({ delayMs: 60_000 });
  const pending = clientFor(emulator).chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'hi' }] }).catch((error: unknown) => error);
  const waiting = emulator.waitForChatRequests(5, 60_000);
  await new Promise((resolve) => setTimeout(resolve, 100));

  const started = Date.now();
  await emulator.close();
  assert.ok(Date.now() - started < 2000, `closed in ${Date.now() - started} ms`);
  await assert.rejects(waiting, /closed while waiting for chat requests/);
  await pending;
});

test('host, port and apiKey options', async () => {
  const emulator = await startOpenAIEmulator({ host: '127.0.0.1', apiKey: 'sk-local' });
  try {
    assert.equal(emulator.apiKey, 'sk-local');
    const client = clientFor(emulator);
    assert.equal((await client.models.retrieve('gpt-4o-mini')).id, 'gpt-4o-mini');
  } finally {
    await emulator.close();
  }
});

test('a responder given at start answers, and reset() keeps it', async () => {
  const emulator = await startOpenAIEmulator({ responder: (request) => `model was ${request.model}` });
  try {
    emulator.reset();
    const completion = await clientFor(emulator).chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'x' }] });
    assert.equal(completion.choices[0]!.message.content, `model was ${MODEL}`);
  } finally {
    await emulator.close();
  }
});
