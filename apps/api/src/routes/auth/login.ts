import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signIn } from './sign-in.ts';
import { ErrorResponse, LoginBody, LoginResponse } from './schemas.ts';

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
      const result = await signIn(app, request, request.body.email, request.body.password);
      if (!result.ok) {
        if (result.retryAfter !== undefined) reply.header('retry-after', String(result.retryAfter));
        return reply.code(result.status).send({ status_code: result.status, message: result.message });
      }
      return { status_code: 200, message: 'User authentication successful', ...result.tokens };
    },
  );
};
