import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { articleRoutes } from './articles.ts';
import { knowledgeSearchRoute } from './search.ts';

export const knowledgeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(knowledgeSearchRoute);
  await app.register(articleRoutes);
};
