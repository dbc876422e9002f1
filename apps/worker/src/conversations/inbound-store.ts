import { Prisma, retryOnWriteConflict, type Conversation, type Database } from '@ecitizen/db';
import type { InboundEvent } from '@ecitizen/messenger';
import { redact } from '@ecitizen/understanding';

/**
 * The conversation of a citizen with a page, created on their first event.
 * A read first (one query in the usual case, where Prisma's upsert costs a
 * transaction); two first events racing settle on the unique key.
 */
export async function conversationOf(db: Database, pageId: string, psid: string): Promise<Conversation> {
  const where = { pageId_psid: { pageId, psid } };
  const existing = await db.conversation.findUnique({ where });
  if (existing) return existing;
  try {
    return await db.conversation.create({ data: { pageId, psid } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return db.conversation.findUniqueOrThrow({ where });
    throw error;
  }
}

/**
 * Stores an inbound event as a message, keyed by its event id. Resolves to
 * false when the id is already stored: Meta delivered it twice, or a job ran
 * again after a crash (see stillWaiting for what that run may have left undone).
 */
export async function recordInbound(
  db: Database,
  conversation: Conversation,
  event: InboundEvent,
  receivedAt: number,
  status: 'received' | 'ignored',
): Promise<boolean> {
  // Personal data a citizen typed is never stored: only what kind it was, so the bot can warn them.
  const redaction = event.text ? redact(event.text) : undefined;
  const create = () =>
    db.message.create({
      data: {
        conversationId: conversation.id,
        direction: 'inbound',
        kind: event.kind,
        externalId: event.id,
        mid: event.mid ?? null,
        text: redaction?.text ?? null,
        payload: event.payload ?? null,
        details: detailsOf(event, redaction?.found ?? []),
        status,
        eventAt: new Date(event.timestamp),
        createdAt: new Date(receivedAt),
      },
    });
  try {
    if (status === 'received') {
      // One commit for the message and the conversation's clock. The
      // conversation row is locked first, as the end of a turn does, so that
      // the two wait for each other instead of deadlocking.
      await retryOnWriteConflict(() =>
        db.$transaction([db.conversation.update({ where: { id: conversation.id }, data: { lastInboundAt: new Date(event.timestamp) } }), create()]),
      );
    } else {
      await create();
    }
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return false;
    throw error;
  }
  return true;
}

function detailsOf(event: InboundEvent, redacted: string[]): Prisma.InputJsonValue | typeof Prisma.DbNull {
  const details: Record<string, Prisma.InputJsonValue> = {};
  if (redacted.length > 0) details.redacted = redacted;
  if (event.attachments?.length) details.attachments = event.attachments as unknown as Prisma.InputJsonValue;
  if (event.handover) details.handover = event.handover as unknown as Prisma.InputJsonValue;
  if (event.echo) details.echo = event.echo as unknown as Prisma.InputJsonValue;
  if (event.standby) details.standby = true;
  return Object.keys(details).length > 0 ? details : Prisma.DbNull;
}

/**
 * True when a stored message still waits for its turn: a job that stored it
 * but died (or lost Redis) before scheduling the turn must schedule it on its
 * next attempt, or the message would wait for the sweeper.
 */
export async function stillWaiting(db: Database, eventId: string): Promise<boolean> {
  const message = await db.message.findUnique({ where: { externalId: eventId }, select: { status: true, turnId: true } });
  return message?.status === 'received' && message.turnId === null;
}
