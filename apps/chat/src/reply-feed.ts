import type { SentMessage } from '@ecitizen/graph-emulator';
import { getJson, pause } from './http.ts';

// Under the emulator's 30 s ceiling for long polls.
const LONG_POLL_MS = 25_000;
const RETRY_AFTER_ERROR_MS = 1000;

export interface ReplyFeedOptions {
  emulatorUrl: string;
  psid: string;
  /** Read messages after this cursor (the emulator's `last` when the session began). */
  since: number;
  onReply(message: SentMessage): void;
  /** Called once when the emulator stops answering, and polling goes on. */
  onLost(problem: string): void;
  signal: AbortSignal;
}

export interface ReplyFeed {
  /** Messages received so far. */
  readonly received: number;
  /** The cursor after the newest message seen: no call before it belongs to a later turn. */
  readonly cursor: number;
  /** Resolves true once more than `count` messages were received, false after `timeoutMs` or on abort. */
  waitForMore(count: number, timeoutMs: number, signal: AbortSignal): Promise<boolean>;
  /** Resolves when the polling loop has ended (after the signal is aborted). */
  done: Promise<void>;
}

function isSentMessage(value: unknown): value is SentMessage {
  const message = value as Partial<SentMessage> | null;
  return typeof message?.seq === 'number' && typeof message.text === 'string';
}

/**
 * The bot's replies to one PSID, read by long-polling the emulator's record of
 * Send API calls: each arrives within milliseconds of the worker sending it,
 * with no busy polling in between.
 */
export function startReplyFeed(options: ReplyFeedOptions): ReplyFeed {
  const { emulatorUrl, psid, onReply, onLost, signal } = options;
  let cursor = options.since;
  let received = 0;
  const waiters = new Set<() => void>();

  async function poll(): Promise<void> {
    let lost = false;
    while (!signal.aborted) {
      const url = `${emulatorUrl}/__emulator/messages?recipient=${encodeURIComponent(psid)}&since=${cursor}&waitMs=${LONG_POLL_MS}`;
      try {
        const page = (await getJson(url, signal)) as { messages?: unknown; last?: unknown };
        lost = false;
        for (const message of Array.isArray(page.messages) ? page.messages : []) {
          if (!isSentMessage(message)) continue;
          received += 1;
          onReply(message);
        }
        if (typeof page.last === 'number') cursor = page.last;
        for (const wake of waiters) wake();
      } catch (error) {
        if (signal.aborted) break;
        if (!lost) onLost(`the Graph emulator at ${emulatorUrl} does not answer (${(error as Error).message}); retrying`);
        lost = true;
        await pause(RETRY_AFTER_ERROR_MS, signal);
      }
    }
  }

  return {
    get received() {
      return received;
    },
    get cursor() {
      return cursor;
    },
    waitForMore(count, timeoutMs, waitSignal) {
      return new Promise((resolve) => {
        const finish = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
          waitSignal.removeEventListener('abort', finish);
          resolve(received > count);
        };
        const check = (): void => {
          if (received > count) finish();
        };
        const timer = setTimeout(finish, timeoutMs);
        waitSignal.addEventListener('abort', finish);
        waiters.add(check);
        if (waitSignal.aborted) finish();
        else check();
      });
    },
    done: poll(),
  };
}
