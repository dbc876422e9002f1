import fp from 'fastify-plugin';
import { KnowledgeBase } from '@ecitizen/knowledge/store';

declare module 'fastify' {
  interface FastifyInstance {
    /** The search index of this process, following imports and article changes in MySQL. */
    knowledge: KnowledgeBase;
  }
}

/** Builds the in-memory search index at start (about a second for the whole dataset) and keeps it current. */
export const knowledge = fp(
  async (app) => {
    const base = await KnowledgeBase.open(app.db, { refreshMs: app.config.knowledge.refreshMs, log: app.log });
    app.decorate('knowledge', base);
    app.addHook('onClose', async () => base.close());
  },
  { name: 'knowledge', dependencies: ['infrastructure'] },
);
