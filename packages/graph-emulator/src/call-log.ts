import { BoundedLog } from './bounded-log.ts';
import { MessageWaiters } from './message-waiters.ts';
import type { CallFilter, RecordedCall, SentMessage } from './types.ts';

/** Enough for any test or benchmark run, small enough to hold in memory (~100 MB at worst). */
export const MAX_RECORDED_CALLS = 100_000;

export interface Page<T> {
  items: T[];
  /** The cursor to ask from next time. */
  last: number;
}

/**
 * Every Graph call and every message sent, and the waiters for messages.
 * Recording is a push and a counter update; waiters of that recipient are
 * woken, nobody scans.
 */
export class CallLog {
  private readonly calls = new BoundedLog<RecordedCall>(MAX_RECORDED_CALLS);
  private readonly sent = new BoundedLog<SentMessage>(MAX_RECORDED_CALLS);
  /** Messages sent since the last reset, per recipient; unlike the logs, never trimmed. */
  private readonly sentTo = new Map<string, number>();
  private sentToAnyone = 0;
  private seq = 0;
  private readonly waiters = new MessageWaiters();

  /** The seq of the newest call, recorded or forgotten. */
  get lastSeq(): number {
    return this.seq;
  }

  record(call: Omit<RecordedCall, 'seq'>, message?: Omit<SentMessage, 'seq'>): RecordedCall {
    const seq = ++this.seq;
    const recorded: RecordedCall = { seq, ...call };
    this.calls.push(recorded);
    if (message) {
      this.sent.push({ seq, ...message });
      this.sentTo.set(message.recipientId, (this.sentTo.get(message.recipientId) ?? 0) + 1);
      this.sentToAnyone += 1;
      this.waiters.notify(message.recipientId);
    }
    return recorded;
  }

  /** Calls matching the filter with a seq after `afterSeq`, oldest first. */
  callsAfter(afterSeq: number | undefined, filter: CallFilter = {}, limit?: number): Page<RecordedCall> {
    const { kind, recipientId } = filter;
    const items = this.calls.select(
      (call) => (kind === undefined || call.kind === kind) && (recipientId === undefined || call.recipientId === recipientId),
      { afterSeq, limit },
    );
    return { items, last: this.cursorAfter(items, limit) };
  }

  messagesAfter(afterSeq: number | undefined, recipientId?: string, limit?: number): Page<SentMessage> {
    const items = this.sent.select((message) => recipientId === undefined || message.recipientId === recipientId, { afterSeq, limit });
    return { items, last: this.cursorAfter(items, limit) };
  }

  sentCount(recipientId?: string): number {
    return recipientId === undefined ? this.sentToAnyone : (this.sentTo.get(recipientId) ?? 0);
  }

  /** Resolves once `count` messages (to `recipientId`) were sent since the last reset. */
  waitForSent(count: number, recipientId: string | undefined, timeoutMs: number): Promise<SentMessage[]> {
    if (this.sentCount(recipientId) >= count) return Promise.resolve(this.messagesAfter(undefined, recipientId).items);
    return new Promise((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        unsubscribe();
      };
      const unsubscribe = this.waiters.subscribe(recipientId, {
        onMessage: () => {
          if (this.sentCount(recipientId) < count) return;
          finish();
          resolve(this.messagesAfter(undefined, recipientId).items);
        },
        onClose: () => {
          finish();
          reject(new Error('the graph emulator closed while waiting for messages'));
        },
      });
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(this.describeShortfall(count, recipientId, timeoutMs)));
      }, timeoutMs);
    });
  }

  /**
   * Messages after `afterSeq`; when there are none yet, waits up to `waitMs`
   * for the first and answers then (a long poll).
   */
  async nextMessages(
    afterSeq: number,
    recipientId: string | undefined,
    options: { waitMs: number; limit?: number; signal?: AbortSignal },
  ): Promise<Page<SentMessage>> {
    const { waitMs, limit, signal } = options;
    const ready = this.messagesAfter(afterSeq, recipientId, limit);
    if (ready.items.length > 0 || waitMs <= 0 || signal?.aborted) return ready;
    await new Promise<void>((resolve) => {
      const finish = (): void => {
        clearTimeout(timer);
        unsubscribe();
        signal?.removeEventListener('abort', finish);
        resolve();
      };
      const unsubscribe = this.waiters.subscribe(recipientId, { onMessage: finish, onClose: finish });
      const timer = setTimeout(finish, waitMs);
      // A poller that hung up stops waiting at once rather than at its deadline.
      signal?.addEventListener('abort', finish);
    });
    return this.messagesAfter(afterSeq, recipientId, limit);
  }

  /** Forgets calls and messages; seqs go on increasing so readers' cursors stay valid. */
  clear(): void {
    this.calls.clear();
    this.sent.clear();
    this.sentTo.clear();
    this.sentToAnyone = 0;
  }

  /** Ends every wait (the emulator is closing). */
  close(): void {
    this.waiters.closeAll();
  }

  /** A page cut short by its limit continues after its last item; a whole one after everything so far. */
  private cursorAfter(items: readonly { seq: number }[], limit: number | undefined): number {
    if (limit !== undefined && items.length >= limit) return items[items.length - 1]?.seq ?? this.seq;
    return this.seq;
  }

  private describeShortfall(count: number, recipientId: string | undefined, timeoutMs: number): string {
    const sent = this.messagesAfter(undefined, recipientId).items;
    const to = recipientId === undefined ? '' : ` to ${recipientId}`;
    const texts = sent.slice(-5).map((message) => JSON.stringify(message.text.slice(0, 80)));
    const shown = texts.length > 0 ? `; the last: ${texts.join(', ')}` : '';
    return `waited ${timeoutMs} ms for ${count} message(s)${to} but ${this.sentCount(recipientId)} were sent${shown}`;
  }
}
