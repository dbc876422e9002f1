import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { startGraphEmulator, type GraphEmulator } from '@ecitizen/graph-emulator';
import { createTestEnvironment, type TestEnvironment } from '@ecitizen/testing';
import type { Answerer, TurnInput, TurnReply } from '../src/answering/answerer.ts';
import { HOLDING_MESSAGE } from '../src/replies/holding-message.ts';
import { startWorker, type RunningWorker } from '../src/worker.ts';
import { citizen } from './support/pipeline.ts';
import { receive as receiveEvents, testLog } from './support/in-process.ts';
import { textEvent } from './support/webhook-events.ts';
import { liveWorkers } from '@ecitizen/queue';

// The worker in this process with a scripted answerer: the seam the knowledge answerer plugs into.
let env: TestEnvironment;
let graph: GraphEmulator;
let worker: RunningWorker;
let script: (input: TurnInput) => Promise<TurnReply>;
const inputs: TurnInput[] = [];

before(async () => {
  env = await createTestEnvironment();
  graph = await startGraphEmulator();
  const answerer: Answerer = async (input) => {
    inputs.push(input);
    return script(input);
  };
  worker = await startWorker(
    env.config(
      {
        GRAPH_API_URL: graph.url,
        FB_PAGE_ACCESS_TOKEN: graph.pageAccessToken,
        TURN_DEBOUNCE_MS: '200',
        HOLDING_MESSAGE_AFTER_MS: '1000',
        TYPING_REFRESH_MS: '1000',
        WORKER_HEALTH_PORT: '0',
      },
      'worker',
    ),
    { answerer, log: testLog() },
  );
});
beforeEach(() => {
  inputs.length = 0;
  script = async () => ({ text: 'ok' });
});
after(async () => {
  await worker.close();
  await graph.close();
  await env.cleanup();
});

const receive = (...events: unknown[]) => receiveEvents(worker, ...events);

test('a reply over 2,000 characters is split at sentence ends and sent in order, choices on the last part', async () => {
  const psid = citizen();
  const sentence = 'To renew a driving licence, log in to eCitizen and open the NTSA service. ';
  const long = sentence.repeat(70).trim(); // about 5,200 characters
  script = async () => ({ text: long, quickReplies: [{ title: 'Talk to a person', payload: 'HUMAN_AGENT_REQUEST' }] });
  await receive(textEvent(psid, 'renew DL'));
  const parts = await graph.waitForMessages(3, { recipientId: psid, timeoutMs: 15_000 });
  assert.equal(parts.length, 3);
  for (const part of parts) {
    assert.ok(part.text.length <= 2000, `part of ${part.text.length}`);
    assert.ok(part.text.endsWith('service.'), 'broken at a sentence end');
  }
  assert.equal(parts.map((part) => part.text).join(' '), long);
  assert.deepEqual(parts.map((part) => (part.quickReplies ?? []).length), [0, 0, 1]);
});

test('a slow answer gets typing renewed and a holding message first', async () => {
  const psid = citizen();
  script = async () => {
    await new Promise((resolve) => setTimeout(resolve, 2600));
    return { text: 'Here is your answer.' };
  };
  await receive(textEvent(psid, 'how do I know my payment went through'));
  const [holding, answer] = await graph.waitForMessages(2, { recipientId: psid, timeoutMs: 15_000 });
  assert.equal(holding!.text, HOLDING_MESSAGE);
  assert.equal(answer!.text, 'Here is your answer.');
  const typing = graph.calls({ kind: 'sender_action', recipientId: psid }).filter((call) => (call.body as { sender_action: string }).sender_action === 'typing_on');
  assert.ok(typing.length >= 2, `typing_on sent ${typing.length} times`);
});

test('the answerer is given the new messages in order and the conversation so far', async () => {
  const psid = citizen();
  script = async (input) => ({ text: `You said: ${input.messages.map((message) => message.text).join(' + ')}` });
  await receive(textEvent(psid, 'Passport application'));
  await graph.waitForMessages(1, { recipientId: psid, timeoutMs: 15_000 });
  const now = Date.now();
  await receive(textEvent(psid, 'for my son', { timestamp: now }), textEvent(psid, 'he is 12', { timestamp: now + 1 }));
  const replies = await graph.waitForMessages(2, { recipientId: psid, timeoutMs: 15_000 });
  assert.equal(replies[1]!.text, 'You said: for my son + he is 12');
  const second = inputs.find((input) => input.messages.some((message) => message.text === 'for my son'))!;
  assert.deepEqual(second.history, [
    { direction: 'inbound', text: 'Passport application' },
    { direction: 'outbound', text: 'You said: Passport application' },
  ]);
});

test('an answerer that fails once is retried, and the citizen gets one reply', async () => {
  const psid = citizen();
  let calls = 0;
  script = async () => {
    calls += 1;
    if (calls === 1) throw new Error('model timed out');
    return { text: 'Second time lucky.' };
  };
  await receive(textEvent(psid, 'kibali cha kazi'));
  await graph.waitForMessages(1, { recipientId: psid, timeoutMs: 15_000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(calls, 2);
  assert.equal(graph.messages(psid).length, 1);
});

test('the same event queued again after it was handled is not answered again', async () => {
  const psid = citizen();
  const event = textEvent(psid, 'usajili wa biashara', { mid: `m_again_${psid}` });
  await receive(event);
  await graph.waitForMessages(1, { recipientId: psid, timeoutMs: 15_000 });
  // A second job with the same event (Meta's redelivery, or the relay after an outage): MySQL's unique key holds.
  await receive(event);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(graph.messages(psid).length, 1);
});

test('a running worker beats in Redis, which is how the api knows someone answers citizens', async () => {
  assert.ok((await liveWorkers(worker.redis, env.redisPrefix)) >= 1);
});
