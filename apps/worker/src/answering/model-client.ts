import OpenAI from 'openai';
import type { Config } from '@ecitizen/config';
import type { ChatMessage } from './model-prompt.ts';

export interface ModelClient {
  complete(messages: ChatMessage[], signal: AbortSignal): Promise<string>;
}

/**
 * The language model through the official SDK: OpenAI, or any compatible
 * server (OPENAI_BASE_URL). The SDK's own timeout and retries (with backoff,
 * honouring Retry-After) bound how long a citizen waits before the embedded
 * answer is used instead.
 */
export function createModelClient(settings: Config['model']): ModelClient {
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, timeout: settings.timeoutMs, maxRetries: settings.maxRetries });
  return {
    async complete(messages, signal) {
      const completion = await client.chat.completions.create({ model: settings.model, messages, temperature: 0.2, max_tokens: 350 }, { signal });
      const text = completion.choices[0]?.message.content?.trim();
      if (!text) throw new Error('the model returned an empty answer');
      return text;
    },
  };
}
