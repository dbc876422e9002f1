import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReadiness } from '../src/index.ts';

test('every probe runs; one that fails or hangs makes the whole not ready, and says why', async () => {
  const started = Date.now();
  const { ready, checks } = await checkReadiness(
    {
      mysql: () => new Promise<string>(() => {}),
      redis: async () => 'answers',
      worker: async () => {
        throw new Error('no worker has beaten in the last 30 s');
      },
    },
    100,
  );
  assert.equal(ready, false);
  assert.deepEqual(checks, {
    mysql: { ok: false, detail: 'mysql did not answer within 100 ms' },
    redis: { ok: true, detail: 'answers' },
    worker: { ok: false, detail: 'no worker has beaten in the last 30 s' },
  });
  // The hanging probe is cut off at its timeout, not awaited.
  assert.ok(Date.now() - started < 5_000);
});

test('all probes answering is ready', async () => {
  assert.deepEqual(await checkReadiness({ a: async () => 'fine', b: async () => 'fine too' }, 100), {
    ready: true,
    checks: { a: { ok: true, detail: 'fine' }, b: { ok: true, detail: 'fine too' } },
  });
});
