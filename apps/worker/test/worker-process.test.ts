import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { createTestEnvironment, freePort, spawnProcess, type TestEnvironment } from '@ecitizen/testing';

const workerDir = fileURLToPath(new URL('..', import.meta.url));
let env: TestEnvironment;
before(async () => {
  env = await createTestEnvironment();
});
after(() => env.cleanup());

function startWorkerProcess(overrides: Record<string, string> = {}) {
  return spawnProcess(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: workerDir,
    env: { ...env.env, LOG_LEVEL: 'info', WORKER_HEALTH_PORT: '0', ...overrides },
  });
}

test('the worker connects to MySQL and Redis, says it is ready, and stops cleanly on SIGTERM', async () => {
  const port = await freePort();
  const worker = startWorkerProcess({ WORKER_HEALTH_PORT: String(port) });
  await worker.waitFor(/worker ready: connected to MySQL and Redis/);
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.equal(health.status, 200);
  const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
  assert.equal(ready.status, 200);
  assert.deepEqual(await ready.json(), {
    status: 'ready',
    checks: { mysql: { ok: true, detail: 'answers' }, redis: { ok: true, detail: 'answers' }, workers: { ok: true, detail: 'running' } },
  });
  worker.child.kill('SIGTERM');
  const { code } = await worker.exited;
  assert.equal(code, 0, worker.output());
  assert.match(worker.output(), /"signal":"SIGTERM".*shutting down/);
  assert.match(worker.output(), /worker stopped/);
});

test('SIGINT stops it too', async () => {
  const worker = startWorkerProcess();
  await worker.waitFor(/worker ready/);
  worker.child.kill('SIGINT');
  assert.equal((await worker.exited).code, 0);
});

test('a database that does not exist stops it at once with a message saying so', async () => {
  const worker = startWorkerProcess({ DATABASE_URL: env.database.url.replace(env.database.name, `${env.database.name}_missing`) });
  const { code } = await worker.exited;
  assert.equal(code, 1);
  assert.match(worker.output(), /Unknown database .*pnpm db:migrate/);
});

test('invalid configuration stops it with the variable named', async () => {
  const worker = startWorkerProcess({ REDIS_URL: 'http://localhost:6379' });
  const { code } = await worker.exited;
  assert.equal(code, 1);
  assert.match(worker.output(), /REDIS_URL must start with redis:\/\/ or rediss:\/\//);
});
