import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startHealthServer } from '../src/health-server.ts';

test('readyz says which dependency is down, healthz stays up', async () => {
  let redisUp = true;
  const { server, port } = await startHealthServer(
    {
      async ready() {
        if (!redisUp) throw new Error('Redis: Connection is closed.');
      },
    },
    '127.0.0.1',
    0,
  );
  try {
    assert.equal((await fetch(`http://127.0.0.1:${port}/readyz`)).status, 200);
    redisUp = false;
    const notReady = await fetch(`http://127.0.0.1:${port}/readyz`);
    assert.equal(notReady.status, 503);
    assert.deepEqual(await notReady.json(), { status: 'not ready', reason: 'Redis: Connection is closed.' });
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
    assert.equal((await fetch(`http://127.0.0.1:${port}/nope`)).status, 404);
  } finally {
    server.close();
  }
});
