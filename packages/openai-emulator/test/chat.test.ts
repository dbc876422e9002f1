import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { InternalServerError } from 'openai';
import type { ChatCompletionChunk, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { defaultResponder, type ChatRequest, type OpenAIEmulator } from '../src/index.ts';
import { callApi, clientFor, MODEL, useEmulator } from './helpers.ts';

const SOURCES = `Answer only from these sources.

[1] Passport application
URL: https://www.ecitizen.go.ke/passport
Apply for a Kenyan passport online and book a biometrics appointment.

[2] Driving licence renewal
URL: https://ntsa.ecitizen.go.ke/renew`;

const ENGLISH_ANSWER = 'For "Passport application", you can apply here: https://www.ecitizen.go.ke/passport';
const SWAHILI_ANSWER = 'Kwa "Passport application", unaweza kutuma ombi hapa: https://www.ecitizen.go.ke/passport';
const ENGLISH_NO_ANSWER = "I'm sorry, I don't know the answer to that, but I can connect you with a person who can help.";
const SWAHILI_NO_ANSWER = 'Samahani, sijui jibu la swali hilo, lakini ninaweza kukuunganisha na mtu atakayekusaidia.';

function conversation(system: string, question: string): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: system },
    { role: 'user', content: question },
  ];
}

const current = useEmulator();
let emulator: OpenAIEmulator;
beforeEach(() => {
  emulator = current();
});

async function ask(messages: ChatCompletionMessageParam[]): Promise<string | null> {
  const completion = await clientFor(emulator).chat.completions.create({ model: MODEL, messages });
  return completion.choices[0]!.message.content;
}

describe('the default responder', () => {
  test('points to the first source, with its title, in English', async () => {
    assert.equal(await ask(conversation(`${SOURCES}\nReply in English.`, 'How do I get a passport?')), ENGLISH_ANSWER);
  });

  test('answers in Swahili when the system prompt says to reply in Swahili', async () => {
    assert.equal(await ask(conversation(`Reply in Kiswahili.\n\n${SOURCES}`, 'Nitapataje pasipoti?')), SWAHILI_ANSWER);
  });

  test('offers a person, in the reply language, when the context has no URL', async () => {
    assert.equal(await ask(conversation('You are the eCitizen assistant.', 'What is the meaning of life?')), ENGLISH_NO_ANSWER);
    assert.equal(await ask(conversation('You are the eCitizen assistant. Reply in Swahili.', 'Maana ya maisha ni nini?')), SWAHILI_NO_ANSWER);
  });

  test('is deterministic', async () => {
    const messages = conversation(SOURCES, 'passport?');
    const answers = await Promise.all([ask(messages), ask(messages), ask(messages)]);
    assert.deepEqual(answers, [ENGLISH_ANSWER, ENGLISH_ANSWER, ENGLISH_ANSWER]);
  });
});

describe('responders set by tests', () => {
  test('a responder gets the parsed request and writes the answer', async () => {
    const seen: ChatRequest[] = [];
    emulator.respondWith(async (request) => {
      seen.push(request);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return `echo: ${request.messages.at(-1)?.content as string}`;
    });
    const completion = await clientFor(emulator).chat.completions.create({ model: 'gpt-4.1', temperature: 0.2, messages: conversation('system', 'hello there') });
    assert.equal(completion.choices[0]!.message.content, 'echo: hello there');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.model, 'gpt-4.1');
    assert.equal(seen[0]!.temperature, 0.2);
  });

  test('a fixed text answers everything until null restores the default', async () => {
    emulator.respondWith('Fixed answer.');
    assert.equal(await ask(conversation(SOURCES, 'passport?')), 'Fixed answer.');
    assert.equal(await ask(conversation('x', 'anything')), 'Fixed answer.');
    emulator.respondWith(null);
    assert.equal(await ask(conversation(SOURCES, 'passport?')), ENGLISH_ANSWER);
  });

  test('reset() restores the responder the emulator started with', async () => {
    emulator.respondWith('Fixed answer.');
    emulator.reset();
    assert.equal(await ask(conversation(SOURCES, 'passport?')), ENGLISH_ANSWER);
  });

  test('a responder that throws makes a 500 that says why', async () => {
    emulator.respondWith(() => {
      throw new Error('responder exploded');
    });
    const originalError = console.error;
    console.error = () => {};
    try {
      await assert.rejects(ask(conversation('x', 'y')), (error: unknown) => {
        assert.ok(error instanceof InternalServerError);
        assert.equal(error.status, 500);
        assert.equal(error.type, 'server_error');
        assert.match(error.message, /responder exploded/);
        return true;
      });
    } finally {
      console.error = originalError;
    }
    assert.equal(emulator.requests()[0]!.status, 500);
  });

  test('the exported default responder is the one used', () => {
    assert.equal(defaultResponder({ model: MODEL, messages: [{ role: 'system', content: SOURCES }] }), ENGLISH_ANSWER);
  });
});

describe('what was sent is recorded', () => {
  test('chatRequests() holds the bodies exactly as the client sent them', async () => {
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: SOURCES },
      { role: 'user', content: 'Habari' },
      { role: 'assistant', content: 'Habari! Nikusaidie vipi?' },
      { role: 'user', content: [{ type: 'text', text: 'Passport, please' }], name: 'citizen' },
    ];
    await clientFor(emulator).chat.completions.create({ model: MODEL, messages, temperature: 0, max_completion_tokens: 200, user: 'psid-1' });
    const [request] = emulator.chatRequests();
    assert.deepEqual(request, { model: MODEL, messages, temperature: 0, max_completion_tokens: 200, user: 'psid-1' });
  });

  test('requests() records path, model, body, status and the response the client got', async () => {
    const before = Date.now();
    const completion = await clientFor(emulator).chat.completions.create({ model: MODEL, messages: conversation(SOURCES, 'passport?') });
    const [recorded, ...rest] = emulator.requests();
    assert.equal(rest.length, 0);
    assert.equal(recorded!.path, '/v1/chat/completions');
    assert.equal(recorded!.model, MODEL);
    assert.equal(recorded!.status, 200);
    assert.deepEqual(recorded!.body, { model: MODEL, messages: conversation(SOURCES, 'passport?') });
    assert.deepEqual(recorded!.response, completion);
    assert.ok(recorded!.at >= before && recorded!.at <= Date.now());
  });

  test('waitForChatRequests resolves once enough chat requests were answered', async () => {
    const waiting = emulator.waitForChatRequests(2, 2000);
    await clientFor(emulator).embeddings.create({ model: 'text-embedding-3-small', input: 'not a chat' });
    await ask(conversation('x', 'first'));
    await ask(conversation('x', 'second'));
    const requests = await waiting;
    assert.deepEqual(
      requests.map((request) => request.messages.at(-1)?.content),
      ['first', 'second'],
    );
  });

  test('waitForChatRequests rejects after its timeout, saying what came instead', async () => {
    await callApi(emulator, '/chat/completions', { body: { model: MODEL, messages: [] } });
    await assert.rejects(emulator.waitForChatRequests(1, 50), /waited 50 ms for 1 chat request\(s\) but 0 arrived.*\/v1\/chat\/completions → 400/);
  });
});

describe('the completion', () => {
  test('has OpenAI shape and approximate token counts', async () => {
    emulator.respondWith('one two three four five six seven eight nine ten');
    const completion = await clientFor(emulator).chat.completions.create({
      model: MODEL,
      messages: conversation('alpha beta gamma delta', 'epsilon zeta'),
    });
    assert.match(completion.id, /^chatcmpl-/);
    assert.match(completion._request_id ?? '', /^req_[0-9a-f]{32}$/, 'the SDK reads x-request-id');
    assert.equal(completion.object, 'chat.completion');
    assert.equal(completion.model, MODEL);
    assert.ok(Math.abs(completion.created - Date.now() / 1000) < 5);
    assert.deepEqual(completion.choices, [
      {
        index: 0,
        message: { role: 'assistant', content: 'one two three four five six seven eight nine ten', refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: 'stop',
      },
    ]);
    // ceil(words × 1.3) per message: ceil(5.2) + ceil(2.6) = 6 + 3 for the prompt, ceil(13) for the answer.
    assert.deepEqual(completion.usage, { prompt_tokens: 6 + 3, completion_tokens: 13, total_tokens: 22 });
  });

  test('is cut at max_tokens with finish_reason length', async () => {
    emulator.respondWith('one two three four five six seven eight nine ten');
    const completion = await clientFor(emulator).chat.completions.create({ model: MODEL, max_tokens: 4, messages: conversation('x', 'y') });
    assert.equal(completion.choices[0]!.message.content, 'one two three');
    assert.equal(completion.choices[0]!.finish_reason, 'length');
    assert.equal(completion.usage?.completion_tokens, 4);
  });
});

describe('streaming', () => {
  test('the SDK reassembles the answer from the chunks', async () => {
    const stream = await clientFor(emulator).chat.completions.create({ model: MODEL, stream: true, messages: conversation(SOURCES, 'passport?') });
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    assert.equal(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join(''), ENGLISH_ANSWER);
    assert.ok(chunks.length > 3, 'the text comes in several chunks');
    assert.equal(chunks[0]!.choices[0]!.delta.role, 'assistant');
    assert.equal(chunks.at(-1)!.choices[0]!.finish_reason, 'stop');
    assert.ok(chunks.slice(0, -1).every((chunk) => chunk.choices[0]!.finish_reason === null));
    assert.equal(new Set(chunks.map((chunk) => chunk.id)).size, 1, 'one id for the whole stream');
    assert.ok(chunks.every((chunk) => chunk.object === 'chat.completion.chunk' && chunk.usage === undefined));

    const [recorded] = emulator.requests();
    assert.equal(recorded!.status, 200);
    assert.deepEqual(recorded!.response, chunks, 'the chunks sent are recorded');
  });

  test('with include_usage, a last chunk with no choices carries the usage', async () => {
    emulator.respondWith('three little words');
    const stream = await clientFor(emulator).chat.completions.create({
      model: MODEL,
      stream: true,
      stream_options: { include_usage: true },
      messages: conversation('x', 'y'),
    });
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const last = chunks.at(-1)!;
    assert.deepEqual(last.choices, []);
    assert.deepEqual(last.usage, { prompt_tokens: 4, completion_tokens: 4, total_tokens: 8 });
    assert.ok(chunks.slice(0, -1).every((chunk) => chunk.usage === null));
  });

  test('on the wire: server-sent events ending with [DONE]', async () => {
    emulator.respondWith('Hi there');
    const response = await fetch(`${emulator.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${emulator.apiKey}` },
      body: JSON.stringify({ model: MODEL, stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const text = await response.text();
    const events = text.split('\n\n').filter((event) => event !== '');
    assert.ok(events.every((event) => event.startsWith('data: ')));
    assert.equal(events.at(-1), 'data: [DONE]');
    const contents = events.slice(0, -1).map((event) => (JSON.parse(event.slice(6)) as ChatCompletionChunk).choices[0]?.delta.content ?? '');
    assert.deepEqual(contents, ['', 'Hi', ' there', '']);
  });
});
