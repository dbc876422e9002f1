import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createQueues, redisConnectionOptions, type Queues } from '@ecitizen/queue';
import type { FailureSpec } from '@ecitizen/graph-emulator';
import { sqlQuery, waitUntil } from '@ecitizen/testing';
import { citizen, startPipeline, turnsOf, type Pipeline } from './support/pipeline.ts';
import { delivery, textEvent } from './support/webhook-events.ts';

let pipeline: Pipeline;
let queues: Queues;
before(async () => {
  pipeline = await startPipeline();
  queues = createQueues(redisConnectionOptions(pipeline.settings.REDIS_URL!), pipeline.env.redisPrefix);
});
after(async () => {
  await queues.close();
  await pipeline.close();
});

const query = <T>(sql: string) => sqlQuery<T>(pipeline.env.database.url, sql);

/** Delivers a message while the Graph API fails as told; resolves with the statuses of every send once the reply is out. */
async function statusesUntilReplied(failure: FailureSpec, text: string): Promise<number[]> {
  const psid = citizen();
  pipeline.graph.fail({ ...failure, kinds: ['message'], recipientId: psid } as FailureSpec);
  await pipeline.deliver(delivery([textEvent(psid, text)]));
  await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 30_000 });
  return messageCalls(psid).map((call) => call.status);
}

function messageCalls(psid: string) {
  return pipeline.graph.calls({ kind: 'message', recipientId: psid });
}

test('a Graph API failing transiently, then recovering, gives exactly one reply', async () => {
  const psid = citizen();
  pipeline.graph.fail({ error: 'transient', times: 2, kinds: ['message'], recipientId: psid });
  await pipeline.deliver(delivery([textEvent(psid, 'civil servant ID card')]));
  await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 30_000 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.deepEqual(
    messageCalls(psid).map((call) => call.status),
    [500, 500, 200],
  );
  assert.equal(pipeline.graph.messages(psid).length, 1);
});

test('code 2 ("unexpected") is retried only a few times, then given up and recorded', async () => {
  const psid = citizen();
  pipeline.graph.fail({ error: 'transient', times: 10, kinds: ['message'], recipientId: psid });
  await pipeline.deliver(delivery([textEvent(psid, 'hire police security for an event')]));
  await waitUntil(async () => (await turnsOf(pipeline, psid))[0]?.status === 'failed', 40_000);
  assert.equal(messageCalls(psid).length, 4, 'four attempts in all');
  pipeline.graph.clearFailures();
});

test('a temporary send failure (1200) is retried', async () => {
  assert.deepEqual(await statusesUntilReplied({ error: 'temporary', times: 1 }, 'how long do I wait after applying'), [400, 200]);
});

test('a network failure (connection reset) is retried too', async () => {
  const psid = citizen();
  pipeline.graph.fail({ error: 'reset', times: 1, kinds: ['message'], recipientId: psid });
  await pipeline.deliver(delivery([textEvent(psid, 'firearm dealers permit')]));
  await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 30_000 });
  assert.equal(pipeline.graph.messages(psid).length, 1);
});

test('a permanent error is recorded, not retried, and the job goes to dead letters', async () => {
  const psid = citizen();
  pipeline.graph.fail({ error: 'outside_window', times: 1, kinds: ['message'], recipientId: psid });
  await pipeline.deliver(delivery([textEvent(psid, 'sport fishing club registration')]));
  await waitUntil(async () => (await turnsOf(pipeline, psid))[0]?.status === 'failed');
  const [reply] = await query<{ status: string; error_code: number; error: string }>(
    `SELECT m.status, m.error_code, m.error FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.psid = '${psid}' AND m.direction = 'outbound'`,
  );
  assert.equal(reply!.status, 'failed');
  assert.equal(reply!.error_code, 10);
  const [turn] = await turnsOf(pipeline, psid);
  assert.match(turn!.error ?? '', /24-hour/);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  assert.equal(messageCalls(psid).length, 1, 'never retried');
  await waitUntil(async () => {
    const dead = await queues.deadLetters.getJobs(['waiting', 'delayed', 'prioritized']);
    return dead.some((job) => (job.data.data as { psid?: string }).psid === psid && /24-hour/.test(job.data.failedReason));
  });
});

test('an invalid page token raises an alert for operators', async () => {
  const psid = citizen();
  pipeline.graph.fail({ error: 'invalid_token', times: 1, kinds: ['message'], recipientId: psid });
  await pipeline.deliver(delivery([textEvent(psid, 'advertise in the Kenya gazette')]));
  await waitUntil(async () => (await query<{ n: bigint }>(`SELECT COUNT(*) AS n FROM alerts WHERE kind = 'graph_invalid_token' AND resolved_at IS NULL`))[0]!.n > 0n);
  const [alert] = await query<{ message: string }>(`SELECT message FROM alerts WHERE kind = 'graph_invalid_token'`);
  assert.match(alert!.message, /FB_PAGE_ACCESS_TOKEN/);
  assert.match(pipeline.workers[0]!.output(), /"alert":true/);
});

test('Meta rate-limiting the page pauses sending, then the reply goes out once', async () => {
  assert.deepEqual(await statusesUntilReplied({ error: 'rate_limit', times: 1 }, 'register as an audit firm'), [400, 200]);
});

test('a page blocked for abuse stops all sending until an operator resumes it', async () => {
  const first = citizen();
  const second = citizen();
  pipeline.graph.fail({ error: 'blocked', times: 1, kinds: ['message'], recipientId: first });
  await pipeline.deliver(delivery([textEvent(first, 'hello')]));
  await waitUntil(async () => await queues.turns.isPaused());
  await waitUntil(async () => (await query<{ n: bigint }>(`SELECT COUNT(*) AS n FROM alerts WHERE kind = 'page_blocked'`))[0]!.n > 0n);
  await pipeline.deliver(delivery([textEvent(second, 'hello')]));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(pipeline.graph.messages(second).length, 0, 'nothing is sent while paused');
  await queues.turns.resume();
  await pipeline.graph.waitForMessages(1, { recipientId: second, timeoutMs: 15_000 });
  assert.equal(pipeline.graph.messages(first).length, 0, 'the refused reply is not sent again');
});
