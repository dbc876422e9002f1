import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The worker's Prometheus metrics (prom-client), served on its health port at
 * /metrics. One registry per process: the metrics are about this process.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'ecz_worker_' });

export const turnsAnswered = new Counter({
  name: 'ecz_turns_answered_total',
  help: 'Turns answered, by what the answer was (answered, no_match, handover, smalltalk, off_topic)',
  labelNames: ['outcome'],
  registers: [registry],
});

export const replyLatency = new Histogram({
  name: 'ecz_reply_latency_seconds',
  help: "From the api's receipt of a citizen's first message to the last part of the reply accepted by Meta",
  buckets: [0.5, 1, 2, 3, 5, 10, 20, 30, 60, 120],
  registers: [registry],
});

export const graphErrors = new Counter({
  name: 'ecz_graph_errors_total',
  help: 'Send API calls Meta refused, by error code and kind (rate_limit, transient, permanent)',
  labelNames: ['code', 'kind'],
  registers: [registry],
});

export const modelLatency = new Histogram({
  name: 'ecz_model_latency_seconds',
  help: 'Language model calls, by result (ok, failed)',
  labelNames: ['result'],
  buckets: [0.25, 0.5, 1, 2, 4, 8, 15, 30],
  registers: [registry],
});
