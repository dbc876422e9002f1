import type { Queue } from 'bullmq';
import type { InboundEvent } from '@ecitizen/messenger';
import type { InboundJobData } from '@ecitizen/queue';

interface Pending {
  jobs: Array<{ name: string; data: InboundJobData; opts: { jobId: string } }>;
  settle: (error?: unknown) => void;
}

/** Events of one flush at most: a BullMQ addBulk is one MULTI pipeline. */
const MAX_BATCH_JOBS = 500;

/**
 * Queues the events of concurrent webhook deliveries together: every request
 * that arrives in the same turn of the event loop shares one addBulk, one
 * Redis pipeline, instead of a MULTI round trip each (which cost most of the
 * webhook's CPU under load, in socket writes). Each request still waits for its
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
        jobs: events.map((event) => ({ name: event.kind, data: { event, receivedAt }, opts: { jobId: event.id } })),
        settle: (error) => (error === undefined ? resolve() : reject(error)),
      });
      this.size += events.length;
      if (this.size >= MAX_BATCH_JOBS) this.flush();
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
    this.queue.addBulk(batch.flatMap((entry) => entry.jobs)).then(
      () => batch.forEach((entry) => entry.settle()),
      (error: unknown) => batch.forEach((entry) => entry.settle(error ?? new Error('queue refused the batch'))),
    );
  }
}
