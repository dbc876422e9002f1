import formbody from '@fastify/formbody';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SESSION_COOKIE } from '../../plugins/authentication.ts';
import { signIn } from '../auth/sign-in.ts';
import { loginPage } from './login-page.ts';

const LoginForm = Type.Object({ email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 1024 }) });

/**
 * The operator pages' session: a login form that puts the access token in an
 * httpOnly, SameSite=Strict cookie (Secure outside development), so the same
 * token rules apply (expiry, revocation); logout revokes the login and clears it.
 */
export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(formbody);
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: app.config.nodeEnv === 'production',
    path: '/',
  };

  app.get('/admin/login', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(loginPage()));

  app.post('/admin/login', { schema: { hide: true, body: LoginForm } }, async (request, reply) => {
    const result = await signIn(app, request, request.body.email, request.body.password);
    if (!result.ok) return reply.code(result.status).type('text/html; charset=utf-8').send(loginPage(result.message));
    return reply
      .setCookie(SESSION_COOKIE, result.tokens.access_token, { ...cookieOptions, maxAge: app.config.accessTokenTtl })
      .redirect('/admin', 303);
  });

  app.post('/admin/logout', { schema: { hide: true }, preHandler: app.requireToken('access') }, async (request, reply) => {
    const { jti, fid, exp } = request.user;
    await app.revocations.revokeToken(jti, fid, new Date((exp ?? 0) * 1000));
    await app.revocations.revokeFamily(fid, 'logout');
    return reply.clearCookie(SESSION_COOKIE, cookieOptions).redirect('/admin/login', 303);
  });
};
