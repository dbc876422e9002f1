import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sendAuthError } from '../../plugins/authentication.ts';
import { issueTokens } from './issue-tokens.ts';
import { ErrorResponse, RefreshResponse } from './schemas.ts';

const REFUSALS = {
  revoked: 'Token has been revoked',
  reused: 'Token has been revoked',
  expired: 'Token has expired',
} as const;

/** Exchanges a refresh token for a new access token and the next refresh token of the family. */
export const refreshRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/auth/refresh',
    { schema: { response: { 200: RefreshResponse, '4xx': ErrorResponse } }, preHandler: app.requireToken('refresh') },
    async (request, reply) => {
      const { sub, fid, jti } = request.user;
      const user = await app.db.user.findUnique({ where: { id: Number(sub) }, select: { id: true, role: true, disabledAt: true } });
      if (!user || user.disabledAt !== null) {
        await app.revocations.revokeFamily(fid, 'admin');
        return sendAuthError(reply, REFUSALS.revoked);
      }
      const rotation = await app.tokenFamilies.rotate(fid, jti);
      if (!rotation.ok) {
        if (rotation.reason === 'reused') request.log.warn({ userId: sub, familyId: fid }, 'refresh token reused: login revoked');
        return sendAuthError(reply, REFUSALS[rotation.reason]);
      }
      // The role comes from the database, so a changed role applies from the next refresh.
      const { access_token, refresh_token } = issueTokens(app, user, rotation.grant);
      return { access_token, refresh_token, status_code: 200 };
    },
  );
};
