import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { normaliseEmail, verifyPassword } from '@ecitizen/auth';
import { issueTokens } from './issue-tokens.ts';
import { ErrorResponse, LoginBody, LoginResponse } from './schemas.ts';

const INVALID_CREDENTIALS = { status_code: 401, message: 'Invalid email or password' };

export const loginRoute: FastifyPluginAsyncTypebox = async (app) => {
  const { perIp, windowSeconds } = app.config.loginRateLimit;
  const timeWindow = windowSeconds * 1000;

  app.post(
    '/auth/login',
    {
      schema: { body: LoginBody, response: { 200: LoginResponse, '4xx': ErrorResponse } },
      // Per address, before the body is even parsed; per account below.
      onRequest: app.rateLimit({ max: perIp, timeWindow, keyGenerator: (request) => `login-ip:${request.ip}` }),
    },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      const wait = await app.loginThrottle.attempt(email);
      if (wait !== null) {
        request.log.warn({ email }, 'login throttled for this account');
        return reply
          .code(429)
          .header('retry-after', String(wait))
          .send({ status_code: 429, message: `Too many attempts: try again in ${wait} seconds` });
      }
      const user = await app.db.user.findUnique({ where: { email } });
      // verifyPassword spends the same time for an unknown email.
      const valid = await verifyPassword(user?.passwordHash ?? null, request.body.password);
      if (!user || !valid) {
        request.log.info({ email }, 'login refused');
        return reply.code(401).send(INVALID_CREDENTIALS);
      }
      if (user.disabledAt !== null) {
        return reply.code(403).send({ status_code: 403, message: 'This account is disabled; ask an administrator' });
      }
      await app.loginThrottle.succeeded(email);
      const grant = await app.tokenFamilies.start(user.id, app.config.refreshTokenTtl);
      request.log.info({ userId: user.id, familyId: grant.familyId }, 'user logged in');
      return { status_code: 200, message: 'User authentication successful', ...issueTokens(app, user, grant) };
    },
  );
};
