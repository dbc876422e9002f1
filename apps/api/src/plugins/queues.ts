import fp from 'fastify-plugin';
import { createQueues, type Queues } from '@ecitizen/queue';
import { InboundBatcher } from '../routes/webhook/inbound-batcher.ts';

declare module 'fastify' {
  interface FastifyInstance {
    queues: Queues;
    /** Adds webhook events to the inbound queue, coalescing concurrent deliveries. */
    inboundBatcher: InboundBatcher;
  }
}

/**
 * The BullMQ queues the api feeds, on the api's own fail-fast Redis
 * connection (no offline queue): during an outage an add fails at once and
 * the webhook falls back to MySQL. The infrastructure plugin closes it.
 */
export const queues = fp(
  async (app) => {
    const created = createQueues(app.redis, app.config.redisPrefix);
    for (const queue of [created.inbound, created.turns, created.deadLetters]) {
      queue.on('error', (error) => app.log.warn({ err: error, queue: queue.name }, 'queue connection error'));
    }
    app.decorate('queues', created);
    app.decorate('inboundBatcher', new InboundBatcher(created.inbound));
    app.addHook('onClose', () => created.close());
  },
  { name: 'queues', dependencies: ['infrastructure'] },
);
