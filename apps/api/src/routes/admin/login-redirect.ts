import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * A person opening an operator page without a valid session gets the login
 * form instead of a JSON 401 (the pages' own API calls keep their 401).
 */
export function redirectToLoginWhenSignedOut(scope: FastifyInstance, isPage: (request: FastifyRequest) => boolean): void {
  scope.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode === 401 && request.method === 'GET' && isPage(request)) {
      reply.code(303).header('location', '/admin/login').type('text/plain');
      return 'See /admin/login';
    }
    return payload;
  });
}
