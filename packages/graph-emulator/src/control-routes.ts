import type { FastifyInstance, FastifyReply } from 'fastify';
import { CALL_KINDS, type CallKind } from './types.ts';
import type { CallLog } from './call-log.ts';
import type { GraphFailureQueue } from './failure-queue.ts';
import type { MessengerProfile } from './messenger-profile.ts';

export const CONTROL_PREFIX = '/__emulator';

/** Long polls end by this time at the latest, under common proxy and client timeouts. */
export const MAX_WAIT_MS = 30_000;

const DEFAULT_PAGE_SIZE = 10_000;

export interface ControlContext {
  log: CallLog;
  failures: GraphFailureQueue;
  profile: MessengerProfile;
  pageId: string;
  reset(): void;
}

type Query = Record<string, string | undefined>;

class BadQuery extends Error {}

function integerParam(query: Query, name: string, min: number, max: number, fallback: number): number {
  const raw = query[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new BadQuery(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

function kindParam(query: Query): CallKind | undefined {
  const { kind } = query;
  if (kind === undefined || kind === '') return undefined;
  if (!(CALL_KINDS as string[]).includes(kind)) throw new BadQuery(`kind must be one of: ${CALL_KINDS.join(', ')}`);
  return kind as CallKind;
}

function recipientParam(query: Query): string | undefined {
  return query.recipient === '' ? undefined : query.recipient;
}

function badRequest(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof BadQuery || error instanceof TypeError) return reply.code(400).send({ error: error.message });
  throw error;
}

/**
 * The emulator's own API under /__emulator, for processes that did not start
 * it (tests that spawn the apps, the chat tool, benchmarks):
 *
 *   GET    /health                                  {status, pageId, last}
 *   GET    /calls?since=&kind=&recipient=&limit=    {calls, last}
 *   GET    /messages?since=&recipient=&waitMs=&limit=
 *          {messages, last}; with waitMs (≤ 30000) and nothing new yet, waits for the next one
 *   POST   /failures   a FailureSpec                 201 {queued}
 *   DELETE /failures                                 {queued: 0}
 *   POST   /reset                                    forgets calls, messages, failures, profile
 *   GET    /profile                                  the messenger profile
 *
 * `last` is the cursor for the next `since`: poll with it to see each call
 * or message exactly once.
 */
export function registerControlRoutes(app: FastifyInstance, context: ControlContext): void {
  const { log, failures, profile } = context;

  app.get(`${CONTROL_PREFIX}/health`, async () => ({ status: 'ok', pageId: context.pageId, last: log.lastSeq }));

  app.get<{ Querystring: Query }>(`${CONTROL_PREFIX}/calls`, async (request, reply) => {
    try {
      const { query } = request;
      const since = integerParam(query, 'since', 0, Number.MAX_SAFE_INTEGER, 0);
      const limit = integerParam(query, 'limit', 1, DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE);
      const page = log.callsAfter(since, { kind: kindParam(query), recipientId: recipientParam(query) }, limit);
      return { calls: page.items, last: page.last };
    } catch (error) {
      return badRequest(reply, error);
    }
  });

  app.get<{ Querystring: Query }>(`${CONTROL_PREFIX}/messages`, async (request, reply) => {
    let since: number, waitMs: number, limit: number;
    try {
      since = integerParam(request.query, 'since', 0, Number.MAX_SAFE_INTEGER, 0);
      waitMs = integerParam(request.query, 'waitMs', 0, MAX_WAIT_MS, 0);
      limit = integerParam(request.query, 'limit', 1, DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE);
    } catch (error) {
      return badRequest(reply, error);
    }
    const hungUp = new AbortController();
    reply.raw.once('close', () => hungUp.abort());
    const page = await log.nextMessages(since, recipientParam(request.query), { waitMs, limit, signal: hungUp.signal });
    return { messages: page.items, last: page.last };
  });

  app.post(`${CONTROL_PREFIX}/failures`, async (request, reply) => {
    try {
      failures.add(request.body);
    } catch (error) {
      return badRequest(reply, error);
    }
    return reply.code(201).send({ queued: failures.size });
  });

  app.delete(`${CONTROL_PREFIX}/failures`, async () => {
    failures.clear();
    return { queued: 0 };
  });

  app.post(`${CONTROL_PREFIX}/reset`, async () => {
    context.reset();
    return { reset: true, last: log.lastSeq };
  });

  app.get(`${CONTROL_PREFIX}/profile`, async () => profile.snapshot());
}
