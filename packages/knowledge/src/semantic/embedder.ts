import OpenAI from 'openai';
import type { ModelSettings } from '@ecitizen/config';
import { normalised } from './vectors.ts';

/** Turns texts into vectors of length 1, in order. */
export interface Embedder {
  /** The embedding model: vectors of different models are never compared. */
  readonly model: string;
  embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]>;
}

/**
 * Embeddings through the official SDK (OpenAI or any compatible server), or
 * null when no key or no embedding model is configured: search is then
 * lexical only, as it must stay good without them.
 */
export function createEmbedder(settings: ModelSettings): Embedder | null {
  if (settings.apiKey === '' || settings.embeddingModel === '') return null;
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, timeout: settings.timeoutMs, maxRetries: settings.maxRetries });
  const model = settings.embeddingModel;
  return {
    model,
    async embed(texts, signal) {
      if (texts.length === 0) return [];
      const response = await client.embeddings.create({ model, input: [...texts], encoding_format: 'float' }, { signal });
      const byIndex = [...response.data].sort((a, b) => a.index - b.index);
      if (byIndex.length !== texts.length) throw new Error(`the embedding model returned ${byIndex.length} vectors for ${texts.length} texts`);
      return byIndex.map((item) => normalised(item.embedding));
    },
  };
}
