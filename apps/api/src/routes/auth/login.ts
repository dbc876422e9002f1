import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { normaliseEmail, verifyPassword } from '@ecitizen/auth';
import { issueTokens } from './issue-tokens.ts';
import { ErrorResponse, LoginBody, LoginResponse } from './schemas.ts';

const INVALID_CREDENTIALS = { status_code: 401, message: 'Invalid email or password' };

export const loginRoute: FastifyPluginAsyncTypebox = async (app) => {
  const { perIp, perAccount, windowSeconds } = app.config.loginRateLimit;
  const timeWindow = windowSeconds * 1000;

  app.post(
    '/auth/login',
    {
      schema: { body: LoginBody, response: { 200: LoginResponse, '4xx': ErrorResponse } },
      // Per address first (before the body is even parsed), then per account,
      // which also slows a password-spraying botnet that rotates addresses.
      onRequest: app.rateLimit({ max: perIp, timeWindow, keyGenerator: (request) => `login-ip:${request.ip}` }),
      preHandler: app.rateLimit({
        max: perAccount,
        timeWindow,
        keyGenerator: (request) => `login-account:${normaliseEmail((request.body as LoginBody).email)}`,
      }),
    },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
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
      const grant = await app.tokenFamilies.start(user.id, app.config.refreshTokenTtl);
      request.log.info({ userId: user.id, familyId: grant.familyId }, 'user logged in');
      return { status_code: 200, message: 'User authentication successful', ...issueTokens(app, user, grant) };
    },
  );
};
