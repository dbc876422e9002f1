import fastifyCookie from '@fastify/cookie';
import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { RevocationStore, TokenFamilies, type TokenClaims, type TokenType } from '@ecitizen/auth';
import type { UserRole } from '@ecitizen/db';
import { BAD_AUTHORIZATION_HEADER, describeJwtError, hasNonBearerAuthorization } from './jwt-errors.ts';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenClaims;
    user: TokenClaims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    revocations: RevocationStore;
    tokenFamilies: TokenFamilies;
    /** A hook that admits only a valid, unrevoked token of the given type. */
    requireToken(type: TokenType): preHandlerAsyncHookHandler;
    /** A hook (after requireToken('access')) that admits only the given role. */
    requireRole(role: UserRole): preHandlerAsyncHookHandler;
  }
}

/** The operator pages' session: the access token, httpOnly, SameSite=Strict. */
export const SESSION_COOKIE = 'ecz_session';

/** The body flask-jwt-extended answered with, which existing clients parse. */
export function sendAuthError(reply: FastifyReply, msg: string): FastifyReply {
  return reply.code(401).send({ msg });
}

/**
 * JWT authentication: HS256 only (the algorithm is pinned for verification,
 * so `alg: none` and algorithm-confusion tokens are refused), access and
 * refresh tokens kept apart by a `typ` claim, and every token checked against
 * the revocation cache.
 */
export const authentication = fp(
  async (app) => {
    await app.register(fastifyCookie);
    await app.register(fastifyJwt, {
      secret: app.config.jwtSecret,
      // Browsers cannot send a Bearer header: the operator pages carry the access token in an httpOnly cookie instead.
      cookie: { cookieName: SESSION_COOKIE, signed: false },
      sign: { algorithm: 'HS256' },
      verify: { algorithms: ['HS256'] },
    });
    const revocations = new RevocationStore(app.db, app.redis, app.config.redisPrefix, app.log);
    app.decorate('revocations', revocations);
    app.decorate('tokenFamilies', new TokenFamilies(app.db, revocations));

    app.decorate('requireToken', (type: TokenType) => {
      return async function verifyToken(request: FastifyRequest, reply: FastifyReply) {
        if (hasNonBearerAuthorization(request.headers.authorization)) return sendAuthError(reply, BAD_AUTHORIZATION_HEADER);
        let claims: TokenClaims;
        try {
          claims = await request.jwtVerify<TokenClaims>();
        } catch (error) {
          return sendAuthError(reply, describeJwtError(error));
        }
        if (!isWellFormed(claims)) return sendAuthError(reply, 'Token is missing required claims');
        if (claims.typ !== type) {
          return sendAuthError(reply, type === 'access' ? 'Only non-refresh tokens are allowed' : 'Only refresh tokens are allowed');
        }
        if (await revocations.isRevoked(claims.jti, claims.fid)) return sendAuthError(reply, 'Token has been revoked');
      };
    });

    app.decorate('requireRole', (role: UserRole) => {
      return async function checkRole(request: FastifyRequest, reply: FastifyReply) {
        if (request.user.role !== role) {
          return reply.code(403).send({ status_code: 403, message: `This action needs the ${role} role` });
        }
      };
    });
  },
  { name: 'authentication', dependencies: ['infrastructure'] },
);

function isWellFormed(claims: TokenClaims): boolean {
  return (
    typeof claims.sub === 'string' &&
    typeof claims.jti === 'string' &&
    typeof claims.fid === 'string' &&
    (claims.typ === 'access' || claims.typ === 'refresh')
  );
}
