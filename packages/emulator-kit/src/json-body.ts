import type { FastifyInstance } from 'fastify';

/**
 * JSON bodies, where an empty body means no body (Fastify refuses it): a
 * control call such as `POST /__emulator/reset` sent with a JSON content type
 * and nothing in it is a normal request, not a malformed one. A body that is
 * not JSON is a 400 with `unparsable` as its message, in the emulated
 * service's own words.
 */
export function acceptJsonBodies(app: FastifyInstance, unparsable = 'The request body is not valid JSON'): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(Object.assign(new Error(unparsable), { statusCode: 400 }), undefined);
    }
  });
}
