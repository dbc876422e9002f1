import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { withDatabase } from '@ecitizen/db';
import { deleteRedisPrefix, dropDatabase, freePort, signalGroup, spawnProcess, TEST_SERVER_URL, uniqueRedisPrefix } from '@ecitizen/testing';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// A database that does not exist yet: `pnpm start` must create and migrate it.
const database = `ecz_start_${process.pid}`;
const redisPrefix = uniqueRedisPrefix();

before(() => dropDatabase(database));
after(async () => {
  await dropDatabase(database);
  await deleteRedisPrefix(redisPrefix);
});

test('`pnpm start` migrates a new database, then runs api and worker; the api answers', async () => {
  const port = await freePort();
  const healthPort = await freePort();
  const started = spawnProcess('pnpm', ['start'], {
    cwd: root,
    env: { DATABASE_URL: withDatabase(TEST_SERVER_URL, database), PORT: String(port), WORKER_HEALTH_PORT: String(healthPort), REDIS_PREFIX: redisPrefix, LOG_LEVEL: 'info' },
  });
  try {
    await started.waitFor(/Server listening at/, 60_000);
    await started.waitFor(/worker ready/, 30_000);
    assert.match(started.output(), /\[migrate\] created database/);
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/chatbot`);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { name: string }).name, 'eCitizen Messenger assistant');
  } finally {
    signalGroup(started, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(started, 'SIGKILL'), 15_000);
    await started.exited;
    clearTimeout(timer);
  }
});
