import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { CallLog } from './call-log.ts';
import { CONTROL_PREFIX, registerControlRoutes } from './control-routes.ts';
import { Delays } from './delays.ts';
import { GraphFailureQueue } from './failure-queue.ts';
import { graphError, invalidParameterError } from './graph-errors.ts';
import { pathOf, type GraphContext } from './graph-pipeline.ts';
import { handleUnknownGraphPath, kindOfPath, registerGraphRoutes } from './graph-routes.ts';
import { acceptJsonBodies } from '@ecitizen/emulator-kit';
import { MessengerProfile } from './messenger-profile.ts';
import { SlidingWindowLimiter } from './rate-limiter.ts';
import type { GraphEmulator, GraphEmulatorOptions } from './types.ts';

export const DEFAULT_PAGE_ACCESS_TOKEN = 'test-page-token';
export const DEFAULT_PAGE_ID = '100000000000001';
const DEFAULT_WAIT_TIMEOUT_MS = 10_000;

/** Where clients reach a server bound to `address` (a wildcard bind is reached on loopback). */
function urlOf(address: AddressInfo): string {
  if (address.family === 'IPv6') return `http://[${address.address === '::' ? '::1' : address.address}]:${address.port}`;
  return `http://${address.address === '0.0.0.0' ? '127.0.0.1' : address.address}:${address.port}`;
}

/**
 * Errors raised before a handler ran (a body that is not JSON, too large, of
 * another type): Graph calls get Meta's code 100 and are recorded; control
 * calls get a plain message. Anything else is a bug of the emulator, printed
 * so that it is not lost with the logger off.
 */
function handleErrors(app: FastifyInstance, context: GraphContext): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) console.error('graph emulator: unexpected error', error);
    const path = pathOf(request.url);
    if (path.startsWith(`${CONTROL_PREFIX}/`)) return reply.code(status).send({ error: error.message });
    const answer = status < 500 ? invalidParameterError(error.message) : graphError('unexpected');
    context.log.record({ at: Date.now(), method: request.method, path, kind: kindOfPath(path), body: null, status: answer.status, response: answer.body });
    return reply.code(answer.status).send(answer.body);
  });

  app.setNotFoundHandler((request, reply) => {
    if (pathOf(request.url).startsWith(`${CONTROL_PREFIX}/`)) return reply.code(404).send({ error: `no control route ${request.method} ${pathOf(request.url)}` });
    return handleUnknownGraphPath(context, request, reply);
  });
}

/** Starts a Graph API stand-in on a real port; see GraphEmulator for what it offers. */
export async function startGraphEmulator(options: GraphEmulatorOptions = {}): Promise<GraphEmulator> {
  const pageAccessToken = options.pageAccessToken ?? DEFAULT_PAGE_ACCESS_TOKEN;
  const pageId = options.pageId ?? DEFAULT_PAGE_ID;
  const log = new CallLog();
  const failures = new GraphFailureQueue();
  const delays = new Delays();
  const profile = new MessengerProfile();
  const limiter = options.rateLimitPerSecond === undefined ? undefined : new SlidingWindowLimiter(options.rateLimitPerSecond);
  const context: GraphContext = { pageAccessToken, log, failures, delays, limiter };

  const reset = (): void => {
    log.clear();
    failures.clear();
    profile.clear();
    limiter?.reset();
  };

  // forceCloseConnections: close() must not wait for clients' idle keep-alive
  // connections, or for long polls still open.
  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true });
  acceptJsonBodies(app);
  handleErrors(app, context);
  registerGraphRoutes(app, { ...context, pageId, profileEdge: profile.edge });
  registerControlRoutes(app, { log, failures, profile, pageId, reset });
  app.addHook('preClose', async () => {
    log.close();
    delays.cancelAll();
  });

  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  const url = urlOf(app.server.address() as AddressInfo);

  return {
    url,
    pageAccessToken,
    pageId,
    calls: (filter) => log.callsAfter(undefined, filter).items,
    messages: (recipientId) => log.messagesAfter(undefined, recipientId).items,
    waitForMessages: (count, waitOptions = {}) => log.waitForSent(count, waitOptions.recipientId, waitOptions.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS),
    fail: (spec) => failures.add(spec),
    clearFailures: () => failures.clear(),
    reset,
    profile: () => profile.snapshot(),
    close: () => app.close(),
  };
}
