import type { Conversation, Database } from '@ecitizen/db';
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
  // INSERT IGNORE, then read: two first events racing settle on the unique key.
  const now = new Date();
  await db.$executeRaw`INSERT IGNORE INTO conversations (page_id, psid, created_at, updated_at) VALUES (${pageId}, ${psid}, ${now}, ${now})`;
  return db.conversation.findUniqueOrThrow({ where });
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
  const details = detailsOf(event, redaction?.found ?? []);
  // One INSERT (raw: Prisma's create reads the row back, several times the
  // cost); the conversation's clock (last_inbound_at) is set when the turn ends.
  const inserted = await db.$executeRaw`
    INSERT IGNORE INTO messages (conversation_id, direction, kind, external_id, mid, text, payload, details, status, event_at, created_at)
    VALUES (${conversation.id}, 'inbound', ${event.kind}, ${event.id}, ${event.mid ?? null}, ${redaction?.text ?? null}, ${event.payload ?? null},
            ${details === null ? null : JSON.stringify(details)}, ${status}, ${new Date(event.timestamp)}, ${new Date(receivedAt)})`;
  return inserted > 0;
}

function detailsOf(event: InboundEvent, redacted: string[]): Record<string, unknown> | null {
  const details: Record<string, unknown> = {};
  if (redacted.length > 0) details.redacted = redacted;
  if (event.attachments?.length) details.attachments = event.attachments;
  if (event.handover) details.handover = event.handover;
  if (event.echo) details.echo = event.echo;
  if (event.standby) details.standby = true;
  return Object.keys(details).length > 0 ? details : null;
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
