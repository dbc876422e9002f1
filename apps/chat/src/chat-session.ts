import { createInterface } from 'node:readline';
import type { QuickReply, SentMessage } from '@ecitizen/graph-emulator';
import type { ChatSystem } from './chat-system.ts';
import { deliveryFor, type CitizenAction } from './citizen-events.ts';
import { HELP_TEXT, interpretLine } from './input-line.ts';
import { startReplyFeed } from './reply-feed.ts';
import { formatReply } from './reply-format.ts';
import { Transcript } from './transcript.ts';
import { watchForTyping } from './typing-watch.ts';
import { deliver } from './webhook-sender.ts';

/** How long a line waits for the bot before the next is read (the worker debounces 1.5 s, then answers). */
export const REPLY_TIMEOUT_MS = 20_000;

export interface ChatSessionOptions {
  system: ChatSystem;
  psid: string;
  /** The emulator's cursor when the session began: earlier messages are not this session's. */
  since: number;
  /** Aborted to end the session (Ctrl-C, a signal, a crashed app). */
  quit: AbortController;
  input?: NodeJS.ReadStream;
  output?: NodeJS.WriteStream;
}

/**
 * One person's conversation with the bot, line by line. Each line is sent as
 * a webhook event and the next is read only once the bot answered (or 20 s
 * passed), so piped input plays out in order, one turn per line. Resolves
 * at /quit, at the end of input, or when `quit` is aborted.
 */
export async function runChatSession(options: ChatSessionOptions): Promise<void> {
  const { system, psid, quit } = options;
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = Boolean(input.isTTY && output.isTTY);
  const lines = createInterface({ input, output, terminal: interactive });
  const transcript = new Transcript(lines, output, interactive);
  // In a terminal Ctrl-C is a keypress readline reports, not a signal.
  lines.on('SIGINT', () => quit.abort());

  // Messenger shows quick replies under the last message only, until the person sends anything.
  let choices: QuickReply[] = [];
  const feed = startReplyFeed({
    emulatorUrl: system.emulatorUrl,
    psid,
    since: options.since,
    signal: quit.signal,
    onReply(message: SentMessage) {
      choices = message.quickReplies ?? [];
      transcript.print(...formatReply(message));
    },
    onLost: (problem) => transcript.print(`(${problem})`),
  });

  async function send(action: CitizenAction): Promise<void> {
    choices = [];
    const before = feed.received;
    const turn = new AbortController();
    const endTurn = (): void => turn.abort();
    quit.signal.addEventListener('abort', endTurn);
    const typing = watchForTyping(system.emulatorUrl, psid, feed.cursor, turn.signal, () => {
      if (feed.received === before) transcript.print('bot is typing…');
    });
    try {
      const outcome = await deliver(system.apiUrl, system.appSecret, deliveryFor(action, psid, system.pageId));
      if (!outcome.ok) {
        transcript.print(`(not delivered: ${outcome.problem})`);
        return;
      }
      const answered = await feed.waitForMore(before, REPLY_TIMEOUT_MS, quit.signal);
      if (!answered && !quit.signal.aborted) transcript.print(`(no reply within ${REPLY_TIMEOUT_MS / 1000} s: is the worker running?)`);
    } finally {
      endTurn();
      quit.signal.removeEventListener('abort', endTurn);
      await typing;
    }
  }

  const quitting = new Promise<'quit'>((resolve) => {
    if (quit.signal.aborted) resolve('quit');
    quit.signal.addEventListener('abort', () => resolve('quit'), { once: true });
  });
  const reader = lines[Symbol.asyncIterator]();
  try {
    for (;;) {
      transcript.prompt();
      const next = await Promise.race([reader.next(), quitting]);
      if (next === 'quit' || next.done === true) break;
      const line = String(next.value);
      transcript.read(line);
      const meaning = interpretLine(line, choices);
      if (meaning.kind === 'quit') break;
      if (meaning.kind === 'help') transcript.print(HELP_TEXT);
      else if (meaning.kind === 'unknown_command') transcript.print(`(${meaning.command} is not a command: /help lists them)`);
      else if (meaning.kind === 'send') await send(meaning.action);
    }
  } finally {
    transcript.end();
    lines.close();
    quit.abort();
    await feed.done;
  }
}
