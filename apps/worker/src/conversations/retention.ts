import type { Database } from '@ecitizen/db';

const BATCH = 500;

/**
 * Deletes the conversations nobody has written in or been answered in for
 * `days` days, with their messages and turns (the foreign keys cascade), in
 * small batches so that the live pipeline never waits long on the locks.
 * Kenya's Data Protection Act asks that personal data be kept no longer than
 * its purpose needs; operators export a conversation first if they must keep it.
 */
export async function applyRetention(db: Database, days: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  let deleted = 0;
  for (;;) {
    const removed = await db.$executeRaw`
      DELETE FROM conversations
      WHERE GREATEST(COALESCE(last_inbound_at, created_at), COALESCE(last_outbound_at, created_at), updated_at) < ${cutoff}
      ORDER BY id LIMIT ${BATCH}`;
    deleted += removed;
    if (removed < BATCH) return deleted;
  }
}
