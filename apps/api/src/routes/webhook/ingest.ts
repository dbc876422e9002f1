import type { FastifyInstance } from 'fastify';
import { answerWithin } from '@ecitizen/health';
import type { InboundEvent } from '@ecitizen/messenger';
import type { Prisma } from '@ecitizen/db';

export type IngestOutcome = 'queued' | 'stored';

const QUEUE_TIMEOUT_MS = 1500;

/**
 * Makes a delivery's events durable before Meta gets its 200: into the
 * inbound queue (Redis), sharing a job with the other deliveries of the same
 * moment; if Redis cannot take them, into MySQL, from where the relay queues
 * them once Redis is back. Throws only when neither can. A redelivered event
 * is queued again and stored once, by the worker, under its unique id.
 */
export async function ingestEvents(app: FastifyInstance, events: InboundEvent[], receivedAt: number): Promise<IngestOutcome> {
  try {
    const adding = app.inboundBatcher.add(events, receivedAt);
    // If Redis went away mid-request, do not wait for it: Meta gives us 5 s in all.
    // Should the add still land later, the worker stores the relayed copy's events once, by their ids.
    adding.catch(() => {});
    await answerWithin(adding, QUEUE_TIMEOUT_MS, 'the queue');
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
