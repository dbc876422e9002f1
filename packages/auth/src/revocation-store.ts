import type { Database } from '@ecitizen/db';
import type { Redis } from 'ioredis';

export type RevocationReason = 'logout' | 'refresh_reuse' | 'admin';

interface Logger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Revoked tokens and token families. MySQL is the record (it survives
 * restarts); Redis is the cache read on every authenticated request, so the
 * hot path costs one Redis round trip and no query.
 *
 * Redis here may restart empty (production should persist it, but nothing
 * here depends on that): a sentinel key says the cache was filled from MySQL,
 * and when it is missing the cache is filled again before answering. If Redis
 * cannot be reached at all, the check falls back to MySQL rather than let a
 * revoked token through.
 */
export class RevocationStore {
  private reloading: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly log: Logger,
  ) {}

  private get sentinelKey(): string {
    return `${this.prefix}auth:revocations-loaded`;
  }

  private tokenKey(jti: string): string {
    return `${this.prefix}auth:revoked:jti:${jti}`;
  }

  private familyKey(familyId: string): string {
    return `${this.prefix}auth:revoked:fam:${familyId}`;
  }

  /** True when the token itself or its whole family has been revoked. */
  async isRevoked(jti: string, familyId: string): Promise<boolean> {
    try {
      const keys = [this.tokenKey(jti), this.familyKey(familyId)];
      const [loaded, ...marks] = await this.redis.mget(this.sentinelKey, ...keys);
      if (loaded !== null) return marks.some((mark) => mark !== null);
      await this.reloadCache();
      return (await this.redis.mget(...keys)).some((mark) => mark !== null);
    } catch (error) {
      this.log.warn({ err: error }, 'revocation cache unavailable; checking MySQL');
      return this.isRevokedInDatabase(jti, familyId);
    }
  }

  async revokeToken(jti: string, familyId: string, expiresAt: Date): Promise<void> {
    await this.db.revokedToken.upsert({
      where: { jti },
      create: { jti, familyId, expiresAt },
      update: {},
    });
    await this.cache(this.tokenKey(jti), expiresAt);
  }

  /** Revokes every token of a login. Returns false when the family does not exist. */
  async revokeFamily(familyId: string, reason: RevocationReason): Promise<boolean> {
    await this.db.tokenFamily.updateMany({
      where: { id: familyId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: reason },
    });
    const family = await this.db.tokenFamily.findUnique({ where: { id: familyId }, select: { expiresAt: true } });
    if (!family) return false;
    await this.cache(this.familyKey(familyId), family.expiresAt);
    return true;
  }

  /** Fills the cache from MySQL; concurrent callers in this process share one reload. */
  reloadCache(): Promise<void> {
    this.reloading ??= this.loadFromDatabase().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  private async loadFromDatabase(): Promise<void> {
    const now = new Date();
    const [tokens, families] = await Promise.all([
      this.db.revokedToken.findMany({ where: { expiresAt: { gt: now } }, select: { jti: true, expiresAt: true } }),
      this.db.tokenFamily.findMany({
        where: { revokedAt: { not: null }, expiresAt: { gt: now } },
        select: { id: true, expiresAt: true },
      }),
    ]);
    const pipeline = this.redis.pipeline();
    for (const token of tokens) pipeline.set(this.tokenKey(token.jti), '1', 'PXAT', token.expiresAt.getTime());
    for (const family of families) pipeline.set(this.familyKey(family.id), '1', 'PXAT', family.expiresAt.getTime());
    pipeline.set(this.sentinelKey, String(now.getTime()));
    await pipeline.exec();
  }

  private async cache(key: string, expiresAt: Date): Promise<void> {
    if (expiresAt.getTime() <= Date.now()) return;
    try {
      await this.redis.set(key, '1', 'PXAT', expiresAt.getTime());
    } catch (error) {
      // MySQL has the revocation. Make the next check rebuild the cache from
      // it; if even that fails, Redis is down and checks go to MySQL anyway.
      this.log.error({ err: error }, 'could not cache a revocation; forcing a cache reload');
      await this.redis.del(this.sentinelKey).catch(() => {});
    }
  }

  private async isRevokedInDatabase(jti: string, familyId: string): Promise<boolean> {
    const [token, family] = await Promise.all([
      this.db.revokedToken.findUnique({ where: { jti }, select: { jti: true } }),
      this.db.tokenFamily.findUnique({ where: { id: familyId }, select: { revokedAt: true } }),
    ]);
    return token !== null || family === null || family.revokedAt !== null;
  }
}
