import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestEnvironment, freePort, sqlQuery, type TestEnvironment } from '@ecitizen/testing';
import { APP_SECRET, startPipeline, type Pipeline } from '../../worker/test/support/pipeline.ts';
import { exitWithin, runChat } from './support/chat-process.ts';
import { processesWithEnv } from './support/processes-with-env.ts';

const CHAT_EXIT_MS = 60_000;

let env: TestEnvironment;
before(async () => {
  env = await createTestEnvironment();
});
after(async () => {
  // Should a test fail half-way, leave nothing running behind it.
  for (const pid of await processesWithEnv(`REDIS_PREFIX=${env.redisPrefix}`)) process.kill(pid, 'SIGKILL');
  await env.cleanup();
});

/** Where `text` first appears after `from` in `output`; fails when it does not. */
function positionAfter(output: string, text: string, from: number): number {
  const at = output.indexOf(text, from);
  assert.ok(at !== -1, `expected ${JSON.stringify(text)} after position ${from} in:\n${output}`);
  return at;
}

/** `pnpm chat` attached to a running pipeline, fed `input`; its output once it exited cleanly. */
async function chatAttachedTo(pipeline: Pipeline, input: string): Promise<string> {
  const chat = runChat({ CHAT_API_URL: pipeline.apiUrl, GRAPH_EMULATOR_URL: pipeline.graph.url, FB_APP_SECRET: APP_SECRET }, input);
  const { code } = await exitWithin(chat, CHAT_EXIT_MS);
  const output = chat.output();
  assert.equal(code, 0, output);
  return output;
}

test('with nothing running, the chat starts the system, plays piped lines in order, taps a quick reply by number, and stops it all at /quit', async () => {
  const nothingListens = await freePort();
  const chat = runChat(
    { DATABASE_URL: env.database.url, REDIS_PREFIX: env.redisPrefix, CHAT_API_URL: `http://127.0.0.1:${nothingListens}/api/v1/chatbot` },
    'hello\n/start\n1\n/quit\n',
  );
  const { code } = await exitWithin(chat, CHAT_EXIT_MS);
  const output = chat.output();
  assert.equal(code, 0, output);

  assert.match(output, /started a Graph emulator \(http:\/\/127\.0\.0\.1:\d+\), the api \(.+\) and a worker on database ecz_test_/);
  let at = positionAfter(output, 'you> hello', 0);
  at = positionAfter(output, 'bot> Hello! How can I help you with eCitizen services today?', at);
  at = positionAfter(output, 'you> /start', at);
  at = positionAfter(output, 'bot> Karibu! I am the eCitizen assistant', at);
  at = positionAfter(output, '  [1] Talk to a person', at);
  at = positionAfter(output, 'you> 1', at);
  at = positionAfter(output, 'bot> I have passed your conversation to our support team', at);
  positionAfter(output, 'you> /quit', at);
  assert.doesNotMatch(output, /no reply within|not delivered/);

  // What the api received: a text, the Get Started postback, and the tapped quick reply with its payload.
  const inbound = await sqlQuery<{ kind: string; text: string; payload: string | null }>(
    env.database.url,
    "SELECT kind, text, payload FROM messages WHERE direction = 'inbound' ORDER BY id",
  );
  assert.deepEqual(
    inbound.map((message) => ({ ...message })),
    [
      { kind: 'text', text: 'hello', payload: null },
      { kind: 'postback', text: 'Get Started', payload: 'GET_STARTED' },
      { kind: 'quick_reply', text: 'Talk to a person', payload: 'HUMAN_AGENT_REQUEST' },
    ],
  );
  // The api and worker it spawned (they carry this test's REDIS_PREFIX) are gone.
  assert.deepEqual(await processesWithEnv(`REDIS_PREFIX=${env.redisPrefix}`), []);
});

test('with an api and a Graph emulator running, the chat attaches to them, and at the end of input exits leaving them running', async (t) => {
  const pipeline = await startPipeline({ TURN_DEBOUNCE_MS: '100' });
  t.after(() => pipeline.close());
  const output = await chatAttachedTo(pipeline, 'hello\n/sticker\n');

  assert.match(output, /attached to the api at .+ and the Graph emulator at /);
  const at = positionAfter(output, 'bot> Hello! How can I help you with eCitizen services today?', 0);
  positionAfter(output, 'bot> Thanks! I can only read text', at);
  const psid = /you are Messenger user (\d+)/.exec(output)?.[1];
  assert.ok(psid, output);
  assert.equal(pipeline.graph.messages(psid).length, 2);
  // Not the chat's to stop.
  assert.equal((await fetch(`${pipeline.apiUrl}/`)).status, 200);
  assert.equal(pipeline.api.child.exitCode, null);
});

test('the catalogue answers the two questions of the brief: a passport in English, a business name in Swahili', async (t) => {
  const pipeline = await startPipeline({ TURN_DEBOUNCE_MS: '100' }, { knowledge: true });
  t.after(() => pipeline.close());
  const output = await chatAttachedTo(pipeline, 'How do I apply for a passport?\nNataka kusajili jina la biashara\n');
  const at = positionAfter(output, 'bot> Passport Application is offered by Directorate of Immigration Services', 0);
  assert.match(output.slice(at), /^bot> Passport Application .*You can apply or learn more here: https:\/\/\S+/m);
  positionAfter(output, 'bot> Business Name Registration hutolewa na Business Registration Services. Unaweza kutuma ombi au kupata maelezo zaidi hapa: https://', at);
});
