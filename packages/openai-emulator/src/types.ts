/** The roles the chat completions API accepts. */
export type ChatRole = 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function';

export const CHAT_ROLES: readonly ChatRole[] = ['system', 'developer', 'user', 'assistant', 'tool', 'function'];

/** One part of a multi-part message; text parts carry `text`, others (images, files) are kept as sent. */
export interface ChatContentPart {
  type: string;
  text?: string;
  [field: string]: unknown;
}

export interface ChatMessage {
  role: ChatRole;
  /** null only on assistant turns that called tools. */
  content: string | ChatContentPart[] | null;
  name?: string;
  [field: string]: unknown;
}

/** A chat completions request body as sent, once checked; fields the emulator does not use are kept. */
export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  max_tokens?: number;
  max_completion_tokens?: number;
  stream?: boolean;
  stream_options?: { include_usage?: boolean } | null;
  [field: string]: unknown;
}

/** Writes the assistant's answer to a chat request. */
export type Responder = (request: ChatRequest) => string | Promise<string>;

/** Which endpoint a failure applies to. */
export type FailurePath = 'chat' | 'embeddings' | 'any';

export interface FailureSpec {
  /** Answer with this HTTP status (400-599) and OpenAI's error body for it. */
  status?: number;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** Answer this late; without `status`, the answer is a normal one. */
  delayMs?: number;
  /** Sent as the `retry-after` header (which the SDK obeys). */
  retryAfterSeconds?: number;
  /** Replaces the error message OpenAI would send. */
  message?: string;
  /** Default 'any': every OpenAI endpoint. */
  path?: FailurePath;
}

export interface RecordedRequest {
  /** When the request arrived (ms since the epoch). */
  at: number;
  /** Without the query string, e.g. /v1/chat/completions. */
  path: string;
  /** The body's `model`, when it has one. */
  model: string | null;
  body: unknown;
  /** 0 when the client hung up before it was answered (a client-side timeout). */
  status: number;
  /** The JSON answered; a stream's chunks as an array; null when not answered. */
  response: unknown;
}

export interface OpenAIEmulatorOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Requests need `Authorization: Bearer <apiKey>`; default 'test-openai-key'. */
  apiKey?: string;
  /** Writes chat answers; default the grounded responder of default-responder.ts. */
  responder?: Responder;
  /** Length of embedding vectors when a request names no `dimensions`; default 256. */
  embeddingDimensions?: number;
  /** Fastify's request log; default off. */
  logger?: boolean;
}

export interface OpenAIEmulator {
  /** The base URL including /v1, what OPENAI_BASE_URL is set to, e.g. http://127.0.0.1:41234/v1. */
  url: string;
  apiKey: string;
  /** Every request to an OpenAI path, answered or failed, oldest first. */
  requests(): RecordedRequest[];
  /** Bodies of well-formed, authorised chat completion requests (injected failures included), oldest first. */
  chatRequests(): ChatRequest[];
  /** Resolves once `count` chat requests were answered since the last reset; rejects after timeoutMs (default 10000). */
  waitForChatRequests(count: number, timeoutMs?: number): Promise<ChatRequest[]>;
  /** A responder, or a fixed answer; null restores the default. */
  respondWith(responder: Responder | string | null): void;
  /** Queues failures, consumed in order; throws a TypeError when the spec is malformed. */
  fail(spec: FailureSpec): void;
  /** Forgets requests and queued failures, and restores the responder the emulator started with. */
  reset(): void;
  close(): Promise<void>;
}
