import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse, MessageResponse } from './schemas.ts';

/** Logout ends the whole login: this access token and every refresh token of its family. */
export const logoutRoute: FastifyPluginAsyncTypebox = async (app) => {
  const options = { schema: { response: { 200: MessageResponse, '4xx': ErrorResponse } }, preHandler: app.requireToken('access') };
  const logout = async (request: FastifyRequest) => {
    const { jti, fid, exp } = request.user;
    await app.revocations.revokeToken(jti, fid, new Date((exp ?? 0) * 1000));
    await app.revocations.revokeFamily(fid, 'logout');
    request.log.info({ userId: request.user.sub, familyId: fid }, 'user logged out');
    return { status_code: 200, message: 'logout successful' };
  };
  // The original API served logout at both paths; clients use either.
  app.post('/logout', options, logout);
  app.post('/auth/logout', options, logout);
};
