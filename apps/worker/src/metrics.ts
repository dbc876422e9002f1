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

export const queryRewrites = new Counter({
  name: 'ecz_query_rewrites_total',
  help: 'Messages the search was unsure of, restated by the model as a search, by result (used, unhelpful, declined, failed)',
  labelNames: ['result'],
  registers: [registry],
});

export const meaningSearches = new Counter({
  name: 'ecz_meaning_searches_total',
  help: 'Searches by meaning (embeddings) for messages the words did not answer, by result (found, nothing, failed)',
  labelNames: ['result'],
  registers: [registry],
});

export const jobDuration = new Histogram({
  name: 'ecz_job_duration_seconds',
  help: 'Time a queue job ran in this worker (one attempt), by queue and result (completed, failed)',
  labelNames: ['queue', 'result'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

/** Records one attempt of a job, from BullMQ's own start and end stamps. */
export function observeJob(job: { queueName: string; processedOn?: number; finishedOn?: number } | undefined, result: 'completed' | 'failed'): void {
  if (!job?.processedOn) return;
  jobDuration.observe({ queue: job.queueName, result }, ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000);
}
