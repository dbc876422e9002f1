import type { FastifyInstance, FastifyReply } from 'fastify';
import { isRecord } from './is-record.ts';
import type { OpenAIFailureQueue } from './failure-queue.ts';
import type { RequestLog } from './request-log.ts';

export const CONTROL_PREFIX = '/__emulator';

export interface ControlContext {
  log: RequestLog;
  failures: OpenAIFailureQueue;
  /** A fixed answer for every chat request; null restores the default responder. */
  respondWith(text: string | null): void;
  reset(): void;
}

function badRequest(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(400).send({ error: message });
}

/** `{ "text": "…" }` for a fixed answer, `{}` (or no body, or a null text) for the default one. */
function fixedTextOf(body: unknown): string | null {
  if (body === undefined || body === null) return null;
  if (!isRecord(body)) throw new TypeError('the body is an object: { "text": "…" }, or {} for the default responder');
  const unknown = Object.keys(body).filter((key) => key !== 'text');
  if (unknown.length > 0) throw new TypeError(`unknown field(s): ${unknown.join(', ')}`);
  const { text } = body;
  if (text === undefined || text === null) return null;
  if (typeof text !== 'string') throw new TypeError('`text` must be a string');
  return text;
}

/**
 * The emulator's own API, for processes that did not start it (tests that
 * spawn the apps, the chat tool, benchmarks):
 *
 *   GET  /__emulator/health     {status, requests}
 *   GET  /__emulator/requests   {requests}: every OpenAI request, oldest first
 *   POST /__emulator/fail       a FailureSpec             201 {queued}
 *   POST /__emulator/respond    {"text": "…"} fixed answer, {} the default   {responder}
 *   POST /__emulator/reset      forgets requests and failures, restores the responder
 */
export function registerControlRoutes(app: FastifyInstance, context: ControlContext): void {
  const { log, failures } = context;

  app.get(`${CONTROL_PREFIX}/health`, async () => ({ status: 'ok', requests: log.requests().length }));

  app.get(`${CONTROL_PREFIX}/requests`, async () => ({ requests: log.requests() }));

  app.post(`${CONTROL_PREFIX}/fail`, async (request, reply) => {
    try {
      failures.add(request.body);
    } catch (error) {
      if (error instanceof TypeError) return badRequest(reply, error.message);
      throw error;
    }
    return reply.code(201).send({ queued: failures.size });
  });

  app.post(`${CONTROL_PREFIX}/respond`, async (request, reply) => {
    let text: string | null;
    try {
      text = fixedTextOf(request.body);
    } catch (error) {
      if (error instanceof TypeError) return badRequest(reply, error.message);
      throw error;
    }
    context.respondWith(text);
    return { responder: text === null ? 'default' : 'fixed' };
  });

  app.post(`${CONTROL_PREFIX}/reset`, async () => {
    context.reset();
    return { reset: true };
  });
}
