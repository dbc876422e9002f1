import type { Queue } from 'bullmq';
import type { TurnJobData } from './queues.ts';

/**
 * Schedules (or pushes back) the citizen's next turn. BullMQ deduplication
 * gives the two guarantees the conversation needs without BullMQ Pro groups:
 * - debounce: while the turn waits (delayed), each new message replaces it and
 *   restarts the delay, so a burst typed within the window is one turn;
 * - one at a time: while a turn is being answered, a new message is kept and a
 *   single follow-up turn is created when the active one finishes
 *   (`keepLastIfActive`), across any number of worker processes.
 */
export function scheduleTurn(queue: Queue<TurnJobData>, data: TurnJobData, debounceMs: number) {
  return queue.add('turn', data, {
    delay: debounceMs,
    deduplication: { id: turnDeduplicationId(data.pageId, data.psid), replace: true, keepLastIfActive: true },
  });
}

export function turnDeduplicationId(pageId: string, psid: string): string {
  return `turn-${pageId}-${psid}`;
}
