import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReadiness } from '@ecitizen/health';
import { startHealthServer } from '../src/health-server.ts';

test('readyz says which dependency is down, healthz stays up', async () => {
  let redisUp = true;
  const { server, port } = await startHealthServer(
    {
      ready: () =>
        checkReadiness(
          {
            mysql: async () => 'answers',
            redis: async () => {
              if (!redisUp) throw new Error('Connection is closed.');
              return 'answers';
            },
          },
          200,
        ),
    },
    '127.0.0.1',
    0,
  );
  try {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', checks: { mysql: { ok: true, detail: 'answers' }, redis: { ok: true, detail: 'answers' } } });
    redisUp = false;
    const notReady = await fetch(`http://127.0.0.1:${port}/readyz`);
    assert.equal(notReady.status, 503);
    assert.deepEqual(await notReady.json(), {
      status: 'not ready',
      checks: { mysql: { ok: true, detail: 'answers' }, redis: { ok: false, detail: 'Connection is closed.' } },
    });
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
    assert.equal((await fetch(`http://127.0.0.1:${port}/nope`)).status, 404);
  } finally {
    server.close();
  }
});
