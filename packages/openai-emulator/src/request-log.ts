import { BoundedQueue } from './bounded-queue.ts';
import { ChatWaiters } from './chat-waiters.ts';
import type { ChatRequest, RecordedRequest } from './types.ts';

/** Enough for a test run or a benchmark; older requests are forgotten. */
export const MAX_RECORDED_REQUESTS = 10_000;

/**
 * Also a bound on memory: a RAG context is easily 50 kB, and ten thousand of
 * them would be half a gigabyte.
 */
export const MAX_RECORDED_BYTES = 256 * 1024 * 1024;

/** Counted in the weight of every entry besides its body: the record itself and its answer, roughly. */
const ENTRY_OVERHEAD_BYTES = 1024;

interface Entry {
  request: RecordedRequest;
  /** Set when the request was a chat completion the model "saw". */
  chat?: ChatRequest;
}

/** Every request to an OpenAI path, and who waits for chat requests. */
export class RequestLog {
  private readonly entries = new BoundedQueue<Entry>(MAX_RECORDED_REQUESTS, MAX_RECORDED_BYTES);
  /** Chat requests since the last reset; unlike the log, never trimmed, so waits count right. */
  private chatCount = 0;
  private readonly waiters = new ChatWaiters();

  /** `bodyBytes` is the size of the body on the wire, for the memory bound. */
  record(request: RecordedRequest, bodyBytes: number, chat?: ChatRequest): void {
    this.entries.push(chat ? { request, chat } : { request }, bodyBytes + ENTRY_OVERHEAD_BYTES);
    if (chat) {
      this.chatCount += 1;
      this.waiters.notify(this.chatCount);
    }
  }

  requests(): RecordedRequest[] {
    return this.entries.items().map((entry) => entry.request);
  }

  chatRequests(): ChatRequest[] {
    return this.entries.items().flatMap((entry) => (entry.chat ? [entry.chat] : []));
  }

  async waitForChatRequests(count: number, timeoutMs: number): Promise<ChatRequest[]> {
    await this.waiters.wait(
      count,
      timeoutMs,
      () => this.chatCount,
      () => this.describeShortfall(count, timeoutMs),
    );
    return this.chatRequests();
  }

  clear(): void {
    this.entries.clear();
    this.chatCount = 0;
  }

  close(): void {
    this.waiters.rejectAll('the OpenAI emulator closed while waiting for chat requests');
  }

  private describeShortfall(count: number, timeoutMs: number): string {
    // The usual cause is a request answered otherwise (401, 400, a 404 path), which the last ones show.
    const last = this.requests()
      .slice(-5)
      .map((request) => `${request.path} → ${request.status}`);
    const shown = last.length > 0 ? `; the last requests: ${last.join(', ')}` : '';
    return `waited ${timeoutMs} ms for ${count} chat request(s) but ${this.chatCount} arrived${shown}`;
  }
}
