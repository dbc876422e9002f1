import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { BadRequestError } from 'openai';
import { startOpenAIEmulator, type OpenAIEmulator } from '../src/index.ts';
import { callApi, clientFor, cosine, EMBEDDING_MODEL, errorOf, useEmulator } from './helpers.ts';

const current = useEmulator();
let emulator: OpenAIEmulator;
beforeEach(() => {
  emulator = current();
});

function norm(vector: readonly number[]): number {
  return Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
}

describe('embeddings', () => {
  test('float: one unit vector of 256 dimensions per input, in order, with usage', async () => {
    const response = await clientFor(emulator).embeddings.create({
      model: EMBEDDING_MODEL,
      input: ['passport application', 'renew a driving licence'],
      encoding_format: 'float',
    });
    assert.equal(response.object, 'list');
    assert.equal(response.model, EMBEDDING_MODEL);
    assert.deepEqual(
      response.data.map((item) => [item.object, item.index, item.embedding.length]),
      [
        ['embedding', 0, 256],
        ['embedding', 1, 256],
      ],
    );
    for (const item of response.data) assert.ok(Math.abs(norm(item.embedding) - 1) < 1e-6);
    // ceil(2 × 1.3) + ceil(4 × 1.3)
    assert.deepEqual(response.usage, { prompt_tokens: 3 + 6, total_tokens: 9 });
    assert.equal((emulator.requests()[0]!.body as { encoding_format: string }).encoding_format, 'float');
  });

  test('the same text always gets the same vector', async () => {
    const client = clientFor(emulator);
    const first = await client.embeddings.create({ model: EMBEDDING_MODEL, input: 'Good conduct certificate', encoding_format: 'float' });
    const second = await client.embeddings.create({ model: EMBEDDING_MODEL, input: 'Good conduct certificate', encoding_format: 'float' });
    assert.deepEqual(first.data[0]!.embedding, second.data[0]!.embedding);
  });

  test('the SDK default asks for base64 on the wire and gets the same numbers as float', async () => {
    const client = clientFor(emulator);
    const decoded = await client.embeddings.create({ model: EMBEDDING_MODEL, input: 'How do I pay for a passport?' });
    const float = await client.embeddings.create({ model: EMBEDDING_MODEL, input: 'How do I pay for a passport?', encoding_format: 'float' });

    const [wire] = emulator.requests();
    assert.equal((wire!.body as { encoding_format: string }).encoding_format, 'base64', 'the SDK asked for base64 itself');
    const sent = (wire!.response as { data: Array<{ embedding: unknown }> }).data[0]!.embedding;
    assert.equal(typeof sent, 'string');
    assert.ok(Array.isArray(decoded.data[0]!.embedding), 'the SDK decoded it to numbers');
    assert.deepEqual(decoded.data[0]!.embedding, float.data[0]!.embedding);
  });

  test('explicit base64 is returned as the string, little-endian float32s', async () => {
    const response = await clientFor(emulator).embeddings.create({ model: EMBEDDING_MODEL, input: 'land rates', encoding_format: 'base64' });
    const bytes = Buffer.from(response.data[0]!.embedding, 'base64');
    assert.equal(bytes.length, 256 * 4);
    const values = Array.from({ length: 256 }, (_, index) => bytes.readFloatLE(index * 4));
    assert.ok(Math.abs(norm(values) - 1) < 1e-6);
  });

  test('texts that share words are closer than unrelated ones', async () => {
    const response = await clientFor(emulator).embeddings.create({
      model: EMBEDDING_MODEL,
      input: ['How do I apply for a passport?', 'Passport application: apply for a Kenyan passport online', 'Pay land rates in Nairobi county'],
    });
    const [question, related, unrelated] = response.data.map((item) => item.embedding);
    const close = cosine(question!, related!);
    const far = cosine(question!, unrelated!);
    assert.ok(close > 0.5, `related texts: ${close}`);
    assert.ok(close > far + 0.3, `related ${close} vs unrelated ${far}`);
  });

  test('shared stems count too, through character trigrams', async () => {
    const response = await clientFor(emulator).embeddings.create({ model: EMBEDDING_MODEL, input: ['passports', 'passport', 'licence'] });
    const [plural, singular, other] = response.data.map((item) => item.embedding);
    assert.ok(cosine(plural!, singular!) > cosine(plural!, other!) + 0.3);
  });

  test('`dimensions` in the request, token arrays as input', async () => {
    const response = await clientFor(emulator).embeddings.create({ model: EMBEDDING_MODEL, input: [[101, 2023], [101, 2023]], dimensions: 64, encoding_format: 'float' });
    assert.equal(response.data[0]!.embedding.length, 64);
    assert.deepEqual(response.data[0]!.embedding, response.data[1]!.embedding);
  });

  test('the embeddingDimensions option sets the default length', async () => {
    const small = await startOpenAIEmulator({ embeddingDimensions: 32 });
    try {
      const response = await clientFor(small).embeddings.create({ model: EMBEDDING_MODEL, input: 'hello' });
      assert.equal(response.data[0]!.embedding.length, 32);
    } finally {
      await small.close();
    }
    await assert.rejects(startOpenAIEmulator({ embeddingDimensions: 0 }), RangeError);
  });

  test('empty input and unknown encodings are refused as OpenAI refuses them', async () => {
    await assert.rejects(clientFor(emulator).embeddings.create({ model: EMBEDDING_MODEL, input: '' }), (error: unknown) => {
      assert.ok(error instanceof BadRequestError);
      assert.equal(error.param, 'input');
      return true;
    });
    const badEncoding = await callApi(emulator, '/embeddings', { body: { model: EMBEDDING_MODEL, input: 'x', encoding_format: 'hex' } });
    assert.equal(badEncoding.status, 400);
    assert.deepEqual(errorOf(badEncoding), {
      message: "Invalid value: 'hex'. Supported values are: 'float' and 'base64'.",
      type: 'invalid_request_error',
      param: 'encoding_format',
      code: 'invalid_value',
    });
    const noInput = await callApi(emulator, '/embeddings', { body: { model: EMBEDDING_MODEL } });
    assert.equal(errorOf(noInput).code, 'missing_required_parameter');
    assert.deepEqual(
      emulator.requests().map((request) => request.status),
      [400, 400, 400],
    );
  });
});
