import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { beat, leave } from '@ecitizen/queue';
import { startOwnRedis } from '@ecitizen/testing';
import { startHarness, type ApiHarness } from './helpers.ts';

let harness: ApiHarness;

before(async () => {
  harness = await startHarness();
});
after(async () => harness.close());

const probe = (path: string, app = harness.app) => app.inject({ method: 'GET', url: path });

test('/healthz answers while the process runs', async () => {
  const response = await probe('/healthz');
  assert.equal(response.statusCode, 200);
  assert.deepEqual(response.json(), { status: 'ok' });
});

test('/readyz needs MySQL, Redis and a worker that beat within 30 s', async () => {
  const { redisPrefix } = harness.app.config;
  const alone = await probe('/readyz');
  assert.equal(alone.statusCode, 503);
  assert.deepEqual(
    { mysql: alone.json().checks.mysql.ok, redis: alone.json().checks.redis.ok, worker: alone.json().checks.worker.ok },
    { mysql: true, redis: true, worker: false },
  );
  assert.match(alone.json().checks.worker.detail, /no worker has beaten/);

  await beat(harness.app.redis, redisPrefix, 'worker-a');
  const ready = await probe('/readyz');
  assert.equal(ready.statusCode, 200);
  assert.equal(ready.json().status, 'ready');
  assert.match(ready.json().checks.worker.detail, /1 worker\(s\) alive/);

  // A beat older than 30 s does not count.
  await leave(harness.app.redis, redisPrefix, 'worker-a');
  await beat(harness.app.redis, redisPrefix, 'worker-b', Date.now() - 31_000);
  assert.equal((await probe('/readyz')).statusCode, 503);
});

test('with Redis stopped, ready goes false and health stays true', async () => {
  const redis = await startOwnRedis();
  const app = await harness.restart({ REDIS_URL: redis.url });
  try {
    await beat(app.redis, app.config.redisPrefix, 'worker-c');
    assert.equal((await probe('/readyz', app)).statusCode, 200);
    await redis.crash();
    const down = await probe('/readyz', app);
    assert.equal(down.statusCode, 503);
    assert.equal(down.json().checks.redis.ok, false);
    assert.equal(down.json().checks.mysql.ok, true);
    assert.equal((await probe('/healthz', app)).statusCode, 200);
  } finally {
    await app.close();
    await redis.close();
  }
});

test('/metrics: webhook deliveries by outcome and every queue\'s depth, for Prometheus', async () => {
  const { signPayload } = await import('@ecitizen/messenger');
  const raw = JSON.stringify({ object: 'page', entry: [{ id: '1', time: 1, messaging: [{ sender: { id: '2' }, recipient: { id: '1' }, timestamp: 1, message: { mid: 'm_metrics', text: 'hi' } }] }] });
  const secret = harness.app.config.messenger.appSecret;
  await harness.app.inject({ method: 'POST', url: '/api/v1/chatbot/webhook', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signPayload(raw, secret) }, payload: raw });
  await harness.app.inject({ method: 'POST', url: '/api/v1/chatbot/webhook', headers: { 'content-type': 'application/json' }, payload: raw });
  const response = await probe('/metrics');
  assert.equal(response.statusCode, 200);
  assert.match(response.headers['content-type'] as string, /text\/plain/);
  assert.match(response.body, /^ecz_webhook_deliveries_total\{outcome="queued"\} 1$/m);
  assert.match(response.body, /^ecz_webhook_deliveries_total\{outcome="refused"\} 1$/m);
  assert.match(response.body, /^ecz_queue_jobs\{queue="inbound-events",state="waiting"\} 1$/m);
  assert.match(response.body, /^ecz_queue_jobs\{queue="conversation-turns",state="active"\} 0$/m);
  assert.match(response.body, /^ecz_api_process_resident_memory_bytes /m);
});
