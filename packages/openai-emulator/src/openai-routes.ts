import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answerTo, completionBody, completionChunks, serverSentEvents } from './chat-completion.ts';
import { parseChatRequest } from './chat-request.ts';
import { embeddingsBody, parseEmbeddingRequest } from './embeddings.ts';
import { MODEL_IDS, modelBody, modelList } from './models.ts';
import { invalidRequest, RefusedRequest } from './openai-errors.ts';
import { handleOpenAICall, type OpenAIContext, type Route } from './pipeline.ts';
import type { Responder } from './types.ts';

export const API_PREFIX = '/v1';

export interface RoutesContext extends OpenAIContext {
  /** The responder now, which tests may change between requests. */
  responder(): Responder;
  embeddingDimensions: number;
}

function chatRoute(context: RoutesContext): Route {
  return {
    endpoint: 'chat',
    prepare: (request) => {
      const chat = parseChatRequest(request.body);
      // Taken now rather than when answering, so a delayed request is answered by the responder it arrived under.
      const responder = context.responder();
      return {
        chat,
        answer: async () => {
          const text = await responder(chat);
          if (typeof text !== 'string') throw new TypeError(`a responder must return a string, not ${typeof text}`);
          const answer = answerTo(chat, text);
          if (chat.stream !== true) return { type: 'json', body: completionBody(answer) };
          const chunks = completionChunks(answer, chat.stream_options?.include_usage === true);
          return { type: 'events', text: serverSentEvents(chunks), chunks };
        },
      };
    },
  };
}

function embeddingsRoute(context: RoutesContext): Route {
  return {
    endpoint: 'embeddings',
    prepare: (request) => {
      const embeddingRequest = parseEmbeddingRequest(request.body);
      return { answer: () => ({ type: 'json', body: embeddingsBody(embeddingRequest, context.embeddingDimensions) }) };
    },
  };
}

const modelsRoute: Route = {
  endpoint: 'other',
  prepare: () => ({ answer: () => ({ type: 'json', body: modelList() }) }),
};

const modelRoute: Route = {
  endpoint: 'other',
  prepare: (request) => {
    const { model } = request.params as { model: string };
    if (!MODEL_IDS.includes(model)) {
      throw new RefusedRequest(invalidRequest(`The model '${model}' does not exist or you do not have access to it.`, null, 'model_not_found', 404));
    }
    return { answer: () => ({ type: 'json', body: modelBody(model) }) };
  },
};

/** The OpenAI endpoints the bot uses; any other path is the not-found handler's (an OpenAI 404, recorded). */
export function registerOpenAIRoutes(app: FastifyInstance, context: RoutesContext): void {
  const handle = (route: Route) => (request: FastifyRequest, reply: FastifyReply) => handleOpenAICall(context, route, request, reply);
  app.post(`${API_PREFIX}/chat/completions`, handle(chatRoute(context)));
  app.post(`${API_PREFIX}/embeddings`, handle(embeddingsRoute(context)));
  app.get(`${API_PREFIX}/models`, handle(modelsRoute));
  app.get(`${API_PREFIX}/models/:model`, handle(modelRoute));
}
