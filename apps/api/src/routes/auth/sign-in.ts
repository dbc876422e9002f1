import type { FastifyInstance, FastifyRequest } from 'fastify';
import { normaliseEmail, verifyPassword } from '@ecitizen/auth';
import { issueTokens } from './issue-tokens.ts';

export type SignIn =
  | { ok: true; tokens: ReturnType<typeof issueTokens> }
  | { ok: false; status: 401 | 403 | 429; message: string; retryAfter?: number };

/**
 * Checks a person's email and password, as the API's login and the operator
 * pages' login form both do: the per-account throttle (failures only), the
 * same time for an unknown email, disabled accounts refused; on success a new
 * login (token family) and its tokens.
 */
export async function signIn(app: FastifyInstance, request: FastifyRequest, emailInput: string, password: string): Promise<SignIn> {
  const email = normaliseEmail(emailInput);
  const wait = await app.loginThrottle.attempt(email);
  if (wait !== null) {
    request.log.warn({ email }, 'login throttled for this account');
    return { ok: false, status: 429, message: `Too many attempts: try again in ${wait} seconds`, retryAfter: wait };
  }
  const user = await app.db.user.findUnique({ where: { email } });
  // verifyPassword spends the same time for an unknown email.
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) {
    request.log.info({ email }, 'login refused');
    return { ok: false, status: 401, message: 'Invalid email or password' };
  }
  if (user.disabledAt !== null) return { ok: false, status: 403, message: 'This account is disabled; ask an administrator' };
  await app.loginThrottle.succeeded(email);
  const grant = await app.tokenFamilies.start(user.id, app.config.refreshTokenTtl);
  request.log.info({ userId: user.id, familyId: grant.familyId }, 'user logged in');
  return { ok: true, tokens: issueTokens(app, user, grant) };
}
