import { randomUUID } from 'node:crypto';
import type { Database } from '@ecitizen/db';
import type { RevocationStore } from './revocation-store.ts';

export interface RefreshGrant {
  familyId: string;
  refreshJti: string;
  /** The login's absolute end: rotated refresh tokens never outlive it. */
  expiresAt: Date;
}

export type RotationResult =
  | { ok: true; grant: RefreshGrant }
  | { ok: false; reason: 'revoked' | 'reused' | 'expired' };

/**
 * Refresh-token families: one per login. Only the newest refresh token of a
 * family is valid; presenting an older one means it leaked, so the whole
 * family is revoked (OAuth 2.0 Security BCP, refresh token rotation).
 */
export class TokenFamilies {
  constructor(
    private readonly db: Database,
    private readonly revocations: RevocationStore,
  ) {}

  async start(userId: number, lifetimeSeconds: number): Promise<RefreshGrant> {
    const grant: RefreshGrant = {
      familyId: randomUUID(),
      refreshJti: randomUUID(),
      expiresAt: new Date(Date.now() + lifetimeSeconds * 1000),
    };
    await this.db.tokenFamily.create({
      data: { id: grant.familyId, userId, currentRefreshJti: grant.refreshJti, expiresAt: grant.expiresAt },
    });
    return grant;
  }

  async rotate(familyId: string, presentedJti: string): Promise<RotationResult> {
    const nextJti = randomUUID();
    // One conditional UPDATE: of two requests racing with the same token,
    // exactly one wins and the other is treated as reuse.
    const { count } = await this.db.tokenFamily.updateMany({
      where: { id: familyId, currentRefreshJti: presentedJti, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { currentRefreshJti: nextJti },
    });
    if (count === 1) {
      // This request won. The loser may revoke the family a moment later;
      // that is its business, the rotation itself happened.
      const { expiresAt } = await this.db.tokenFamily.findUniqueOrThrow({ where: { id: familyId }, select: { expiresAt: true } });
      return { ok: true, grant: { familyId, refreshJti: nextJti, expiresAt } };
    }
    const family = await this.db.tokenFamily.findUnique({ where: { id: familyId } });
    if (!family || family.revokedAt !== null) return { ok: false, reason: 'revoked' };
    if (family.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
    await this.revocations.revokeFamily(familyId, 'refresh_reuse');
    return { ok: false, reason: 'reused' };
  }
}
