import fp from 'fastify-plugin';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginThrottle {
  /**
   * Counts one attempt on an account. Resolves to the seconds to wait when
   * the account has used up its attempts, else to null.
   */
  attempt(email: string): Promise<number | null>;
  /** A successful login clears the account's count. */
  succeeded(email: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    loginThrottle: LoginThrottle;
  }
}

/**
 * Per-account login limit (rate-limiter-flexible on Redis), beside the
 * per-address limit of @fastify/rate-limit, which runs one limiter per
 * request and so cannot hold both. Only failures accumulate: a person who
 * logs in often is never locked out, a guesser is after a few tries, from
 * however many addresses. When Redis is down the limit is skipped (logged),
 * like the per-address one.
 */
export const loginThrottle = fp(
  async (app) => {
    const { perAccount, windowSeconds } = app.config.loginRateLimit;
    const limiter = new RateLimiterRedis({
      storeClient: app.redis,
      keyPrefix: `${app.config.redisPrefix}login-account`,
      points: perAccount,
      duration: windowSeconds,
    });

    app.decorate('loginThrottle', {
      async attempt(email: string) {
        try {
          await limiter.consume(email);
          return null;
        } catch (outcome) {
          if (outcome instanceof RateLimiterRes) return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
          app.log.warn({ err: outcome }, 'login throttle unavailable; allowing the attempt');
          return null;
        }
      },
      async succeeded(email: string) {
        await limiter.delete(email).catch((error: unknown) => app.log.warn({ err: error }, 'could not reset the login throttle'));
      },
    });
  },
  { name: 'login-throttle', dependencies: ['infrastructure'] },
);
