import type { FastifyInstance } from 'fastify';
import type { InboundEvent } from '@ecitizen/messenger';
import type { Prisma } from '@ecitizen/db';

export type IngestOutcome = 'queued' | 'stored';

const QUEUE_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`queue did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Makes a delivery's events durable before Meta gets its 200: into the
 * inbound queue (Redis) with the event id as job id, so a redelivered event
 * is not queued twice; if Redis cannot take them, into MySQL, from where the
 * relay queues them once Redis is back. Throws only when neither can.
 */
export async function ingestEvents(app: FastifyInstance, events: InboundEvent[], receivedAt: number): Promise<IngestOutcome> {
  try {
    const adding = app.inboundBatcher.add(events, receivedAt);
    // If Redis went away mid-request, do not wait for it: Meta gives us 5 s in all.
    // Should the add still land later, the job ids make the relayed copy a no-op.
    adding.catch(() => {});
    await withTimeout(adding, QUEUE_TIMEOUT_MS);
    return 'queued';
  } catch (queueError) {
    app.log.warn({ err: queueError, events: events.length }, 'queue unavailable: keeping webhook events in MySQL');
    await app.db.webhookEvent.createMany({
      data: events.map((event) => ({ id: event.id, event: event as unknown as Prisma.InputJsonValue, receivedAt: new Date(receivedAt) })),
      skipDuplicates: true,
    });
    return 'stored';
  }
}
