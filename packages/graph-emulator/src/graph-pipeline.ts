import type { FastifyReply, FastifyRequest } from 'fastify';
import { accessTokenOf } from './access-token.ts';
import { GraphRequestError, invalidTokenError, rateLimitError, type GraphError } from './graph-errors.ts';
import { recipientIdOf } from './request-fields.ts';
import type { CallLog } from './call-log.ts';
import type { Delays } from './delays.ts';
import type { Edge, Operation, Outcome } from './edge.ts';
import type { GraphFailureQueue } from './failure-queue.ts';
import type { SlidingWindowLimiter } from './rate-limiter.ts';

/** What every Graph call is checked against and recorded in. */
export interface GraphContext {
  pageAccessToken: string;
  log: CallLog;
  failures: GraphFailureQueue;
  delays: Delays;
  limiter?: SlidingWindowLimiter;
}

export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * Answers one Graph call the way Meta would, in Meta's order: the token, the
 * rate limit, the request itself; then any failure a test queued for it
 * (which targets well-formed calls only, so a malformed one never uses up a
 * failure meant for the next real send); then the effect. Every call is
 * recorded once, with what it was answered.
 */
export async function handleGraphCall(
  context: GraphContext,
  edge: Edge,
  request: FastifyRequest,
  reply: FastifyReply,
  checkTarget?: () => GraphError | undefined,
): Promise<FastifyReply | undefined> {
  const at = Date.now();
  const query = request.query as Record<string, unknown>;
  const graphRequest = { method: request.method, body: request.body, query };
  const kind = edge.kind(graphRequest);
  const recipientId = recipientIdOf(request.body);

  const answer = (status: number, response: unknown, message?: Outcome['message']): FastifyReply => {
    context.log.record(
      { at, method: request.method, path: pathOf(request.url), kind, recipientId, body: request.body ?? null, status, response },
      message && { ...message, at },
    );
    return reply.code(status).send(response);
  };
  const refuse = (error: GraphError): FastifyReply => answer(error.status, error.body);

  if (accessTokenOf(query, request.headers) !== context.pageAccessToken) return refuse(invalidTokenError());
  if (context.limiter && !context.limiter.admit(at)) return refuse(rateLimitError());
  const targetError = checkTarget?.();
  if (targetError) return refuse(targetError);

  let operation: Operation;
  try {
    operation = edge.prepare(graphRequest);
  } catch (error) {
    if (error instanceof GraphRequestError) return refuse(error.graphError);
    throw error;
  }

  const failure = context.failures.forCall(kind, recipientId);
  if (failure?.type === 'error') return refuse(failure.error);
  if (failure?.type === 'reset') {
    answerWithReset(context, request, reply, at, kind, recipientId);
    return undefined;
  }
  if (failure?.type === 'delay') await context.delays.sleep(failure.ms);

  const outcome = operation();
  return answer(200, outcome.response, outcome.message);
}

/** A network failure: the socket closes with no answer, as when a connection drops mid-request. */
function answerWithReset(
  context: GraphContext,
  request: FastifyRequest,
  reply: FastifyReply,
  at: number,
  kind: ReturnType<Edge['kind']>,
  recipientId: string | undefined,
): void {
  context.log.record({ at, method: request.method, path: pathOf(request.url), kind, recipientId, body: request.body ?? null, status: 0, response: null });
  reply.hijack();
  request.raw.socket.destroy();
}
