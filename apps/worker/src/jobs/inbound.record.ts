import type { Job, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { ANSWERABLE_KINDS } from '@ecitizen/messenger';
import type { Database } from '@ecitizen/db';
import { scheduleTurn, type InboundJobData, type ReceivedEvent, type TurnJobData } from '@ecitizen/queue';
import { withPerson } from '../conversations/handover.ts';
import { conversationOf, recordInbound, stillWaiting } from '../conversations/inbound-store.ts';

export interface InboundContext {
  db: Database;
  turns: Queue<TurnJobData>;
  log: Logger;
  appId: string;
  turnDebounceMs: number;
  handoverTimeoutMinutes: number;
}

/** Events a citizen expects an answer to. */
const ANSWERABLE = new Set<string>(ANSWERABLE_KINDS);

/** Citizens of one batch handled side by side (each citizen's events in order). */
const CITIZENS_IN_PARALLEL = 8;

/**
 * Handles a batch of webhook events: each citizen's events in order, several
 * citizens at once. An event that fails does not stop the others; the job
 * then fails and its retry finds the handled events already stored.
 */
export function inboundProcessor(context: InboundContext) {
  const recordEvent = eventRecorder(context);
  return async function processInbound(job: Job<InboundJobData>): Promise<string> {
    const byCitizen = new Map<string, ReceivedEvent[]>();
    for (const received of job.data.events) {
      const key = `${received.event.pageId}:${received.event.psid}`;
      const list = byCitizen.get(key);
      if (list) list.push(received);
      else byCitizen.set(key, [received]);
    }
    const groups = [...byCitizen.values()];
    const outcomes = new Map<string, number>();
    const failures: unknown[] = [];
    let next = 0;
    const lane = async () => {
      while (next < groups.length) {
        for (const received of groups[next++]!) {
          try {
            const outcome = await recordEvent(received);
            outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          } catch (error) {
            // The citizen's later events wait for the retry, so they stay in order.
            failures.push(error);
            break;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CITIZENS_IN_PARALLEL, groups.length) }, lane));
    if (failures.length > 0) {
      context.log.warn({ err: failures[0], failed: failures.length, events: job.data.events.length }, 'some webhook events could not be recorded');
      throw failures[0];
    }
    return [...outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(', ');
  };
}

/**
 * Stores one webhook event and decides what it needs: a turn for what the
 * citizen said, a control change for handover events, watermarks for reads
 * and deliveries. Idempotent: a second run of the same event id does nothing.
 */
function eventRecorder(context: InboundContext) {
  const { db, turns, log, appId, turnDebounceMs } = context;
  return async function recordEvent({ event, receivedAt }: ReceivedEvent): Promise<string> {
    const conversation = await conversationOf(db, event.pageId, event.psid);

    if (ANSWERABLE.has(event.kind)) {
      // On standby (a person owns the thread) or under human control, the bot keeps quiet.
      const silent = event.standby || withPerson(conversation, context.handoverTimeoutMinutes);
      const stored = await recordInbound(db, conversation, event, receivedAt, silent ? 'ignored' : 'received');
      if (!stored && !(await stillWaiting(db, event.id))) return 'duplicate';
      if (silent) return 'recorded: a person has this conversation';
      await scheduleTurn(turns, { conversationId: conversation.id, pageId: event.pageId, psid: event.psid }, turnDebounceMs);
      return 'turn scheduled';
    }

    switch (event.kind) {
      case 'read':
      case 'delivery': {
        // Watermarks only grow: a late, older one must not move them back.
        const column = event.kind === 'read' ? 'read_watermark' : 'delivered_watermark';
        await db.$executeRawUnsafe(
          `UPDATE conversations SET ${column} = GREATEST(COALESCE(${column}, 0), ?), updated_at = NOW(3) WHERE id = ?`,
          event.watermark ?? event.timestamp,
          conversation.id,
        );
        return `${event.kind} recorded`;
      }
      case 'echo': {
        // Our own sends come back as echoes with our metadata; keep only what a person typed in the page inbox.
        if (event.echo?.metadata?.startsWith('ecz:') || (appId !== '' && event.echo?.appId === appId)) return 'own echo';
        const stored = await recordInbound(db, conversation, event, receivedAt, 'ignored');
        return stored ? 'human reply recorded' : 'duplicate';
      }
      case 'handover': {
        const stored = await recordInbound(db, conversation, event, receivedAt, 'ignored');
        if (!stored) return 'duplicate';
        const toBot = event.handover?.newOwnerAppId !== undefined && appId !== '' && event.handover.newOwnerAppId === appId;
        const toHuman = event.handover?.action === 'take' || (event.handover?.action === 'pass' && !toBot);
        if (toBot || toHuman) {
          await db.conversation.update({
            where: { id: conversation.id },
            data: toBot ? { control: 'bot', handedOverAt: null } : { control: 'human', handedOverAt: new Date(event.timestamp) },
          });
          log.info({ conversationId: conversation.id, control: toBot ? 'bot' : 'human' }, 'conversation control changed');
        }
        return 'handover recorded';
      }
      default: {
        const stored = await recordInbound(db, conversation, event, receivedAt, 'ignored');
        return stored ? `${event.kind} recorded` : 'duplicate';
      }
    }
  };
}
