import { getJson, pause } from './http.ts';

const POLL_MS = 250;

function isTypingOn(call: unknown): boolean {
  const body = (call as { body?: { sender_action?: unknown } } | null)?.body;
  return body?.sender_action === 'typing_on';
}

/**
 * Calls `onTyping` once when the worker shows typing to `psid` (a typing_on
 * sender action after `since`), then stops; also stops when `signal` is
 * aborted (the reply came). The emulator long-polls messages only, so
 * sender actions are polled for, briefly, while a turn is awaited.
 */
export async function watchForTyping(emulatorUrl: string, psid: string, since: number, signal: AbortSignal, onTyping: () => void): Promise<void> {
  let cursor = since;
  while (!signal.aborted) {
    try {
      const url = `${emulatorUrl}/__emulator/calls?since=${cursor}&kind=sender_action&recipient=${encodeURIComponent(psid)}`;
      const page = (await getJson(url, signal)) as { calls?: unknown; last?: unknown };
      if (Array.isArray(page.calls) && page.calls.some(isTypingOn)) {
        if (!signal.aborted) onTyping();
        return;
      }
      if (typeof page.last === 'number') cursor = page.last;
    } catch {
      // Only a nicety: the reply feed reports a lost emulator.
    }
    await pause(POLL_MS, signal);
  }
}
