import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { checkApiKey } from './api-key.ts';
import { injectedError, RefusedRequest, serverError, type OpenAIError } from './openai-errors.ts';
import { isRecord } from './is-record.ts';
import type { Delays } from './delays.ts';
import type { Endpoint, OpenAIFailureQueue } from './failure-queue.ts';
import type { RequestLog } from './request-log.ts';
import type { ChatRequest } from './types.ts';

/** What every OpenAI request is checked against and recorded in. */
export interface OpenAIContext {
  apiKey: string;
  log: RequestLog;
  failures: OpenAIFailureQueue;
  delays: Delays;
}

/** A successful answer: JSON, or server-sent events with the chunks they carry (recorded as the response). */
export type Outcome = { type: 'json'; body: unknown } | { type: 'events'; text: string; chunks: unknown[] };

/** A request the endpoint accepted, ready to be answered. */
export interface Operation {
  /** Set for chat completions: what the model was sent. */
  chat?: ChatRequest;
  answer(): Outcome | Promise<Outcome>;
}

/** One OpenAI endpoint: which failures target it, and how it reads a request (throwing RefusedRequest as OpenAI would). */
export interface Route {
  endpoint: Endpoint;
  prepare(request: FastifyRequest): Operation;
}

export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function modelOf(body: unknown): string | null {
  return isRecord(body) && typeof body.model === 'string' ? body.model : null;
}

/** OpenAI names every response; the SDK exposes it as `requestID` on answers and errors. */
function requestId(): string {
  return `req_${randomBytes(16).toString('hex')}`;
}

function bodyBytes(request: FastifyRequest): number {
  const length = Number(request.headers['content-length']);
  return Number.isFinite(length) ? length : 0;
}

/** Records a request that never reached a route (unknown path, unreadable body) and answers its error. */
export function refuseUnrouted(log: RequestLog, request: FastifyRequest, reply: FastifyReply, error: OpenAIError): FastifyReply {
  const body = request.body ?? null;
  log.record({ at: Date.now(), path: pathOf(request.url), model: modelOf(body), body, status: error.status, response: error.body }, bodyBytes(request));
  return reply.code(error.status).header('x-request-id', requestId()).send(error.body);
}

/**
 * Answers one OpenAI request in OpenAI's order: the key, then the request
 * itself; then any failure a test queued (which targets well-formed requests
 * only, so a malformed one never uses up a failure meant for the next real
 * call); then the answer. Every request is recorded once, with what it was
 * answered, when it was answered.
 */
export async function handleOpenAICall(context: OpenAIContext, route: Route, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const at = Date.now();
  const body = request.body ?? null;
  const record = (status: number, response: unknown, chat?: ChatRequest): void =>
    context.log.record({ at, path: pathOf(request.url), model: modelOf(body), body, status, response }, bodyBytes(request), chat);
  reply.header('x-request-id', requestId());
  const refuse = (error: OpenAIError, chat?: ChatRequest): FastifyReply => {
    record(error.status, error.body, chat);
    return reply
      .code(error.status)
      .headers(error.headers ?? {})
      .send(error.body);
  };

  const keyError = checkApiKey(request.headers, context.apiKey);
  if (keyError) return refuse(keyError);

  let operation: Operation;
  try {
    operation = route.prepare(request);
  } catch (error) {
    if (error instanceof RefusedRequest) return refuse(error.error);
    throw error;
  }
  const { chat } = operation;

  const failure = context.failures.forEndpoint(route.endpoint);
  if (failure?.delayMs !== undefined) {
    const hungUp = new AbortController();
    const onClose = (): void => hungUp.abort();
    reply.raw.once('close', onClose);
    await context.delays.sleep(failure.delayMs, hungUp.signal);
    reply.raw.off('close', onClose);
    if (hungUp.signal.aborted) {
      // The client gave up (its timeout): there is no one to answer, but the model was asked.
      record(0, null, chat);
      reply.hijack();
      reply.raw.destroy();
      return reply;
    }
  }
  if (failure?.status !== undefined) return refuse(injectedError({ ...failure, status: failure.status }), chat);

  let outcome: Outcome;
  try {
    outcome = await operation.answer();
  } catch (error) {
    // Most likely a test's responder threw: answer as OpenAI does when it fails, and say why in the message.
    console.error('openai emulator: the answer failed', error);
    return refuse(serverError(`The emulator's responder failed: ${error instanceof Error ? error.message : String(error)}`), chat);
  }
  if (outcome.type === 'events') {
    record(200, outcome.chunks, chat);
    return reply.code(200).header('content-type', 'text/event-stream; charset=utf-8').header('cache-control', 'no-cache').send(outcome.text);
  }
  record(200, outcome.body, chat);
  return reply.code(200).send(outcome.body);
}
