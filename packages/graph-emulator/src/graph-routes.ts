import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { handleGraphCall, pathOf, type GraphContext } from './graph-pipeline.ts';
import { GraphRequestError, unknownPathError, unsupportedRequestError, type GraphError } from './graph-errors.ts';
import { passThreadControlEdge, takeThreadControlEdge } from './thread-control.ts';
import { messagesEdge } from './send-api.ts';
import type { Edge } from './edge.ts';
import type { CallKind } from './types.ts';

const VERSION = /^v\d+\.\d+$/;

interface NodeParams {
  version: string;
  node: string;
}

/** Calls to another page, or to an unversioned path, fail as they would at Meta. */
function targetChecker(pageId: string, request: FastifyRequest<{ Params: NodeParams }>): () => GraphError | undefined {
  return () => {
    const { version, node } = request.params;
    if (!VERSION.test(version)) return unknownPathError(pathOf(request.url));
    if (node !== 'me' && node !== pageId) return unsupportedRequestError(request.method, node);
    return undefined;
  };
}

const KIND_OF_EDGE: Record<string, CallKind> = {
  messages: 'message',
  pass_thread_control: 'pass_thread_control',
  take_thread_control: 'take_thread_control',
  messenger_profile: 'messenger_profile',
};

/** The kind of a call known only by its path (a body Fastify could not parse). */
export function kindOfPath(path: string): CallKind {
  return KIND_OF_EDGE[path.slice(path.lastIndexOf('/') + 1)] ?? 'other';
}

/**
 * Any other path: recorded (a test can see the bot called something
 * unexpected) and refused as Graph refuses it. `GET /v23.0/<id>`, a user
 * profile lookup, is refused like an object the token cannot read.
 */
function unsupportedPathEdge(request: FastifyRequest): Edge {
  return {
    kind: () => 'other',
    prepare: () => {
      const segments = pathOf(request.url).split('/').filter((segment) => segment !== '');
      const [version, objectId] = segments;
      if (segments.length === 2 && version !== undefined && VERSION.test(version) && objectId !== undefined) {
        throw new GraphRequestError(unsupportedRequestError(request.method, objectId));
      }
      throw new GraphRequestError(unknownPathError(`/${segments.slice(1).join('/')}`));
    },
  };
}

export function registerGraphRoutes(app: FastifyInstance, context: GraphContext & { pageId: string; profileEdge: Edge }): void {
  const edgeRoute = (edge: Edge) => (request: FastifyRequest<{ Params: NodeParams }>, reply: FastifyReply) =>
    handleGraphCall(context, edge, request, reply, targetChecker(context.pageId, request));

  app.post('/:version/:node/messages', edgeRoute(messagesEdge));
  app.post('/:version/:node/pass_thread_control', edgeRoute(passThreadControlEdge));
  app.post('/:version/:node/take_thread_control', edgeRoute(takeThreadControlEdge));
  app.route({ method: ['GET', 'POST', 'DELETE'], url: '/:version/:node/messenger_profile', handler: edgeRoute(context.profileEdge) });
}

/** For the not-found handler: a path that is no edge the emulator knows. */
export function handleUnknownGraphPath(context: GraphContext, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  return handleGraphCall(context, unsupportedPathEdge(request), request, reply);
}
