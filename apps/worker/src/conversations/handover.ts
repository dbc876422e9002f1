import type { Logger } from 'pino';
import type { Conversation, Database } from '@ecitizen/db';
import type { SendApiClient } from '@ecitizen/messenger';

/** Whether a person still has the conversation: control passed to them and not yet timed out. */
export function withPerson(conversation: Pick<Conversation, 'control' | 'handedOverAt'>, timeoutMinutes: number, now = Date.now()): boolean {
  if (conversation.control !== 'human') return false;
  return conversation.handedOverAt === null || now - conversation.handedOverAt.getTime() < timeoutMinutes * 60_000;
}

/**
 * Hands the conversation to a person through Messenger's handover protocol
 * (the page inbox by default) and keeps the bot silent on it. If Meta refuses
 * the pass (the target app is not set up), the bot still stays silent: the
 * page inbox shows the conversation to the team either way.
 */
export async function handOver(db: Database, sendApi: SendApiClient, log: Logger, conversationId: number, psid: string, targetAppId: string, reason: string): Promise<void> {
  try {
    await sendApi.passThreadControl(psid, targetAppId, `ecz:handover:${reason}`);
  } catch (error) {
    log.warn({ err: error, conversationId }, 'pass_thread_control refused: the bot stays silent anyway');
  }
  await db.conversation.update({ where: { id: conversationId }, data: { control: 'human', handedOverAt: new Date() } });
  log.info({ conversationId, reason }, 'conversation handed to a person');
}

/**
 * Takes back conversations a person has had for longer than the timeout, so
 * a citizen is never left without anyone answering. Runs with the sweeper.
 */
export async function returnTimedOutHandovers(db: Database, sendApi: SendApiClient, log: Logger, timeoutMinutes: number): Promise<number> {
  const expired = await db.conversation.findMany({
    where: { control: 'human', handedOverAt: { lt: new Date(Date.now() - timeoutMinutes * 60_000) } },
    select: { id: true, psid: true },
    take: 200,
  });
  for (const conversation of expired) {
    try {
      await sendApi.takeThreadControl(conversation.psid, 'ecz:handover-timeout');
    } catch (error) {
      log.warn({ err: error, conversationId: conversation.id }, 'take_thread_control refused');
    }
    await db.conversation.update({ where: { id: conversation.id }, data: { control: 'bot', handedOverAt: null } });
  }
  if (expired.length > 0) log.info({ conversations: expired.length }, 'handover timed out: the bot answers again');
  return expired.length;
}
