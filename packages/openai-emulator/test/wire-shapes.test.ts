import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { CreateEmbeddingResponse } from 'openai/resources/embeddings';
import type { Model } from 'openai/resources/models';
import { answerTo, completionBody, completionChunks } from '../src/chat-completion.ts';
import { embeddingsBody } from '../src/embeddings.ts';
import { modelList } from '../src/models.ts';
import { invalidRequest } from '../src/openai-errors.ts';
import type { ErrorObject } from 'openai/resources/shared';

// These assignments are the check: `pnpm typecheck` fails when the emulator's
// answers drift from the types of the installed SDK. The runtime asserts
// below only make sure each builder ran.
const request = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: 'hello there' }] };
const answer = answerTo(request, 'General Kenobi');
const completion: ChatCompletion = completionBody(answer);
const chunks: ChatCompletionChunk[] = completionChunks(answer, true);
const floats = embeddingsBody({ model: 'text-embedding-3-small', texts: ['a'], encoding: 'float' }, 8);
const embeddings: CreateEmbeddingResponse = {
  ...floats,
  data: floats.data.map(({ embedding, ...item }) => ({ ...item, embedding: Array.isArray(embedding) ? embedding : [] })),
};
const models: Model[] = modelList().data;
const errorDetail: ErrorObject = invalidRequest('bad', 'messages', 'invalid_value').body.error;

test('the answers have the shapes the installed SDK declares', () => {
  assert.equal(completion.choices[0]!.message.content, 'General Kenobi');
  assert.equal(chunks.at(-1)!.usage?.total_tokens, answer.usage.total_tokens);
  assert.equal(embeddings.data[0]!.embedding.length, 8);
  assert.ok(models.length > 0);
  assert.equal(errorDetail.param, 'messages');
});
