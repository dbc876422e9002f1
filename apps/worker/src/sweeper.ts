import type { Logger } from 'pino';
import type { Database } from '@ecitizen/db';
import { scheduleTurn, turnDeduplicationId, type Queues } from '@ecitizen/queue';

/**
 * A safety net under the queue: finds citizens whose messages are stored but
 * whose turn job no longer exists (Redis lost it, a job was removed by hand)
 * and schedules their turn again. The job's deduplication id keeps this from
 * ever running a second turn beside a live one.
 */
export async function sweepStrandedTurns(db: Database, queues: Queues, log: Logger, graceMs: number, debounceMs: number): Promise<number> {
  const before = new Date(Date.now() - graceMs);
  const [waiting, unfinished] = await Promise.all([
    db.message.findMany({
      where: { direction: 'inbound', status: 'received', turnId: null, createdAt: { lt: before } },
      distinct: ['conversationId'],
      select: { conversation: { select: { id: true, pageId: true, psid: true, control: true } } },
      take: 500,
    }),
    db.turn.findMany({
      where: { status: 'answering', updatedAt: { lt: before } },
      distinct: ['conversationId'],
      select: { conversation: { select: { id: true, pageId: true, psid: true, control: true } } },
      take: 500,
    }),
  ]);
  let rescheduled = 0;
  const seen = new Set<number>();
  for (const { conversation } of [...waiting, ...unfinished]) {
    if (seen.has(conversation.id) || conversation.control === 'human') continue;
    seen.add(conversation.id);
    if (await queues.turns.getDeduplicationJobId(turnDeduplicationId(conversation.pageId, conversation.psid))) continue;
    await scheduleTurn(queues.turns, { conversationId: conversation.id, pageId: conversation.pageId, psid: conversation.psid }, debounceMs);
    rescheduled += 1;
  }
  if (rescheduled > 0) log.warn({ rescheduled }, 'rescheduled turns whose jobs were missing');
  return rescheduled;
}
