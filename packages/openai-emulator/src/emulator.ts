import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { CONTROL_PREFIX, registerControlRoutes } from './control-routes.ts';
import { defaultResponder } from './default-responder.ts';
import { Delays } from './delays.ts';
import { OpenAIFailureQueue } from './failure-queue.ts';
import { acceptJsonBodies } from '@ecitizen/emulator-kit';
import { UNPARSABLE_JSON_MESSAGE } from './unparsable-json.ts';
import { invalidRequest, serverError, unknownUrlError } from './openai-errors.ts';
import { API_PREFIX, registerOpenAIRoutes } from './openai-routes.ts';
import { pathOf, refuseUnrouted } from './pipeline.ts';
import { MAX_DIMENSIONS } from './embeddings.ts';
import { RequestLog } from './request-log.ts';
import type { OpenAIEmulator, OpenAIEmulatorOptions, Responder } from './types.ts';

export const DEFAULT_API_KEY = 'test-openai-key';
export const DEFAULT_EMBEDDING_DIMENSIONS = 256;
/** Retrieval contexts can be large; this is well above any the bot should send. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
const DEFAULT_WAIT_TIMEOUT_MS = 10_000;

/** Where clients reach a server bound to `address` (a wildcard bind is reached on loopback). */
function urlOf(address: AddressInfo): string {
  if (address.family === 'IPv6') return `http://[${address.address === '::' ? '::1' : address.address}]:${address.port}`;
  return `http://${address.address === '0.0.0.0' ? '127.0.0.1' : address.address}:${address.port}`;
}

function fixedText(text: string): Responder {
  return () => text;
}

/**
 * Errors raised before a handler ran (a body that is not JSON, too large, of
 * another type): OpenAI requests get OpenAI's error body and are recorded;
 * control requests get a plain message. Anything else is a bug of the
 * emulator, printed so that it is not lost with the logger off.
 */
function handleErrors(app: FastifyInstance, log: RequestLog): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) console.error('openai emulator: unexpected error', error);
    if (pathOf(request.url).startsWith(`${CONTROL_PREFIX}/`)) return reply.code(status).send({ error: error.message });
    return refuseUnrouted(log, request, reply, status < 500 ? invalidRequest(error.message, null, null, status) : serverError());
  });

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url);
    if (path.startsWith(`${CONTROL_PREFIX}/`)) return reply.code(404).send({ error: `no control route ${request.method} ${path}` });
    return refuseUnrouted(log, request, reply, unknownUrlError(request.method, path));
  });
}

/** Starts an OpenAI API stand-in on a real port; see OpenAIEmulator for what it offers. */
export async function startOpenAIEmulator(options: OpenAIEmulatorOptions = {}): Promise<OpenAIEmulator> {
  const apiKey = options.apiKey ?? DEFAULT_API_KEY;
  const embeddingDimensions = options.embeddingDimensions ?? DEFAULT_EMBEDDING_DIMENSIONS;
  if (!Number.isInteger(embeddingDimensions) || embeddingDimensions < 1 || embeddingDimensions > MAX_DIMENSIONS) {
    throw new RangeError(`embeddingDimensions must be an integer from 1 to ${MAX_DIMENSIONS}, not ${embeddingDimensions}`);
  }
  const initialResponder = options.responder ?? defaultResponder;
  let responder = initialResponder;
  const log = new RequestLog();
  const failures = new OpenAIFailureQueue();
  const delays = new Delays();

  const respondWith = (next: Responder | string | null): void => {
    responder = next === null ? defaultResponder : typeof next === 'string' ? fixedText(next) : next;
  };
  const reset = (): void => {
    log.clear();
    failures.clear();
    responder = initialResponder;
  };

  // forceCloseConnections: close() must not wait for clients' idle keep-alive connections.
  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true, bodyLimit: MAX_BODY_BYTES });
  acceptJsonBodies(app, UNPARSABLE_JSON_MESSAGE);
  handleErrors(app, log);
  registerOpenAIRoutes(app, { apiKey, log, failures, delays, embeddingDimensions, responder: () => responder });
  registerControlRoutes(app, { log, failures, respondWith, reset });
  app.addHook('preClose', async () => {
    log.close();
    delays.cancelAll();
  });

  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  const url = `${urlOf(app.server.address() as AddressInfo)}${API_PREFIX}`;

  return {
    url,
    apiKey,
    requests: () => log.requests(),
    chatRequests: () => log.chatRequests(),
    waitForChatRequests: (count, timeoutMs = DEFAULT_WAIT_TIMEOUT_MS) => log.waitForChatRequests(count, timeoutMs),
    respondWith,
    fail: (spec) => failures.add(spec),
    reset,
    close: () => app.close(),
  };
}
