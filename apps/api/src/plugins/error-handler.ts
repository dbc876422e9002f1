import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import { isDatabaseUnreachable } from '@ecitizen/db';
import { describeValidationErrors } from '../validation-messages.ts';

/** The error body of this API: the status again, and a sentence a person can act on. */
export interface ErrorBody {
  status_code: number;
  message: string;
}

// Fastify's own client-error codes, reworded for the people who read them.
const CLIENT_ERROR_MESSAGES: Record<string, (error: FastifyError) => string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => 'The request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: () => 'The request body is empty: send a JSON object',
  FST_ERR_CTP_BODY_TOO_LARGE: () => 'The request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => 'Send the request body as JSON (Content-Type: application/json)',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => 'The Content-Length header does not match the body',
};

/**
 * One place that turns errors into responses. Client errors (4xx) say what
 * was wrong; server errors are logged with the request id and answered with
 * no detail, so internals never leak.
 */
export const errorHandler = fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.validation) {
        const body: ErrorBody = { status_code: 400, message: describeValidationErrors(error.validation, error.validationContext) };
        return reply.code(400).send(body);
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const describe = error.code ? CLIENT_ERROR_MESSAGES[error.code] : undefined;
        // The contract: malformed input of any kind is a 400, the body limit included.
        const code = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 400 : status;
        const body: ErrorBody = { status_code: code, message: describe ? describe(error) : error.message };
        return reply.code(code).send(body);
      }
      if (isDatabaseUnreachable(error)) {
        // An outage, not a bug: /readyz reports it too; the person can retry.
        request.log.warn({ err: error }, 'request failed: MySQL cannot be reached');
        const body: ErrorBody = { status_code: 503, message: 'The database does not answer right now; try again in a minute' };
        return reply.code(503).header('retry-after', '30').send(body);
      }
      request.log.error({ err: error }, 'request failed');
      const body: ErrorBody = {
        status_code: status,
        message: status === 503 ? 'The service is temporarily unavailable; try again shortly' : 'Something went wrong on our side; try again later',
      };
      return reply.code(status).send(body);
    });

    app.setNotFoundHandler((request, reply) => {
      const body: ErrorBody = { status_code: 404, message: `No route ${request.method} ${request.url.split('?')[0]}` };
      return reply.code(404).send(body);
    });
  },
  { name: 'error-handler' },
);
