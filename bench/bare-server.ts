// The yardstick for webhook ingest: a bare Fastify route that parses the JSON
// body and answers, with nothing else (no signature, no queue, no logging).
import Fastify from 'fastify';

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
app.post('/webhook', async () => 'EVENT_RECEIVED');
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
console.log(`bare route listening on ${process.env.PORT}`);
