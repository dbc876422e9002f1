import { Prisma, retryOnWriteConflict, type Database, type Message, type Turn } from '@ecitizen/db';
import { withPerson } from './handover.ts';

export interface OpenedTurn {
  turn: Turn;
  conversation: { language: string | null; unansweredStreak: number; lastOutboundAt: Date | null };
  /** A new turn: nothing of it was stored or sent yet, and its messages are here. */
  fresh: boolean;
  /** The citizen's messages of a fresh turn, oldest first. */
  inbound: Message[];
}

/**
 * The turn to work on for a conversation: an unfinished one (a previous run
 * died or is being retried), else a new one made of every message received
 * and not yet answered, oldest first. Null when there is nothing to answer or
 * a person has the conversation.
 */
export async function openTurn(db: Database, conversationId: number, handoverTimeoutMinutes: number): Promise<OpenedTurn | null> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: { control: true, handedOverAt: true, language: true, unansweredStreak: true, lastOutboundAt: true },
  });
  if (!conversation || withPerson(conversation, handoverTimeoutMinutes)) return null;
  const unfinished = await db.turn.findFirst({ where: { conversationId, status: 'answering' }, orderBy: { id: 'asc' } });
  if (unfinished) {
    const inbound = await turnMessages(db, unfinished.id, 'inbound');
    if (inbound.length > 0) return { turn: unfinished, conversation, fresh: false, inbound };
    // A run died between creating the turn and claiming its messages: claim them now.
    const claimed = await claimWaiting(db, conversationId, unfinished.id);
    if (claimed.length > 0) return { turn: unfinished, conversation, fresh: true, inbound: claimed };
    await db.turn.deleteMany({ where: { id: unfinished.id, status: 'answering' } });
    return null;
  }
  const waiting = await waitingMessages(db, conversationId);
  if (waiting.length === 0) return null;
  const receivedAt = new Date(Math.min(...waiting.map((message) => message.createdAt.getTime())));
  // No transaction: only this job works on this citizen (the turn's
  // deduplication), and a crash between the two writes leaves an empty turn
  // that the next run fills (above).
  const turn = await db.turn.create({ data: { conversationId, receivedAt } });
  return { turn, conversation, fresh: true, inbound: await claim(db, waiting, turn.id) };
}

function waitingMessages(db: Database, conversationId: number): Promise<Message[]> {
  return db.message.findMany({
    where: { conversationId, direction: 'inbound', status: 'received', turnId: null },
    orderBy: [{ eventAt: 'asc' }, { id: 'asc' }],
  });
}

async function claim(db: Database, waiting: Message[], turnId: bigint): Promise<Message[]> {
  await db.$executeRaw`UPDATE messages SET turn_id = ${turnId} WHERE id IN (${Prisma.join(waiting.map((message) => message.id))}) AND turn_id IS NULL`;
  return waiting.map((message) => ({ ...message, turnId }));
}

async function claimWaiting(db: Database, conversationId: number, turnId: bigint): Promise<Message[]> {
  const waiting = await waitingMessages(db, conversationId);
  return waiting.length === 0 ? [] : claim(db, waiting, turnId);
}

export function turnMessages(db: Database, turnId: bigint, direction: 'inbound' | 'outbound', kind?: string): Promise<Message[]> {
  return db.message.findMany({
    where: { turnId, direction, ...(kind ? { kind } : {}) },
    orderBy: direction === 'inbound' ? [{ eventAt: 'asc' }, { id: 'asc' }] : [{ part: 'asc' }],
  });
}

/** The last exchanges before this turn, oldest first, for the answerer's context. */
export async function recentHistory(db: Database, conversationId: number, turnId: bigint, limit = 10) {
  const rows = await db.message.findMany({
    where: {
      conversationId,
      text: { not: null },
      OR: [{ turnId: { not: turnId } }, { turnId: null }],
      kind: { in: ['text', 'quick_reply', 'postback', 'reply', 'echo'] },
    },
    orderBy: [{ eventAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { direction: true, text: true },
  });
  return rows.reverse().map((row) => ({ direction: row.direction, text: row.text ?? '' }));
}

/** Meta's acceptance of a reply part, recorded with the turn's end when it is the last part. */
export interface SentPart {
  externalId: string;
  messageId: string;
  sentAt: Date;
}

/** The writes that record a part as accepted by Meta. */
export function markSent(db: Database, part: SentPart) {
  return db.$executeRaw`
    UPDATE messages SET status = 'sent', mid = ${part.messageId}, sent_at = ${part.sentAt}, error = NULL, error_code = NULL
    WHERE external_id = ${part.externalId}`;
}

/**
 * What a turn's answer was, decided with the reply and kept with its first
 * part (so that a resumed turn still knows it), written when the turn ends.
 */
export interface TurnSummary {
  outcome: string | null;
  language: string | null;
  matchedKey: string | null;
  /** The conversation's misses in a row after this turn. */
  unansweredStreak: number;
  /** Meta's time of the turn's last message (ms). */
  lastInboundAt: number | null;
}

/**
 * Marks the turn answered, with its last part's acceptance and what the
 * answer was, in one transaction: one commit (one log flush) for all of it,
 * which is what bounds the worker's rate under a burst. updateMany
 * throughout: Prisma's update reads the row back, several times the cost of
 * the UPDATE itself. A crash before the commit leaves the part unsent and the
 * turn open, as a crash just before the send.
 */
export async function finishTurn(db: Database, turn: Turn, summary: TurnSummary | null, lastPart?: SentPart): Promise<void> {
  const now = new Date();
  // NULL keeps a column as it is (a turn resumed without its summary).
  const streak = summary?.unansweredStreak ?? null;
  const language = summary?.language ?? null;
  const lastInboundAt = summary?.lastInboundAt ? new Date(summary.lastInboundAt) : null;
  // Raw statements: Prisma's model writes cost several times the UPDATE itself,
  // which is what bounds a worker's rate under a burst. The conversation row
  // goes first: every writer of a conversation locks it first, so they queue
  // instead of deadlocking.
  await retryOnWriteConflict(() =>
    db.$transaction([
      db.$executeRaw`
        UPDATE conversations SET last_outbound_at = ${now}, updated_at = ${now},
          unanswered_streak = COALESCE(${streak}, unanswered_streak), language = COALESCE(${language}, language),
          last_inbound_at = COALESCE(${lastInboundAt}, last_inbound_at)
        WHERE id = ${turn.conversationId}`,
      ...(lastPart ? [markSent(db, lastPart)] : []),
      db.$executeRaw`UPDATE messages SET status = 'answered' WHERE turn_id = ${turn.id} AND direction = 'inbound'`,
      db.$executeRaw`
        UPDATE turns SET status = 'answered', answered_at = ${now}, latency_ms = ${now.getTime() - turn.receivedAt.getTime()},
          error = NULL, error_code = NULL, updated_at = ${now},
          outcome = COALESCE(${summary?.outcome ?? null}, outcome), language = COALESCE(${language}, language),
          matched_key = COALESCE(${summary?.matchedKey ?? null}, matched_key)
        WHERE id = ${turn.id}`,
    ]),
  );
}

export async function failTurn(db: Database, turnId: bigint, error: string, errorCode?: number): Promise<void> {
  await db.turn.updateMany({ where: { id: turnId, status: 'answering' }, data: { status: 'failed', error, errorCode: errorCode ?? null } });
}
