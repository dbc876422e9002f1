import { randomBytes } from 'node:crypto';
import { messageText } from './message-text.ts';
import { approximateTokens, truncateToTokens } from './tokens.ts';
import type { ChatRequest } from './types.ts';

export type FinishReason = 'stop' | 'length';

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface ChatCompletionBody {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  system_fingerprint: string;
  choices: Array<{
    index: number;
    message: { role: 'assistant'; content: string; refusal: null; annotations: [] };
    logprobs: null;
    finish_reason: FinishReason;
  }>;
  usage: Usage;
}

export interface ChatCompletionChunkBody {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  system_fingerprint: string;
  choices: Array<{
    index: number;
    delta: { role?: 'assistant'; content?: string; refusal?: null };
    logprobs: null;
    finish_reason: FinishReason | null;
  }>;
  /** Present (null but on the last chunk) only when the request asked for usage. */
  usage?: Usage | null;
}

/** Marks answers as the emulator's in logs that print it. */
const FINGERPRINT = 'fp_emulator';

/** An answer as the model would give it under the request's token limit. */
interface Answer {
  id: string;
  created: number;
  model: string;
  content: string;
  finishReason: FinishReason;
  usage: Usage;
}

/** Cuts the responder's text to `max_completion_tokens` (or the older `max_tokens`), ending with 'length' as OpenAI does. */
export function answerTo(request: ChatRequest, text: string): Answer {
  const limit = request.max_completion_tokens ?? request.max_tokens;
  const cut = limit !== undefined && approximateTokens(text) > limit;
  const content = cut ? truncateToTokens(text, limit) : text;
  const promptTokens = request.messages.reduce((sum, message) => sum + approximateTokens(messageText(message)), 0);
  const completionTokens = approximateTokens(content);
  return {
    id: `chatcmpl-${randomBytes(15).toString('hex')}`,
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    content,
    finishReason: cut ? 'length' : 'stop',
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

export function completionBody(answer: Answer): ChatCompletionBody {
  return {
    id: answer.id,
    object: 'chat.completion',
    created: answer.created,
    model: answer.model,
    system_fingerprint: FINGERPRINT,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: answer.content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: answer.finishReason,
      },
    ],
    usage: answer.usage,
  };
}

/**
 * The chunks OpenAI streams: the role first, then the text a word at a
 * time, then the finish reason; with `stream_options.include_usage`, every
 * chunk carries `usage: null` and one last chunk with no choices carries it.
 */
export function completionChunks(answer: Answer, includeUsage: boolean): ChatCompletionChunkBody[] {
  const chunk = (delta: ChatCompletionChunkBody['choices'][number]['delta'], finishReason: FinishReason | null): ChatCompletionChunkBody => ({
    id: answer.id,
    object: 'chat.completion.chunk',
    created: answer.created,
    model: answer.model,
    system_fingerprint: FINGERPRINT,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...(includeUsage ? { usage: null } : {}),
  });
  const words: string[] = [...(answer.content.match(/\s*\S+/g) ?? [])];
  // Trailing whitespace belongs to no word, but the pieces must add up to the content.
  const rest = answer.content.slice(words.join('').length);
  if (rest !== '') words.push(rest);
  const chunks = [chunk({ role: 'assistant', content: '', refusal: null }, null), ...words.map((word) => chunk({ content: word }, null)), chunk({}, answer.finishReason)];
  if (includeUsage) chunks.push({ ...chunk({}, null), choices: [], usage: answer.usage });
  return chunks;
}

/** Server-sent events as OpenAI frames them, ending with its `[DONE]` sentinel. */
export function serverSentEvents(chunks: readonly unknown[]): string {
  return `${chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('')}data: [DONE]\n\n`;
}
