import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { type OwnRedis, signalGroup, sqlQuery, startOwnRedis, waitUntil } from '@ecitizen/testing';
import { citizen, startPipeline, turnsOf, type Pipeline } from './support/pipeline.ts';
import { delivery, textEvent } from './support/webhook-events.ts';

const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});


test('a worker SIGKILLed mid-job, then restarted, answers exactly once', async () => {
  // Short job locks, so the restarted worker takes up the dead one's job within seconds.
  const pipeline: Pipeline = await startPipeline({ WORKER_LOCK_DURATION_MS: '2000' }, { knowledge: true });
  cleanups.push(() => pipeline.close());
  const psid = citizen();
  // Hold the worker inside the turn: its first sender action hangs for 5 s.
  pipeline.graph.fail({ delayMs: 5000, times: 1, kinds: ['sender_action'], recipientId: psid });
  await pipeline.deliver(delivery([textEvent(psid, 'correct the name of my child on the birth record')]));
  await waitUntil(async () => (await turnsOf(pipeline, psid))[0]?.status === 'answering');
  const victim = pipeline.workers[0]!;
  signalGroup(victim, 'SIGKILL');
  assert.equal((await victim.exited).signal, 'SIGKILL');

  await pipeline.startWorker();
  const [reply] = await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 30_000 });
  // The knowledge base's answer: the birth-record correction service, with its link.
  assert.match(reply!.text, /Correction Of Child's Name/);
  assert.match(reply!.text, /https?:\/\//);
  // Give a second copy every chance to appear.
  await new Promise((resolve) => setTimeout(resolve, 4000));
  assert.equal(pipeline.graph.messages(psid).length, 1, 'answered exactly once');
  assert.deepEqual(
    (await turnsOf(pipeline, psid)).map((turn) => turn.status),
    ['answered'],
    'one turn, answered',
  );
});

test('SIGTERM lets the worker finish the turn in hand before it exits', async () => {
  const pipeline: Pipeline = await startPipeline();
  cleanups.push(() => pipeline.close());
  const psid = citizen();
  pipeline.graph.fail({ delayMs: 1500, times: 1, kinds: ['sender_action'], recipientId: psid });
  await pipeline.deliver(delivery([textEvent(psid, 'passport application')]));
  await waitUntil(async () => pipeline.graph.calls({ recipientId: psid }).length > 0 || (await sqlQuery<{ n: bigint }>(pipeline.env.database.url, `SELECT COUNT(*) AS n FROM turns`))[0]!.n > 0n);
  const worker = pipeline.workers[0]!;
  signalGroup(worker, 'SIGTERM');
  const { code } = await worker.exited;
  assert.equal(code, 0);
  assert.equal(pipeline.graph.messages(psid).length, 1, 'the reply went out before the worker stopped');
});

test('Redis crashing and restarting mid-run loses nothing and answers everyone once', async () => {
  const redis: OwnRedis = await startOwnRedis();
  cleanups.push(() => redis.close());
  // Jobs that were active when Redis died are recovered by stalled-job detection, one lock period later.
  const pipeline: Pipeline = await startPipeline({ REDIS_URL: redis.url, WORKER_LOCK_DURATION_MS: '3000' });
  cleanups.push(() => pipeline.close());

  const before = Array.from({ length: 10 }, citizen);
  const during = Array.from({ length: 10 }, citizen);
  for (const psid of before) assert.equal((await pipeline.deliver(delivery([textEvent(psid, 'KRA pin')]))).status, 200);

  await redis.crash();
  // Meta keeps delivering while Redis is down: the api keeps them in MySQL and still says 200.
  for (const psid of during) assert.equal((await pipeline.deliver(delivery([textEvent(psid, 'good conduct')]))).status, 200);
  await redis.start();

  await Promise.all([...before, ...during].map((psid) => pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 60_000 })));
  await new Promise((resolve) => setTimeout(resolve, 3000));
  for (const psid of [...before, ...during]) assert.equal(pipeline.graph.messages(psid).length, 1, psid);
});
