import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { GraphEmulator, RecordedCall, SentMessage } from '../src/index.ts';
import { control, errorOf, graph, OTHER_PSID, PSID, send, useEmulator } from './helpers.ts';


interface CallsPage {
  calls: RecordedCall[];
  last: number;
}
interface MessagesPage {
  messages: SentMessage[];
  last: number;
}

const current = useEmulator();
let emulator: GraphEmulator;
beforeEach(() => {
  emulator = current();
});

test('health answers ok', async () => {
  const response = await control(emulator, '/health');
  assert.equal(response.status, 200);
  assert.equal((response.body as { status: string }).status, 'ok');
});

test('calls: every call with a cursor, filtered by since, kind and recipient', async () => {
  await send(emulator, 'one');
  await graph(emulator, '/me/messages', { recipient: { id: OTHER_PSID }, sender_action: 'typing_on' });
  await send(emulator, 'two', OTHER_PSID);

  const all = (await control(emulator, '/calls')).body as CallsPage;
  assert.equal(all.calls.length, 3);
  assert.deepEqual(all.calls, JSON.parse(JSON.stringify(emulator.calls())));
  assert.equal(all.last, all.calls[2]?.seq);

  const first = all.calls[0]!.seq;
  const since = (await control(emulator, `/calls?since=${first}`)).body as CallsPage;
  assert.deepEqual(
    since.calls.map((call) => call.seq),
    [first + 1, first + 2],
  );
  const actions = (await control(emulator, '/calls?kind=sender_action')).body as CallsPage;
  assert.deepEqual(
    actions.calls.map((call) => call.kind),
    ['sender_action'],
  );
  const toOther = (await control(emulator, `/calls?recipient=${OTHER_PSID}`)).body as CallsPage;
  assert.deepEqual(
    toOther.calls.map((call) => call.kind),
    ['sender_action', 'message'],
  );
  const page = (await control(emulator, '/calls?limit=2')).body as CallsPage;
  assert.equal(page.calls.length, 2);
  assert.equal(page.last, page.calls[1]?.seq, 'a page cut short continues after its last call');
});

test('calls: a bad query is a 400 that says why', async () => {
  const badKind = await control(emulator, '/calls?kind=messages');
  assert.equal(badKind.status, 400);
  assert.match((badKind.body as { error: string }).error, /kind must be one of/);
  assert.equal((await control(emulator, '/calls?since=-1')).status, 400);
  assert.equal((await control(emulator, '/messages?waitMs=30001')).status, 400);
});

test('messages: successful sends with their seq, by recipient and since', async () => {
  emulator.fail({ error: 'transient' });
  await send(emulator, 'failed');
  await send(emulator, 'one');
  await send(emulator, 'other', OTHER_PSID);
  await send(emulator, 'two');

  const mine = (await control(emulator, `/messages?recipient=${PSID}`)).body as MessagesPage;
  assert.deepEqual(
    mine.messages.map((message) => message.text),
    ['one', 'two'],
  );
  assert.ok(mine.messages.every((message) => typeof message.seq === 'number' && message.messageId.startsWith('m_')));
  const afterOne = (await control(emulator, `/messages?since=${mine.messages[0]!.seq}`)).body as MessagesPage;
  assert.deepEqual(
    afterOne.messages.map((message) => message.text),
    ['other', 'two'],
  );
  assert.equal(afterOne.last, emulator.calls().at(-1)?.seq);
});

test('messages: a long poll answers as soon as a message arrives', async () => {
  const { last } = (await control(emulator, '/messages')).body as MessagesPage;
  const started = performance.now();
  const polling = control(emulator, `/messages?since=${last}&recipient=${PSID}&waitMs=10000`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  await send(emulator, 'not for this poll', OTHER_PSID);
  await send(emulator, 'karibu');
  const answer = (await polling).body as MessagesPage;
  const elapsed = performance.now() - started;
  assert.deepEqual(
    answer.messages.map((message) => message.text),
    ['karibu'],
  );
  assert.ok(elapsed >= 90 && elapsed < 5000, `answered after ${elapsed} ms`);
});

test('messages: a long poll with nothing new answers empty after waitMs, with a cursor to go on from', async () => {
  await send(emulator, 'old');
  const { last } = (await control(emulator, '/messages')).body as MessagesPage;
  const started = performance.now();
  const answer = (await control(emulator, `/messages?since=${last}&waitMs=250`)).body as MessagesPage;
  assert.ok(performance.now() - started >= 240);
  assert.deepEqual(answer, { messages: [], last });
});

test('messages: polling with the cursor sees every message once, in order', async () => {
  const seen: string[] = [];
  let cursor = 0;
  const sending = (async () => {
    for (let i = 0; i < 30; i += 1) await send(emulator, `m${i}`);
  })();
  while (seen.length < 30) {
    const page = (await control(emulator, `/messages?since=${cursor}&waitMs=2000`)).body as MessagesPage;
    seen.push(...page.messages.map((message) => message.text));
    cursor = page.last;
  }
  await sending;
  assert.deepEqual(
    seen,
    Array.from({ length: 30 }, (_, i) => `m${i}`),
  );
});

test('messages: a poller that hangs up leaves the emulator working', async () => {
  const abandoned = new AbortController();
  const polling = fetch(`${emulator.url}/__emulator/messages?since=${emulator.calls().length}&waitMs=20000`, { signal: abandoned.signal });
  await new Promise((resolve) => setTimeout(resolve, 50));
  abandoned.abort();
  await assert.rejects(polling);
  assert.equal((await send(emulator, 'still here')).status, 200);
});

test('failures: queued over HTTP, refused when malformed, cleared by DELETE', async () => {
  const queued = await control(emulator, '/failures', { body: { error: 'outside_window', recipientId: PSID, kinds: ['message'] } });
  assert.equal(queued.status, 201);
  assert.deepEqual(queued.body, { queued: 1 });
  const refused = await send(emulator, 'late reply');
  assert.equal(errorOf(refused).code, 10);
  assert.equal(errorOf(refused).error_subcode, 2018278);

  const malformed = await control(emulator, '/failures', { body: { error: 'outside_window', times: 'twice' } });
  assert.equal(malformed.status, 400);
  assert.match((malformed.body as { error: string }).error, /times/);

  await control(emulator, '/failures', { body: { delayMs: 5000, times: 5 } });
  const cleared = await control(emulator, '/failures', { method: 'DELETE' });
  assert.deepEqual(cleared.body, { queued: 0 });
  const started = performance.now();
  assert.equal((await send(emulator, 'prompt')).status, 200);
  assert.ok(performance.now() - started < 1000);
});

test('failures: a reset queued over HTTP drops the connection', async () => {
  await control(emulator, '/failures', { body: { error: 'reset' } });
  await assert.rejects(send(emulator, 'dropped'));
  assert.equal((await send(emulator, 'next')).status, 200);
});

test('reset: forgets calls, messages, failures and profile; seqs go on', async () => {
  await send(emulator, 'before');
  await graph(emulator, '/me/messenger_profile', { get_started: { payload: 'START' } });
  await control(emulator, '/failures', { body: { error: 'transient' } });
  const lastBefore = emulator.calls().at(-1)!.seq;

  const reset = await control(emulator, '/reset', { method: 'POST' });
  assert.equal(reset.status, 200);
  assert.deepEqual(emulator.calls(), []);
  assert.deepEqual(emulator.messages(), []);
  assert.deepEqual((await control(emulator, '/profile')).body, {});

  assert.equal((await send(emulator, 'after')).status, 200, 'the queued failure is gone');
  const [call] = emulator.calls();
  assert.ok(call!.seq > lastBefore, 'a cursor taken before the reset still sees new calls');
});
