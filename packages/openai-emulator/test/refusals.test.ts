import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { AuthenticationError, BadRequestError, NotFoundError } from 'openai';
import { MAX_BODY_BYTES, type OpenAIEmulator } from '../src/index.ts';
import { callApi, clientFor, errorOf, MODEL, useEmulator } from './helpers.ts';

const current = useEmulator();
let emulator: OpenAIEmulator;
beforeEach(() => {
  emulator = current();
});

const CHAT = { model: MODEL, messages: [{ role: 'user', content: 'hello' }] };

describe('the API key', () => {
  test('a request without one is refused with 401 in OpenAI’s format, and recorded', async () => {
    const response = await callApi(emulator, '/chat/completions', { body: CHAT, apiKey: null });
    assert.equal(response.status, 401);
    assert.deepEqual(Object.keys(errorOf(response)), ['message', 'type', 'param', 'code']);
    assert.match(errorOf(response).message, /^You didn't provide an API key/);
    assert.equal(errorOf(response).type, 'invalid_request_error');
    const [recorded] = emulator.requests();
    assert.equal(recorded!.status, 401);
    assert.deepEqual(recorded!.body, CHAT);
    assert.deepEqual(emulator.chatRequests(), [], 'the model never saw it');
  });

  test('the SDK with a wrong key gets an AuthenticationError that does not echo the key whole', async () => {
    const client = clientFor(emulator, { apiKey: 'sk-wrong-key-123456' });
    await assert.rejects(client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'hi' }] }), (error: unknown) => {
      assert.ok(error instanceof AuthenticationError);
      assert.equal(error.status, 401);
      assert.equal(error.code, 'invalid_api_key');
      assert.match(error.message, /Incorrect API key provided: sk-\*+3456\./);
      assert.doesNotMatch(error.message, /wrong-key/);
      return true;
    });
  });

  test('every OpenAI endpoint needs it, and the key can be chosen', async () => {
    assert.equal((await callApi(emulator, '/models', { apiKey: 'nope' })).status, 401);
    assert.equal((await callApi(emulator, '/embeddings', { body: { model: 'm', input: 'x' }, apiKey: null })).status, 401);
    assert.equal((await callApi(emulator, '/models', { headers: { authorization: `Basic ${emulator.apiKey}` }, apiKey: null })).status, 401);
    assert.equal((await callApi(emulator, '/models')).status, 200);
  });
});

describe('malformed chat requests get 400 with OpenAI’s error body', () => {
  const cases: Array<{ name: string; body: unknown; error: { message: string | RegExp; param: string | null; code: string | null } }> = [
    { name: 'no model', body: { messages: CHAT.messages }, error: { message: 'you must provide a model parameter', param: null, code: null } },
    { name: 'no messages', body: { model: MODEL }, error: { message: "Missing required parameter: 'messages'.", param: 'messages', code: 'missing_required_parameter' } },
    { name: 'messages not an array', body: { model: MODEL, messages: 'hi' }, error: { message: /^Invalid type for 'messages': expected an array, but got a string instead\.$/, param: 'messages', code: 'invalid_type' } },
    { name: 'no message at all', body: { model: MODEL, messages: [] }, error: { message: /empty array/, param: 'messages', code: 'empty_array' } },
    {
      name: 'an unknown role',
      body: { model: MODEL, messages: [{ role: 'bot', content: 'x' }] },
      error: { message: "Invalid value: 'bot'. Supported values are: 'system', 'developer', 'user', 'assistant', 'tool', and 'function'.", param: 'messages[0].role', code: 'invalid_value' },
    },
    { name: 'a user turn without content', body: { model: MODEL, messages: [{ role: 'user' }] }, error: { message: "Missing required parameter: 'messages[0].content'.", param: 'messages[0].content', code: 'missing_required_parameter' } },
    { name: 'stream not a boolean', body: { ...CHAT, stream: 'yes' }, error: { message: /^Invalid type for 'stream'/, param: 'stream', code: 'invalid_type' } },
    { name: 'temperature above 2', body: { ...CHAT, temperature: 3 }, error: { message: /Expected a value <= 2, but got 3 instead/, param: 'temperature', code: 'decimal_above_max_value' } },
    { name: 'max_tokens of 0', body: { ...CHAT, max_tokens: 0 }, error: { message: /Expected a value >= 1/, param: 'max_tokens', code: 'integer_below_min_value' } },
  ];
  for (const { name, body, error } of cases) {
    test(name, async () => {
      const response = await callApi(emulator, '/chat/completions', { body });
      assert.equal(response.status, 400);
      const actual = errorOf(response);
      assert.equal(actual.type, 'invalid_request_error');
      if (typeof error.message === 'string') assert.equal(actual.message, error.message);
      else assert.match(actual.message, error.message);
      assert.equal(actual.param, error.param);
      assert.equal(actual.code, error.code);
      assert.equal(emulator.requests()[0]!.status, 400);
    });
  }

  test('the SDK raises BadRequestError', async () => {
    await assert.rejects(
      clientFor(emulator).chat.completions.create({ model: '', messages: [{ role: 'user', content: 'x' }] }),
      (error: unknown) => error instanceof BadRequestError && error.message === '400 you must provide a model parameter',
    );
  });

  test('a body that is not JSON', async () => {
    const response = await callApi(emulator, '/chat/completions', { rawBody: '{"model": "gpt' });
    assert.equal(response.status, 400);
    assert.match(errorOf(response).message, /^We could not parse the JSON body of your request/);
    assert.deepEqual(emulator.requests()[0]!.body, null);
  });

  test('a malformed request does not use up a failure meant for the next real one', async () => {
    emulator.fail({ status: 503 });
    assert.equal((await callApi(emulator, '/chat/completions', { body: { model: MODEL } })).status, 400);
    assert.equal((await callApi(emulator, '/chat/completions', { body: CHAT, apiKey: null })).status, 401);
    assert.equal((await callApi(emulator, '/chat/completions', { body: CHAT })).status, 503);
  });
});

describe('paths and sizes', () => {
  test('an unknown path is a recorded 404, as OpenAI answers it', async () => {
    const response = await callApi(emulator, '/completionz', { body: CHAT });
    assert.equal(response.status, 404);
    assert.deepEqual(errorOf(response), { message: 'Invalid URL (POST /v1/completionz)', type: 'invalid_request_error', param: null, code: null });
    const withoutVersion = await fetch(new URL('/chat/completions', emulator.url), { method: 'POST' });
    assert.equal(withoutVersion.status, 404, 'a base URL without /v1 shows as 404s');
    await withoutVersion.body?.cancel();
    assert.deepEqual(
      emulator.requests().map((request) => [request.path, request.status, request.model]),
      [
        ['/v1/completionz', 404, MODEL],
        ['/chat/completions', 404, null],
      ],
    );
  });

  test('models can be listed and retrieved through the SDK', async () => {
    const client = clientFor(emulator);
    const ids = [];
    for await (const model of client.models.list()) ids.push(model.id);
    assert.ok(ids.includes('gpt-4o-mini') && ids.includes('text-embedding-3-small'));
    assert.equal((await client.models.retrieve('gpt-4o')).owned_by, 'system');
    await assert.rejects(client.models.retrieve('gpt-0'), NotFoundError);
  });

  test('a context of several megabytes is accepted', async () => {
    const passage = 'Passport application fees and requirements. '.repeat(100_000);
    assert.ok(passage.length > 4_000_000);
    const completion = await clientFor(emulator).chat.completions.create({ model: MODEL, messages: [{ role: 'system', content: passage }, { role: 'user', content: 'fees?' }] });
    assert.equal(completion.choices[0]!.finish_reason, 'stop');
    assert.equal(emulator.chatRequests()[0]!.messages[0]!.content, passage);
  });

  test('a body above the limit is refused with 413 in OpenAI’s format', async () => {
    const response = await callApi(emulator, '/chat/completions', { rawBody: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'x'.repeat(MAX_BODY_BYTES) }] }) });
    assert.equal(response.status, 413);
    assert.equal(errorOf(response).type, 'invalid_request_error');
    assert.equal(emulator.requests()[0]!.status, 413);
  });
});
