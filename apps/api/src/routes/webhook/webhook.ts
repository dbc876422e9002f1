import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { parseDelivery, verifySignature } from '@ecitizen/messenger';
import { ingestEvents } from './ingest.ts';

// Meta batches up to a thousand events; real deliveries are far smaller.
const WEBHOOK_BODY_LIMIT = 1024 * 1024;

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: Buffer;
  }
}

const VerifyQuery = Type.Object({
  'hub.mode': Type.Optional(Type.String()),
  'hub.verify_token': Type.Optional(Type.String()),
  'hub.challenge': Type.Optional(Type.String({ maxLength: 1000 })),
});

/**
 * Meta's webhook. The signature is an HMAC of the exact bytes Meta sent (with
 * its escaped unicode), so this scope keeps JSON bodies raw, checks the
 * signature, and only then parses.
 */
export const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (request, body, done) => {
    request.rawBody = body as Buffer;
    done(null, body);
  });

  app.get('/webhook', { schema: { querystring: VerifyQuery } }, async (request, reply) => {
    const query = request.query;
    if (query['hub.mode'] === 'subscribe' && query['hub.verify_token'] === app.config.messenger.verifyToken && query['hub.challenge']) {
      return reply.type('text/plain').send(query['hub.challenge']);
    }
    request.log.warn({ mode: query['hub.mode'] }, 'webhook verification refused');
    return reply.code(403).send({ status_code: 403, message: 'Verification failed: hub.mode must be subscribe and hub.verify_token must match FB_VERIFY_TOKEN' });
  });

  app.post('/webhook', { bodyLimit: WEBHOOK_BODY_LIMIT }, async (request, reply) => {
    const receivedAt = Date.now();
    const raw = request.rawBody ?? Buffer.alloc(0);
    const signature = verifySignature(raw, request.headers['x-hub-signature-256'] as string | undefined, app.config.messenger.appSecret);
    if (signature !== 'valid') app.metrics.webhookDeliveries.inc({ outcome: 'refused' });
    if (signature === 'missing') {
      return reply.code(401).send({ status_code: 401, message: 'Missing X-Hub-Signature-256 header' });
    }
    if (signature === 'invalid') {
      request.log.warn('webhook signature mismatch');
      return reply.code(403).send({ status_code: 403, message: 'X-Hub-Signature-256 does not match the body' });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      app.metrics.webhookDeliveries.inc({ outcome: 'refused' });
      return reply.code(400).send({ status_code: 400, message: 'The request body is not valid JSON' });
    }
    const delivery = parseDelivery(body);
    if (!delivery.ok) app.metrics.webhookDeliveries.inc({ outcome: 'refused' });
    if (!delivery.ok) return reply.code(400).send({ status_code: 400, message: `Not a page event: ${delivery.reason}` });
    if (delivery.events.length > 0) {
      try {
        const outcome = await ingestEvents(app, delivery.events, receivedAt);
        app.metrics.webhookDeliveries.inc({ outcome });
        request.log.info({ events: delivery.events.length, outcome }, 'webhook delivery accepted');
      } catch (error) {
        // Neither Redis nor MySQL took it: a 5xx makes Meta deliver it again.
        request.log.error({ err: error }, 'webhook delivery could not be stored');
        app.metrics.webhookDeliveries.inc({ outcome: 'unavailable' });
        return reply.code(503).send({ status_code: 503, message: 'Temporarily unable to store events; retry later' });
      }
    }
    return reply.type('text/plain').send('EVENT_RECEIVED');
  });
};
