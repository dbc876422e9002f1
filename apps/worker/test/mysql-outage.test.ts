import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTcpRelay, TEST_SERVER_URL, waitUntil, type Spawned, type TcpRelay } from '@ecitizen/testing';
import { citizen, startPipeline, type Pipeline } from './support/pipeline.ts';
import { delivery, textEvent } from './support/webhook-events.ts';

// MySQL stops while the api and the worker run (a relay in front of the real
// server cuts every connection and refuses new ones), then comes back. The
// processes must stay up and say so (/healthz), say they cannot work
// (/readyz), keep what citizens send meanwhile, and answer it once MySQL is back.

let relay: TcpRelay;
let pipeline: Pipeline;

before(async () => {
  const server = new URL(TEST_SERVER_URL);
  relay = await startTcpRelay(Number(server.port || 3306), server.hostname);
});
after(async () => {
  await pipeline?.close();
  await relay?.close();
});

function healthPortOf(worker: Spawned): number {
  const match = /"healthPort":(\d+)/.exec(worker.output());
  assert.ok(match, 'the worker logs its health port');
  return Number(match[1]);
}

async function probe(url: string): Promise<{ status: number; body: { status: string; checks: Record<string, { ok: boolean; detail: string }> } }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as never };
}

test('with MySQL stopped, both processes stay up and report not ready; what citizens sent meanwhile is answered once it is back', async () => {
  // The processes reach MySQL through the relay; the test itself reads it directly.
  pipeline = await startPipeline({ TURN_DEBOUNCE_MS: '100' }, { mysqlPort: relay.port });
  const worker = pipeline.workers[0]!;
  const root = pipeline.apiUrl.replace(/\/api\/v1\/chatbot$/, '');
  const workerRoot = `http://127.0.0.1:${healthPortOf(worker)}`;

  await waitUntil(async () => (await probe(`${root}/readyz`)).status === 200 && (await probe(`${workerRoot}/readyz`)).status === 200);
  const before = citizen();
  assert.equal((await pipeline.deliver(delivery([textEvent(before, 'Passport application')]))).status, 200);
  await pipeline.graph.waitForMessages(1, { recipientId: before, timeoutMs: 15_000 });

  relay.cut();
  for (const url of [`${root}/readyz`, `${workerRoot}/readyz`]) {
    const down = await probe(url);
    assert.equal(down.status, 503, url);
    assert.equal(down.body.checks.mysql!.ok, false, url);
    assert.equal(down.body.checks.redis!.ok, true, url);
  }
  assert.equal((await fetch(`${root}/healthz`)).status, 200);
  assert.equal((await fetch(`${workerRoot}/healthz`)).status, 200);

  // A citizen writes during the outage: the webhook only needs Redis, so Facebook gets its 200.
  const during = citizen();
  assert.equal((await pipeline.deliver(delivery([textEvent(during, 'How do I renew my driving licence?')]))).status, 200);
  // An operator signing in is told the service is unavailable, not given a bare 500.
  const login = await fetch(`${pipeline.apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ops@ecitizen.test', password: 'a long passphrase' }),
  });
  assert.equal(login.status, 503);
  assert.match(((await login.json()) as { message: string }).message, /database/i);
  assert.equal(pipeline.graph.messages(during).length, 0);

  // The outage outlasts the pools' reconnect attempts; neither process gives up.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  assert.doesNotMatch(pipeline.api.output() + worker.output(), /uncaught|unhandled/i);

  relay.restore();
  await waitUntil(async () => (await probe(`${root}/readyz`)).status === 200 && (await probe(`${workerRoot}/readyz`)).status === 200, 30_000);
  await pipeline.graph.waitForMessages(1, { recipientId: during, timeoutMs: 60_000 });
  // Once: a retried job must not answer twice.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  assert.equal(pipeline.graph.messages(during).length, 1);
  for (const process of [pipeline.api, worker]) assert.equal(process.child.exitCode, null, 'still running');
});
