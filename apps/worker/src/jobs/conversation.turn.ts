import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '@ecitizen/config';
import { Prisma, type Database, type Message, type Turn } from '@ecitizen/db';
import { GraphApiError, splitMessage, type QuickReply, type SendApiClient } from '@ecitizen/messenger';
import type { TurnJobData } from '@ecitizen/queue';
import { raiseAlert } from '../alerts.ts';
import { graphErrors, replyLatency, turnsAnswered } from '../metrics.ts';
import type { Answerer, TurnReply } from '../answering/answerer.ts';
import { handOver } from '../conversations/handover.ts';
import { failTurn, finishTurn, markSent, openTurn, recentHistory, turnMessages, type OpenedTurn, type SentPart, type TurnSummary } from '../conversations/turn-store.ts';
import { bestEffort } from '../replies/best-effort.ts';
import { HOLDING_MESSAGE } from '../replies/holding-message.ts';

export interface TurnContext {
  db: Database;
  log: Logger;
  sendApi: SendApiClient;
  answerer: Answerer;
  settings: Config['worker'];
  handover: Pick<Config['handover'], 'targetAppId' | 'timeoutMinutes'>;
  /** The turns worker, to pause the whole queue when Meta rate-limits the page. */
  worker(): Worker<TurnJobData>;
  /** Stops all sending (the page is blocked): operators resume it from the dashboard. */
  stopSending(): Promise<void>;
  /** Aborted when the process shuts down. */
  shutdown: AbortSignal;
}

/** How long the whole queue waits after Meta says the page is rate-limited. */
const RATE_LIMIT_PAUSE_MS = 10_000;
/** Graph error code 2 ("unexpected") may mean the page is blocked: give up after this many attempts. */
export const CAPPED_ATTEMPTS = 4;

/**
 * Answers a citizen: everything they said since the last reply, in one
 * reply. Safe to run again at any point (after a crash, a retry): the reply is
 * stored before it is sent, each part is marked sent as soon as Meta accepts
 * it, and a rerun sends only the parts not yet marked.
 */
export function turnProcessor(context: TurnContext) {
  return async function processTurn(job: Job<TurnJobData>): Promise<string> {
    // What the citizen writes while this runs gets its own job when this one
    // ends (the turn's deduplication keeps it), so one turn per job is enough.
    const opened = await openTurn(context.db, job.data.conversationId, context.handover.timeoutMinutes);
    if (!opened) return 'nothing to answer';
    await answerTurn(context, job, opened);
    return `answered turn ${opened.turn.id}`;
  };
}

async function answerTurn(context: TurnContext, job: Job<TurnJobData>, opened: OpenedTurn): Promise<void> {
  const { db, sendApi, log } = context;
  const { turn, fresh } = opened;
  const { psid } = job.data;
  // A resumed turn may have its reply stored already: send that, never a new one.
  let parts: ReplyPart[] = fresh ? [] : await turnMessages(db, turn.id, 'outbound', 'reply');
  if (parts.length === 0) {
    await bestEffort(log, 'mark_seen', () => sendApi.senderAction(psid, 'mark_seen'));
    const reply = await produceReply(context, job, opened);
    parts = await storeReply(db, turn, reply, summarise(reply, opened));
  }
  const summary = (parts[0]?.details as { turn?: TurnSummary } | null)?.turn ?? null;
  // The last part's acceptance is written with the turn's end, in one commit.
  let lastSent: SentPart | undefined;
  for (const [index, part] of parts.entries()) {
    if (part.status === 'sent') continue;
    const sent = await sendPart(context, job, turn, part);
    if (index === parts.length - 1) lastSent = sent;
    else await markSent(db, sent);
  }
  // After the reply that tells the citizen what happens next; a rerun passes again harmlessly.
  if (summary?.outcome === 'handover') await handOver(db, sendApi, log, turn.conversationId, psid, context.handover.targetAppId, 'bot');
  await finishTurn(db, turn, summary, lastSent);
  turnsAnswered.inc({ outcome: summary?.outcome ?? 'unknown' });
  replyLatency.observe((Date.now() - turn.receivedAt.getTime()) / 1000);
  log.info({ conversationId: turn.conversationId, turnId: String(turn.id), parts: parts.length }, 'turn answered');
}

/** Runs the answerer with typing shown (renewed before Meta's 20 s expiry) and a holding message if it is slow. */
async function produceReply(context: TurnContext, job: Job<TurnJobData>, { turn, inbound, conversation }: OpenedTurn): Promise<TurnReply> {
  const { db, sendApi, log, settings } = context;
  const { psid } = job.data;
  const typing = () => bestEffort(log, 'typing_on', () => sendApi.senderAction(psid, 'typing_on'));
  await typing();
  const typingTimer = setInterval(() => void typing(), settings.typingRefreshMs);
  const holdingTimer = setTimeout(() => void sendHolding(context, job, turn), settings.holdingMessageAfterMs);
  try {
    return await context.answerer({
      conversationId: turn.conversationId,
      psid,
      messages: inbound.map((message) => {
        const details = message.details as { attachments?: Array<{ type: string }>; redacted?: string[] } | null;
        return { kind: message.kind, text: message.text, payload: message.payload, attachments: details?.attachments ?? [], redacted: details?.redacted ?? [] };
      }),
      // A citizen the bot has never answered has no exchanges to recall.
      history: conversation.lastOutboundAt ? await recentHistory(db, turn.conversationId, turn.id) : [],
      language: conversation.language,
      unansweredStreak: conversation.unansweredStreak,
      signal: context.shutdown,
    });
  } finally {
    clearInterval(typingTimer);
    clearTimeout(holdingTimer);
  }
}

/** What sending needs of an outbound part, whether just planned or read back after a crash. */
type ReplyPart = Pick<Message, 'externalId' | 'text' | 'details' | 'status'>;

/** Misses in a row: reset by an answer or a handover, grown by a miss, kept by small talk. */
function nextStreak(streak: number, outcome: TurnReply['outcome']): number {
  if (outcome === 'no_match') return streak + 1;
  if (outcome === 'answered' || outcome === 'handover') return 0;
  return streak;
}

function summarise(reply: TurnReply, { conversation, inbound }: OpenedTurn): TurnSummary {
  const times = inbound.map((message) => message.eventAt.getTime());
  return {
    outcome: reply.outcome ?? null,
    language: reply.language ?? null,
    matchedKey: reply.matchedKey ?? null,
    unansweredStreak: nextStreak(conversation.unansweredStreak, reply.outcome),
    lastInboundAt: times.length > 0 ? Math.max(...times) : null,
  };
}

/**
 * Stores the reply's parts before any is sent (a rerun sends these, never a
 * freshly composed answer), the first with what the answer was: one INSERT.
 */
async function storeReply(db: Database, turn: Turn, reply: TurnReply, summary: TurnSummary): Promise<ReplyPart[]> {
  const texts = splitMessage(reply.text);
  const now = new Date();
  const rows = texts.map((text, part) => {
      const last = part === texts.length - 1;
      const details = {
        ...(part === 0 ? { turn: summary } : {}),
        ...(last && reply.quickReplies?.length ? { quickReplies: reply.quickReplies } : {}),
        ...(reply.sources ? { sources: reply.sources } : {}),
      };
      return {
        conversationId: turn.conversationId,
        direction: 'outbound' as const,
        kind: 'reply',
        externalId: `${turn.id}-${part}`,
        text,
        details: Object.keys(details).length > 0 ? details : null,
        status: 'pending' as const,
        turnId: turn.id,
        part,
        eventAt: now,
      };
    });
  // One raw INSERT (IGNORE: a rerun that stored them already keeps the first copy).
  await db.$executeRaw`
    INSERT IGNORE INTO messages (conversation_id, direction, kind, external_id, text, details, status, turn_id, part, event_at, created_at)
    VALUES ${Prisma.join(
      rows.map(
        (row) =>
          Prisma.sql`(${row.conversationId}, 'outbound', 'reply', ${row.externalId}, ${row.text}, ${row.details === null ? null : JSON.stringify(row.details)}, 'pending', ${row.turnId}, ${row.part}, ${now}, ${now})`,
      ),
    )}`;
  return rows.map((row) => ({ externalId: row.externalId, text: row.text, details: row.details as Message['details'], status: row.status }));
}

async function sendHolding(context: TurnContext, job: Job<TurnJobData>, turn: Turn): Promise<void> {
  const { db, sendApi, log } = context;
  try {
    const holding = await db.message.create({
      data: {
        conversationId: turn.conversationId,
        direction: 'outbound',
        kind: 'holding',
        externalId: `${turn.id}-holding`,
        text: HOLDING_MESSAGE,
        status: 'sending',
        turnId: turn.id,
        eventAt: new Date(),
      },
    });
    const { messageId } = await sendApi.sendMessage(job.data.psid, { text: HOLDING_MESSAGE, metadata: `ecz:${holding.externalId}` });
    await db.message.update({ where: { id: holding.id }, data: { status: 'sent', mid: messageId, sentAt: new Date() } });
  } catch (error) {
    // Already sent in an earlier run (unique external id), or Meta refused: the reply itself still follows.
    log.debug({ err: error }, 'holding message not sent');
  }
}

/** Sends one part; what Meta accepted is for the caller to record. */
async function sendPart(context: TurnContext, job: Job<TurnJobData>, turn: Turn, part: ReplyPart): Promise<SentPart> {
  const { sendApi } = context;
  const quickReplies = (part.details as { quickReplies?: QuickReply[] } | null)?.quickReplies;
  try {
    const { messageId } = await sendApi.sendMessage(job.data.psid, {
      text: part.text ?? '',
      ...(quickReplies ? { quickReplies } : {}),
      // Echoes carry this back: it is how our own sends are told from a person's.
      metadata: `ecz:${part.externalId}`,
    });
    return { externalId: part.externalId, messageId, sentAt: new Date() };
  } catch (error) {
    return handleSendError(context, job, turn, part, error);
  }
}

/** Decides retry, pause or give up for a failed send; always throws. */
async function handleSendError(context: TurnContext, job: Job<TurnJobData>, turn: Turn, part: ReplyPart, error: unknown): Promise<never> {
  const { db, log } = context;
  const graph = error instanceof GraphApiError ? error : undefined;
  graphErrors.inc({ code: String(graph?.code ?? 'network'), kind: graph?.kind ?? 'transient' });
  const permanent = graph?.kind === 'permanent' || (graph?.cappedRetries === true && job.attemptsMade + 1 >= CAPPED_ATTEMPTS);
  await db.message.updateMany({
    where: { externalId: part.externalId },
    data: { status: permanent ? 'failed' : 'pending', error: (error as Error).message, errorCode: graph?.code ?? null },
  });
  if (!permanent) {
    if (graph?.kind === 'rate_limit') {
      log.warn({ code: graph.code }, 'Meta rate-limited the page: pausing sends');
      await context.worker().rateLimit(RATE_LIMIT_PAUSE_MS);
      throw Worker.RateLimitError();
    }
    throw error;
  }
  const reason = graph ? `${graph.reason} (code ${graph.code ?? 'none'})` : String(error);
  await failTurn(db, turn.id, reason, graph?.code);
  if (graph?.alert) {
    await raiseAlert(db, log, 'graph_invalid_token', 'The page access token was refused by Meta: replace FB_PAGE_ACCESS_TOKEN', { code: graph.code ?? null });
  }
  if (graph?.stopSending) {
    await raiseAlert(db, log, 'page_blocked', 'Meta has blocked the page from sending: sending is paused until an operator resumes it', {
      code: graph.code ?? null,
    });
    await context.stopSending();
  }
  log.warn({ conversationId: turn.conversationId, turnId: String(turn.id), reason }, 'reply not sent: permanent Graph API error');
  throw new UnrecoverableError(`reply not sent: ${reason}`);
}
