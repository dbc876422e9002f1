import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { APIConnectionTimeoutError, BadRequestError, InternalServerError, RateLimitError } from 'openai';
import type { FailureSpec, OpenAIEmulator } from '../src/index.ts';
import { callApi, clientFor, EMBEDDING_MODEL, errorOf, eventually, MODEL, useEmulator } from './helpers.ts';

const current = useEmulator();
let emulator: OpenAIEmulator;
beforeEach(() => {
  emulator = current();
  emulator.respondWith('All good.');
});

const MESSAGES = [{ role: 'user' as const, content: 'How do I renew my licence?' }];
const chat = (body: Record<string, unknown> = {}) => callApi(emulator, '/chat/completions', { body: { model: MODEL, messages: MESSAGES, ...body } });

describe('injected errors', () => {
  test('a 500 then the SDK’s own retry: one answer, two requests recorded', async () => {
    emulator.fail({ status: 500 });
    const completion = await clientFor(emulator, { maxRetries: 2 }).chat.completions.create({ model: MODEL, messages: MESSAGES });
    assert.equal(completion.choices[0]!.message.content, 'All good.');
    assert.deepEqual(
      emulator.requests().map((request) => request.status),
      [500, 200],
    );
    assert.deepEqual(
      emulator.chatRequests().map((request) => request.messages),
      [MESSAGES, MESSAGES],
      'the model was asked twice',
    );
    const [failed] = emulator.requests();
    assert.deepEqual(failed!.response, {
      error: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null },
    });
  });

  test('429 with retry-after: RateLimitError carries the header', async () => {
    emulator.fail({ status: 429, retryAfterSeconds: 7 });
    await assert.rejects(clientFor(emulator).chat.completions.create({ model: MODEL, messages: MESSAGES }), (error: unknown) => {
      assert.ok(error instanceof RateLimitError);
      assert.equal(error.status, 429);
      assert.equal(error.headers.get('retry-after'), '7');
      assert.equal(error.type, 'rate_limit_error');
      assert.equal(error.code, 'rate_limit_exceeded');
      return true;
    });
  });

  test('the SDK waits as long as retry-after says before it retries', async () => {
    emulator.fail({ status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    await clientFor(emulator, { maxRetries: 1 }).chat.completions.create({ model: MODEL, messages: MESSAGES });
    const [first, second] = emulator.requests();
    assert.equal(first!.status, 429);
    assert.equal(second!.status, 200);
    assert.ok(second!.at - first!.at >= 950, `retried after ${second!.at - first!.at} ms`);
    assert.ok(Date.now() - started >= 950);
  });

  test('status, type and message per status; `message` replaces the text', async () => {
    const expectations: Array<[FailureSpec, number, string]> = [
      [{ status: 503 }, 503, 'server_error'],
      [{ status: 502 }, 502, 'server_error'],
      [{ status: 400, message: 'Context too long.' }, 400, 'invalid_request_error'],
      [{ status: 403 }, 403, 'permission_error'],
      [{ status: 404 }, 404, 'invalid_request_error'],
    ];
    for (const [spec, status, type] of expectations) {
      emulator.fail(spec);
      const response = await chat();
      assert.equal(response.status, status);
      assert.equal(errorOf(response).type, type);
      if (spec.message) assert.equal(errorOf(response).message, spec.message);
      assert.equal(response.headers.get('retry-after'), null);
    }
    assert.equal((await chat()).status, 200);
  });

  test('the SDK does not retry a 400, and retries 503 until it runs out', async () => {
    emulator.fail({ status: 400 });
    await assert.rejects(clientFor(emulator, { maxRetries: 2 }).chat.completions.create({ model: MODEL, messages: MESSAGES }), BadRequestError);
    assert.equal(emulator.requests().length, 1);

    emulator.reset();
    emulator.fail({ status: 503, times: 3, retryAfterSeconds: 0 });
    await assert.rejects(clientFor(emulator, { maxRetries: 2 }).chat.completions.create({ model: MODEL, messages: MESSAGES }), InternalServerError);
    assert.deepEqual(
      emulator.requests().map((request) => request.status),
      [503, 503, 503],
    );
  });

  test('a failed streaming request is a JSON error before any event, which the SDK throws', async () => {
    emulator.fail({ status: 503, path: 'chat' });
    await assert.rejects(clientFor(emulator).chat.completions.create({ model: MODEL, messages: MESSAGES, stream: true }), InternalServerError);
    const stream = await clientFor(emulator).chat.completions.create({ model: MODEL, messages: MESSAGES, stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    assert.equal(text, 'All good.');
  });
});

describe('targeting and order', () => {
  test('`times` fails that many requests, then requests succeed', async () => {
    emulator.fail({ status: 500, times: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await chat()).status);
    assert.deepEqual(statuses, [500, 500, 500, 200, 200]);
  });

  test('failures apply in the order they were added', async () => {
    emulator.fail({ status: 429 });
    emulator.fail({ status: 503, times: 2 });
    emulator.fail({ status: 500 });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await chat()).status);
    assert.deepEqual(statuses, [429, 503, 503, 500, 200]);
  });

  test('`path` limits a failure to chat or embeddings', async () => {
    emulator.fail({ status: 500, path: 'embeddings' });
    assert.equal((await chat()).status, 200, 'a chat request is not an embeddings one');
    const embedding = await callApi(emulator, '/embeddings', { body: { model: EMBEDDING_MODEL, input: 'x' } });
    assert.equal(embedding.status, 500);

    emulator.fail({ status: 500, path: 'chat' });
    assert.equal((await callApi(emulator, '/embeddings', { body: { model: EMBEDDING_MODEL, input: 'x' } })).status, 200);
    assert.equal((await chat()).status, 500);

    emulator.fail({ status: 500, path: 'any' });
    assert.equal((await callApi(emulator, '/models')).status, 500);
  });

  test('malformed specs are refused with the reason', () => {
    assert.throws(() => emulator.fail({}), /needs `status`, `delayMs` or both/);
    assert.throws(() => emulator.fail({ status: 200 }), /from 400 to 599/);
    assert.throws(() => emulator.fail({ status: 500, times: 0 }), /positive integer/);
    assert.throws(() => emulator.fail({ delayMs: 10, retryAfterSeconds: 1 }), /goes with a `status`/);
    assert.throws(() => emulator.fail({ status: 500, path: 'models' as 'chat' }), /one of: chat, embeddings, any/);
    assert.throws(() => emulator.fail({ status: 500, statuscode: 1 } as FailureSpec), /unknown field\(s\) in failure spec: statuscode/);
  });

  test('a spec changed after fail() does not change the queued failure', async () => {
    const spec: FailureSpec = { status: 500 };
    emulator.fail(spec);
    spec.status = 429;
    assert.equal((await chat()).status, 500);
  });
});

describe('delays', () => {
  test('a delay past the SDK timeout: APIConnectionTimeoutError, recorded as unanswered', async () => {
    emulator.fail({ delayMs: 5000 });
    const started = Date.now();
    await assert.rejects(
      clientFor(emulator, { timeout: 200 }).chat.completions.create({ model: MODEL, messages: MESSAGES }),
      APIConnectionTimeoutError,
    );
    assert.ok(Date.now() - started < 2000, 'the client gave up at its timeout');
    const recorded = await eventually(() => emulator.requests()[0]);
    assert.equal(recorded.status, 0);
    assert.equal(recorded.response, null);
    assert.deepEqual(emulator.chatRequests()[0]!.messages, MESSAGES, 'the model was asked all the same');

    const completion = await clientFor(emulator, { timeout: 2000 }).chat.completions.create({ model: MODEL, messages: MESSAGES });
    assert.equal(completion.choices[0]!.message.content, 'All good.', 'one delay, then prompt answers');
  });

  test('a delay alone answers normally, late', async () => {
    emulator.fail({ delayMs: 300 });
    const started = Date.now();
    const response = await chat();
    assert.equal(response.status, 200);
    assert.ok(Date.now() - started >= 290);
  });

  test('a delay with a status answers the error late', async () => {
    emulator.fail({ delayMs: 200, status: 503 });
    const started = Date.now();
    assert.equal((await chat()).status, 503);
    assert.ok(Date.now() - started >= 190);
  });
});
