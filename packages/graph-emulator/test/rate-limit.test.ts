import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { GraphEmulator } from '../src/index.ts';
import { errorOf, send, start } from './helpers.ts';

let emulator: GraphEmulator;
before(async () => {
  emulator = await start({ rateLimitPerSecond: 10 });
});
after(() => emulator.close());

test('beyond rateLimitPerSecond calls get code 613, and the limit frees up a second later', async () => {
  const responses = await Promise.all(Array.from({ length: 15 }, (_, i) => send(emulator, `burst ${i}`)));
  const ok = responses.filter((response) => response.status === 200);
  const limited = responses.filter((response) => response.status !== 200);
  assert.equal(ok.length, 10);
  assert.equal(limited.length, 5);
  for (const response of limited) {
    assert.equal(response.status, 400);
    assert.equal(errorOf(response).code, 613);
    assert.equal(errorOf(response).type, 'OAuthException');
    assert.match(errorOf(response).message, /Calls to this api have exceeded the rate limit/);
  }
  assert.equal(emulator.messages().length, 10);
  assert.equal(emulator.calls().filter((call) => call.status === 400).length, 5, 'limited calls are recorded');

  await new Promise((resolve) => setTimeout(resolve, 1050));
  assert.equal((await send(emulator, 'later')).status, 200);
});

test('without rateLimitPerSecond there is no limit', async () => {
  const unlimited = await start();
  try {
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => send(unlimited, `n${i}`)));
    assert.ok(responses.every((response) => response.status === 200));
  } finally {
    await unlimited.close();
  }
});

test('a rate limit that is not a positive integer is refused at start', async () => {
  await assert.rejects(start({ rateLimitPerSecond: 0 }), /rateLimitPerSecond/);
});
