import fp from 'fastify-plugin';

const RELAY_INTERVAL_MS = 2000;
const RELAY_BATCH = 500;

/**
 * Moves webhook events kept in MySQL during a Redis outage into the inbound
 * queue once Redis answers again. Several api processes may relay the same
 * rows at once: the worker stores each event once, by its id.
 */
export const webhookRelay = fp(
  async (app) => {
    let running: Promise<void> | null = null;

    const relay = async () => {
      const rows = await app.db.webhookEvent.findMany({ orderBy: { createdAt: 'asc' }, take: RELAY_BATCH });
      if (rows.length === 0) return;
      await app.queues.inbound.add('relayed', { events: rows.map((row) => ({ event: row.event as never, receivedAt: row.receivedAt.getTime() })) });
      await app.db.webhookEvent.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
      app.log.info({ events: rows.length }, 'relayed webhook events from MySQL to the queue');
    };

    const tick = () => {
      running ??= relay()
        .catch((error: unknown) => app.log.debug({ err: error }, 'webhook relay waiting for Redis'))
        .finally(() => {
          running = null;
        });
    };
    const timer = setInterval(tick, RELAY_INTERVAL_MS);
    timer.unref();
    app.decorate('relayWebhookEvents', async () => {
      tick();
      await running;
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await running;
    });
  },
  { name: 'webhook-relay', dependencies: ['queues'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    /** Runs one relay pass now (tests, and a nudge after an outage). */
    relayWebhookEvents(): Promise<void>;
  }
}
