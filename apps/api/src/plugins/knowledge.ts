import fp from 'fastify-plugin';
import { KnowledgeBase } from '@ecitizen/knowledge/store';

declare module 'fastify' {
  interface FastifyInstance {
    /** The search index of this process, built on first use and kept in step with imports and article changes. */
    knowledge(): Promise<KnowledgeBase>;
  }
}

/**
 * The api searches only for operators (the worker answers citizens), so its
 * index (tens of MB, about half a second to build) is made on the first
 * search or article change rather than at start: webhook-only api processes
 * stay small.
 */
export const knowledge = fp(
  async (app) => {
    let opening: Promise<KnowledgeBase> | undefined;
    app.decorate('knowledge', () => {
      opening ??= KnowledgeBase.open(app.db, { refreshMs: app.config.knowledge.refreshMs, log: app.log }).catch((error: unknown) => {
        // A failed build (MySQL away) is tried again by the next request.
        opening = undefined;
        throw error;
      });
      return opening;
    });
    app.addHook('onClose', async () => {
      if (opening) (await opening.catch(() => undefined))?.close();
    });
  },
  { name: 'knowledge', dependencies: ['infrastructure'] },
);
