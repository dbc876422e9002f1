import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { RefreshGrant } from '@ecitizen/auth';
import type { User } from '@ecitizen/db';

/** Signs the access token (short) and the refresh token (until the login ends) of a grant. */
export function issueTokens(app: FastifyInstance, user: Pick<User, 'id' | 'role'>, grant: RefreshGrant) {
  const sub = String(user.id);
  // fast-jwt reads a bare number as milliseconds: always say seconds.
  const access_token = app.jwt.sign(
    { sub, typ: 'access', jti: randomUUID(), fid: grant.familyId, role: user.role },
    { expiresIn: `${app.config.accessTokenTtl}s` },
  );
  // The refresh token ends exactly when its login does, however often it was rotated.
  const refresh_token = app.jwt.sign({
    sub,
    typ: 'refresh',
    jti: grant.refreshJti,
    fid: grant.familyId,
    exp: Math.floor(grant.expiresAt.getTime() / 1000),
  });
  return { access_token, refresh_token };
}
