import fp from 'fastify-plugin';

/** Echoes the request id on every response so a user's report can be matched to the logs. */
export const requestId = fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
  },
  { name: 'request-id' },
);
