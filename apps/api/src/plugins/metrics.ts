import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: {
      /** Webhook deliveries by what became of them: queued, stored (MySQL, Redis down), refused, unavailable. */
      webhookDeliveries: Counter<'outcome'>;
    };
  }
}

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized'] as const;

/**
 * Prometheus metrics at /metrics (prom-client): the process, the webhook, and
 * the depth of every queue (read from Redis when scraped, so any api process
 * reports the whole system's queues).
 */
export const metrics = fp(
  async (app) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: 'ecz_api_' });
    const webhookDeliveries = new Counter({
      name: 'ecz_webhook_deliveries_total',
      help: 'Webhook deliveries by outcome: queued, stored (kept in MySQL while Redis is down), refused (signature or body), unavailable (neither could store it)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    });
    new Gauge({
      name: 'ecz_queue_jobs',
      help: 'Jobs in each queue by state',
      labelNames: ['queue', 'state'] as const,
      registers: [registry],
      async collect() {
        for (const queue of [app.queues.inbound, app.queues.turns, app.queues.deadLetters]) {
          try {
            const counts = await queue.getJobCounts(...QUEUE_STATES);
            for (const state of QUEUE_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          } catch {
            // Redis down: the figures are unknown, not zero.
            for (const state of QUEUE_STATES) this.remove({ queue: queue.name, state });
          }
        }
      },
    });
    app.decorate('metrics', { webhookDeliveries });
    app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()));
  },
  { name: 'metrics', dependencies: ['queues'] },
);
