import { after, before, beforeEach } from 'node:test';
import OpenAI, { type ClientOptions } from 'openai';
import { startOpenAIEmulator, type OpenAIEmulator, type OpenAIEmulatorOptions } from '../src/index.ts';

export const MODEL = 'gpt-4o-mini';
export const EMBEDDING_MODEL = 'text-embedding-3-small';

/**
 * One emulator for a test file, reset before each test: the hooks are
 * registered here, the returned function gives the running emulator.
 */
export function useEmulator(options: OpenAIEmulatorOptions = {}): () => OpenAIEmulator {
  let emulator: OpenAIEmulator | undefined;
  before(async () => {
    emulator = await startOpenAIEmulator(options);
  });
  beforeEach(() => emulator!.reset());
  after(() => emulator!.close());
  return () => emulator!;
}

/** The official SDK pointed at the emulator; no retries unless a test asks for them. */
export function clientFor(emulator: OpenAIEmulator, options: ClientOptions = {}): OpenAI {
  return new OpenAI({ apiKey: emulator.apiKey, baseURL: emulator.url, maxRetries: 0, ...options });
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A raw HTTP call to an OpenAI path (under /v1), for what the SDK would not send. */
export async function callApi(
  emulator: OpenAIEmulator,
  path: string,
  init: { method?: string; body?: unknown; rawBody?: string; apiKey?: string | null; headers?: Record<string, string> } = {},
): Promise<HttpResponse> {
  const apiKey = init.apiKey === undefined ? emulator.apiKey : init.apiKey;
  const hasBody = init.body !== undefined || init.rawBody !== undefined;
  const response = await fetch(`${emulator.url}${path}`, {
    method: init.method ?? (hasBody ? 'POST' : 'GET'),
    headers: {
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...(apiKey === null ? {} : { authorization: `Bearer ${apiKey}` }),
      ...init.headers,
    },
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** A call to the emulator's own control API. */
export async function control(emulator: OpenAIEmulator, path: string, body?: unknown): Promise<HttpResponse> {
  const response = await fetch(new URL(`/__emulator${path}`, emulator.url), {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** OpenAI's error body, typed for assertions. */
export interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export function errorOf(response: HttpResponse): ErrorBody['error'] {
  return (response.body as ErrorBody).error;
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  a.forEach((value, index) => {
    const other = b[index]!;
    dot += value * other;
    normA += value * value;
    normB += other * other;
  });
  return dot / Math.sqrt(normA * normB);
}

/** Polls until `check` returns a value; for state the emulator reaches just after the client moved on. */
export async function eventually<T>(check: () => T | undefined, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
