import type { FastifyInstance } from 'fastify';

/**
 * JSON bodies, where an empty body means no body (Fastify refuses it):
 * `POST /__emulator/reset` or a DELETE sent with a JSON content type and
 * nothing in it is a normal request, not a malformed one.
 */
export function acceptJsonBodies(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(Object.assign(new Error('The request body is not valid JSON'), { statusCode: 400 }), undefined);
    }
  });
}
