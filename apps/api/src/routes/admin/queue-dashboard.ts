import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { redirectToLoginWhenSignedOut } from './login-redirect.ts';

const BASE_PATH = '/admin/queues';

/**
 * bull-board over every queue of the system, for operators logged in through
 * the session cookie: a page without a valid session sends them to the login
 * form; agents see it read-only (bull-board's actions are the non-GET
 * requests, kept for admins).
 */
export async function queueDashboard(app: FastifyInstance): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BASE_PATH);
  createBullBoard({
    queues: [app.queues.inbound, app.queues.turns, app.queues.deadLetters, app.queues.maintenance].map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'eCitizen assistant' } },
  });
  const verify = app.requireToken('access');
  await app.register(
    async (scope) => {
      scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        await verify.call(scope, request, reply);
        if (reply.sent) return;
        if (request.method !== 'GET' && request.user.role !== 'admin') {
          return reply.code(403).send({ status_code: 403, message: 'Retrying and cleaning jobs needs the admin role' });
        }
      });
      redirectToLoginWhenSignedOut(scope, (request) => !request.url.startsWith(`${BASE_PATH}/api/`));
      await scope.register(serverAdapter.registerPlugin(), { prefix: BASE_PATH });
    },
  );
}
