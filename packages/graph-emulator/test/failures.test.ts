import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { FailureSpec, GraphEmulator } from '../src/index.ts';
import { errorOf, graph, OTHER_PSID, PSID, send, start, textMessage, useEmulator } from './helpers.ts';


const current = useEmulator();
let emulator: GraphEmulator;
beforeEach(() => {
  emulator = current();
});

describe('each error kind answers with Meta status, code and subcode', () => {
  const expectations: Array<{ spec: FailureSpec; status: number; code: number; subcode?: number; message: string | RegExp; transient?: boolean }> = [
    {
      spec: { error: 'transient' },
      status: 500,
      code: 2,
      message: 'An unexpected error has occurred. Please retry your request later.',
      transient: true,
    },
    { spec: { error: 'unexpected' }, status: 500, code: 1, message: 'An unknown error has occurred.' },
    { spec: { error: 'temporary' }, status: 400, code: 1200, message: /Temporary send message failure/, transient: true },
    { spec: { error: 'rate_limit' }, status: 400, code: 613, message: /Calls to this api have exceeded the rate limit/ },
    { spec: { error: 'rate_limit', code: 4 }, status: 400, code: 4, message: /Application request limit reached/, transient: true },
    { spec: { error: 'rate_limit', code: 32 }, status: 400, code: 32, message: /Page request limit reached/ },
    { spec: { error: 'outside_window' }, status: 400, code: 10, subcode: 2018278, message: /sent outside of allowed window/ },
    { spec: { error: 'unavailable' }, status: 400, code: 551, subcode: 1545041, message: "(#551) This person isn't available right now." },
    { spec: { error: 'invalid_token' }, status: 400, code: 190, message: 'Invalid OAuth access token - Cannot parse access token' },
    { spec: { error: 'permission' }, status: 403, code: 200, message: /^\(#200\)/ },
    { spec: { error: 'permission', code: 230 }, status: 403, code: 230, message: /^\(#230\)/ },
    { spec: { error: 'invalid_parameter' }, status: 400, code: 100, subcode: 2018001, message: '(#100) No matching user found' },
    { spec: { error: 'blocked' }, status: 400, code: 368, message: /^\(#368\)/ },
  ];

  for (const { spec, status, code, subcode, message, transient } of expectations) {
    test(`${JSON.stringify(spec)} → ${status} code ${code}${subcode ? `/${subcode}` : ''}`, async () => {
      emulator.fail(spec);
      const response = await send(emulator, 'hello');
      assert.equal(response.status, status);
      const error = errorOf(response);
      assert.equal(error.type, 'OAuthException');
      assert.equal(error.code, code);
      assert.equal(error.error_subcode, subcode);
      assert.equal(error.is_transient, transient);
      if (typeof message === 'string') assert.equal(error.message, message);
      else assert.match(error.message, message);
      assert.equal(typeof error.fbtrace_id, 'string');

      assert.equal(emulator.messages().length, 0, 'a failed send is no message');
      const [call] = emulator.calls();
      assert.equal(call?.status, status);
      assert.deepEqual(call?.response, response.body);

      assert.equal((await send(emulator, 'again')).status, 200, 'one failure by default, then success');
    });
  }
});

describe('targeting', () => {
  test('`times` fails that many matching calls, then calls succeed', async () => {
    emulator.fail({ error: 'transient', times: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await send(emulator, `try ${i}`)).status);
    assert.deepEqual(statuses, [500, 500, 500, 200, 200]);
    assert.deepEqual(
      emulator.messages().map((message) => message.text),
      ['try 3', 'try 4'],
    );
  });

  test('`recipientId` fails only calls to that person', async () => {
    emulator.fail({ error: 'unavailable', recipientId: OTHER_PSID });
    assert.equal((await send(emulator, 'to the first')).status, 200);
    assert.equal((await send(emulator, 'to the second', OTHER_PSID)).status, 400);
    assert.equal((await send(emulator, 'to the second again', OTHER_PSID)).status, 200);
    assert.deepEqual(
      emulator.calls({ recipientId: OTHER_PSID }).map((call) => call.status),
      [400, 200],
    );
  });

  test('`kinds` fails only calls of those kinds', async () => {
    emulator.fail({ error: 'transient', kinds: ['message'] });
    const typing = await graph(emulator, '/me/messages', { recipient: { id: PSID }, sender_action: 'typing_on' });
    assert.equal(typing.status, 200, 'a sender action is not a message');
    assert.equal((await send(emulator, 'hello')).status, 500);

    emulator.fail({ error: 'permission', kinds: ['pass_thread_control'] });
    assert.equal((await send(emulator, 'hello')).status, 200);
    const passed = await graph(emulator, '/me/pass_thread_control', { recipient: { id: PSID }, target_app_id: '263902037430900' });
    assert.equal(passed.status, 403);
  });

  test('failures apply in the order they were added', async () => {
    emulator.fail({ error: 'rate_limit' });
    emulator.fail({ error: 'outside_window', times: 2 });
    emulator.fail({ error: 'transient' });
    const codes = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await send(emulator, `n${i}`);
      codes.push(response.status === 200 ? 'ok' : errorOf(response).code);
    }
    assert.deepEqual(codes, [613, 10, 10, 2, 'ok']);
  });

  test('a malformed call does not use up a failure meant for a real send', async () => {
    emulator.fail({ error: 'transient' });
    const malformed = await graph(emulator, '/me/messages', textMessage('x'.repeat(2001)));
    assert.equal(errorOf(malformed).code, 100);
    assert.equal((await send(emulator, 'real')).status, 500);
  });

  test('clearFailures() drops every queued failure', async () => {
    emulator.fail({ error: 'transient', times: 10 });
    emulator.clearFailures();
    assert.equal((await send(emulator, 'hello')).status, 200);
  });

  test('reset() drops queued failures too', async () => {
    emulator.fail({ error: 'transient' });
    emulator.reset();
    assert.equal((await send(emulator, 'hello')).status, 200);
  });

  test('a malformed spec throws a TypeError that says what is wrong', () => {
    assert.throws(() => emulator.fail({ error: 'gremlins' } as unknown as FailureSpec), /error.*one of/);
    assert.throws(() => emulator.fail({ error: 'rate_limit', code: 999 }), /613, 4, 32/);
    assert.throws(() => emulator.fail({ error: 'transient', times: 0 }), /times/);
    assert.throws(() => emulator.fail({ error: 'transient', kinds: ['messages' as 'message'] }), /kinds/);
    assert.throws(() => emulator.fail({ error: 'transient', recipient: PSID } as unknown as FailureSpec), /unknown field.*recipient/);
    assert.throws(() => emulator.fail({ delayMs: -1 }), /delayMs/);
    assert.throws(() => emulator.fail({} as FailureSpec), TypeError);
  });
});

describe('network failures', () => {
  test('`reset` closes the connection without an answer, then calls work again', async () => {
    emulator.fail({ error: 'reset' });
    await assert.rejects(send(emulator, 'lost'), (error: Error) => {
      assert.equal(error.name, 'TypeError');
      assert.match(String(error.cause), /other side closed|socket|reset|hang up/i);
      return true;
    });
    assert.equal((await send(emulator, 'after')).status, 200);
    const [lost, after] = emulator.calls();
    assert.equal(lost?.status, 0, 'a reset call is recorded with status 0');
    assert.equal(lost?.response, null);
    assert.equal(after?.status, 200);
    assert.deepEqual(
      emulator.messages().map((message) => message.text),
      ['after'],
    );
  });

  test('`delayMs` answers normally, that much later', async () => {
    emulator.fail({ delayMs: 300 });
    const started = performance.now();
    const slow = await send(emulator, 'slow');
    const slowMs = performance.now() - started;
    assert.equal(slow.status, 200);
    assert.ok(slowMs >= 290, `answered after ${slowMs} ms`);

    const quickStart = performance.now();
    await send(emulator, 'quick');
    assert.ok(performance.now() - quickStart < 250, 'only the targeted call is slow');
  });

  test('a delayed call does not hold up the others', async () => {
    emulator.fail({ delayMs: 400, recipientId: OTHER_PSID });
    const slow = send(emulator, 'slow', OTHER_PSID);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    assert.equal((await send(emulator, 'fast')).status, 200);
    assert.ok(performance.now() - started < 200);
    assert.equal((await slow).status, 200);
    assert.deepEqual(
      emulator.messages().map((message) => message.text),
      ['fast', 'slow'],
    );
  });

  test('close() does not wait for a pending delay', async () => {
    const own = await start();
    own.fail({ delayMs: 60_000 });
    const pending = send(own, 'never mind').catch(() => 'closed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await own.close();
    assert.ok(performance.now() - started < 2000);
    await pending;
  });
});
