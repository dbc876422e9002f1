import { retryOnWriteConflict, type Database, type Message, type Turn } from '@ecitizen/db';
import { withPerson } from './handover.ts';

export interface OpenedTurn {
  turn: Turn;
  conversation: { language: string | null; unansweredStreak: number };
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
    select: { control: true, handedOverAt: true, language: true, unansweredStreak: true },
  });
  if (!conversation || withPerson(conversation, handoverTimeoutMinutes)) return null;
  const unfinished = await db.turn.findFirst({ where: { conversationId, status: 'answering' }, orderBy: { id: 'asc' } });
  if (unfinished) return { turn: unfinished, conversation, fresh: false, inbound: await turnMessages(db, unfinished.id, 'inbound') };
  const waiting = await db.message.findMany({
    where: { conversationId, direction: 'inbound', status: 'received', turnId: null },
    orderBy: [{ eventAt: 'asc' }, { id: 'asc' }],
  });
  if (waiting.length === 0) return null;
  const receivedAt = new Date(Math.min(...waiting.map((message) => message.createdAt.getTime())));
  const turn = await retryOnWriteConflict(() =>
    db.$transaction(async (tx) => {
      const created = await tx.turn.create({ data: { conversationId, receivedAt } });
      await tx.message.updateMany({ where: { id: { in: waiting.map((message) => message.id) }, turnId: null }, data: { turnId: created.id } });
      return created;
    }),
  );
  return { turn, conversation, fresh: true, inbound: waiting.map((message) => ({ ...message, turnId: turn.id })) };
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
  return db.message.update({
    where: { externalId: part.externalId },
    data: { status: 'sent', mid: part.messageId, sentAt: part.sentAt, error: null, errorCode: null },
  });
}

/**
 * Marks the turn answered, with its last part's acceptance, in one
 * transaction: one commit (one log flush) instead of one per write, which is
 * what bounds the worker's rate under a burst. A crash before it commits
 * leaves the part unsent and the turn open, as a crash just before the send.
 */
export async function finishTurn(db: Database, turn: Turn, lastPart?: SentPart): Promise<void> {
  const now = new Date();
  // The conversation row first: a new message of the citizen locks it first too.
  await retryOnWriteConflict(() =>
    db.$transaction([
      db.conversation.update({ where: { id: turn.conversationId }, data: { lastOutboundAt: now } }),
      ...(lastPart ? [markSent(db, lastPart)] : []),
      db.message.updateMany({ where: { turnId: turn.id, direction: 'inbound' }, data: { status: 'answered' } }),
      db.turn.update({
        where: { id: turn.id },
        data: { status: 'answered', answeredAt: now, latencyMs: now.getTime() - turn.receivedAt.getTime(), error: null, errorCode: null },
      }),
    ]),
  );
}

export async function failTurn(db: Database, turnId: bigint, error: string, errorCode?: number): Promise<void> {
  await db.turn.updateMany({ where: { id: turnId, status: 'answering' }, data: { status: 'failed', error, errorCode: errorCode ?? null } });
}
