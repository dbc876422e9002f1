import type { Queue } from 'bullmq';
import type { InboundEvent } from '@ecitizen/messenger';
import type { InboundJobData, ReceivedEvent } from '@ecitizen/queue';

interface Pending {
  events: ReceivedEvent[];
  settle: (error?: unknown) => void;
}

/** Events of one job at most, so that a job stays small enough to retry cheaply. */
const MAX_BATCH_EVENTS = 500;

/**
 * Queues the events of concurrent webhook deliveries together: every request
 * that arrives in the same turn of the event loop shares one inbound job, one
 * BullMQ script run in Redis, instead of one each (which cost most of the
 * webhook's CPU, and Redis's, under load). Each request still waits for its
 * own events to be in Redis before Meta gets its 200, and sees the batch's
 * error if Redis refused it.
 */
export class InboundBatcher {
  private pending: Pending[] = [];
  private size = 0;
  private scheduled = false;

  constructor(private readonly queue: Queue<InboundJobData>) {}

  add(events: InboundEvent[], receivedAt: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({
        events: events.map((event) => ({ event, receivedAt })),
        settle: (error) => (error === undefined ? resolve() : reject(error)),
      });
      this.size += events.length;
      if (this.size >= MAX_BATCH_EVENTS) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    this.size = 0;
    if (batch.length === 0) return;
    this.queue.add('events', { events: batch.flatMap((entry) => entry.events) }).then(
      () => batch.forEach((entry) => entry.settle()),
      (error: unknown) => batch.forEach((entry) => entry.settle(error ?? new Error('queue refused the batch'))),
    );
  }
}
