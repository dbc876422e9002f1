import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';

/**
 * @fastify/rate-limit with its counters in Redis, so limits hold across api
 * processes. Not global: routes opt in with `app.rateLimit({...})` hooks.
 * If Redis is unreachable the limit is skipped (logins keep working) rather
 * than failing every request.
 */
export const rateLimiting = fp(
  async (app) => {
    await app.register(rateLimit, {
      global: false,
      redis: app.redis,
      nameSpace: `${app.config.redisPrefix}rate-limit:`,
      skipOnError: true,
      errorResponseBuilder: (_request, context) => {
        const error = new Error(`Too many attempts: try again in ${context.after}`) as Error & { statusCode: number };
        error.statusCode = context.statusCode;
        return error;
      },
    });
  },
  { name: 'rate-limiting', dependencies: ['infrastructure'] },
);
