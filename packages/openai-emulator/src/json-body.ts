import type { FastifyInstance } from 'fastify';

/** What OpenAI answers to a body that is not JSON; the error handler turns it into OpenAI's error format. */
export const UNPARSABLE_JSON_MESSAGE =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)";

/**
 * JSON bodies, where an empty body means no body (Fastify refuses it):
 * `POST /__emulator/reset` sent with a JSON content type and nothing in it
 * is a normal request, not a malformed one.
 */
export function acceptJsonBodies(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(Object.assign(new Error(UNPARSABLE_JSON_MESSAGE), { statusCode: 400 }), undefined);
    }
  });
}
