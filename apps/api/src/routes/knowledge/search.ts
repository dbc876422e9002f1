import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { KnowledgeError, SearchQuery, SearchResponse } from './schemas.ts';

/** The same search the bot runs for each message, for operators to check what it finds. */
export const knowledgeSearchRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/knowledge/search',
    { schema: { querystring: SearchQuery, response: { 200: SearchResponse, '4xx': KnowledgeError } }, preHandler: app.requireToken('access') },
    async (request) => {
      const results = (await app.knowledge()).search(request.query.q, { limit: request.query.limit ?? 5 });
      return {
        status_code: 200,
        results: results.map((result) => ({
          external_id: result.externalId,
          kind: result.kind,
          title: result.title,
          url: result.url,
          agency: result.agency,
          score: Math.round(result.score * 1000) / 1000,
          snippet: result.snippet,
        })),
      };
    },
  );
};
