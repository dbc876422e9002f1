import type { Logger } from 'pino';

/** Seen marks and typing indicators are courtesies: their failure must not fail the reply. */
export async function bestEffort(log: Logger, what: string, action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    log.debug({ err: error }, `${what} failed (ignored)`);
  }
}
