import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { liveWorkers } from '@ecitizen/queue';
import { checkReadiness, storeProbes } from '@ecitizen/health';

/** A dependency slower than this counts as down: an orchestrator polls often. */
const CHECK_TIMEOUT_MS = 1500;

const Check = Type.Object({ ok: Type.Boolean(), detail: Type.String() });
const ReadyResponse = Type.Object({ status: Type.String(), checks: Type.Object({ mysql: Check, redis: Check, worker: Check }) });

/**
 * /healthz: the process answers (a restart will not fix anything else).
 * /readyz: it can do its work: MySQL and Redis answer and a worker has beaten
 * within 30 s, so that an orchestrator holds traffic or alerts instead of
 * sending citizens' messages into a queue nobody reads.
 */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', { schema: { response: { 200: Type.Object({ status: Type.String() }) } } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { response: { 200: ReadyResponse, 503: ReadyResponse } } }, async (_request, reply) => {
    const { ready, checks } = await checkReadiness(
      {
        ...storeProbes({ db: app.db, redis: app.redis }),
        worker: async () => {
          const live = await liveWorkers(app.redis, app.config.redisPrefix);
          if (live === 0) throw new Error('no worker has beaten in the last 30 s');
          return `${live} worker(s) alive`;
        },
      },
      CHECK_TIMEOUT_MS,
    );
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
  });
};
