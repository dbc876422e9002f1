import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import pino, { type Logger } from 'pino';
import type { Config } from '@ecitizen/config';
import { createPrismaClient, verifyConnection, type Database } from '@ecitizen/db';
import { checkReadiness, storeProbes } from '@ecitizen/health';
import { SendApiClient } from '@ecitizen/messenger';
import { beat, bullPrefix, createQueues, HEARTBEAT_INTERVAL_MS, leave, QUEUE_NAMES, redisConnectionOptions, type InboundJobData, type Queues, type TurnJobData } from '@ecitizen/queue';
import { createEmbedder } from '@ecitizen/knowledge/semantic';
import { KnowledgeBase } from '@ecitizen/knowledge/store';
import type { Answerer } from './answering/answerer.ts';
import { createKnowledgeAnswerer } from './answering/knowledge-answerer.ts';
import { createModelClient } from './answering/model-client.ts';
import { returnTimedOutHandovers } from './conversations/handover.ts';
import { failTurn } from './conversations/turn-store.ts';
import { startHealthServer } from './health-server.ts';
import { inboundProcessor } from './jobs/inbound.record.ts';
import { turnProcessor } from './jobs/conversation.turn.ts';
import { observeJob, registry as metricsRegistry } from './metrics.ts';
import { sweepStrandedTurns } from './sweeper.ts';
import { applyRetention } from './conversations/retention.ts';

/** How often old conversations are looked for. */
const RETENTION_EVERY_MS = 6 * 3600_000;
// As the api's: an orchestrator's probe waits about a second or two.
const READY_CHECK_TIMEOUT_MS = 1500;

export interface WorkerOptions {
  log?: Logger;
  /** Composes replies: the knowledge answerer (with the model when OPENAI_API_KEY is set) unless given. */
  answerer?: Answerer;
  /** How often to look for turns whose job went missing, and how old they must be. */
  sweepIntervalMs?: number;
  sweepGraceMs?: number;
}

export interface RunningWorker {
  db: Database;
  redis: Redis;
  queues: Queues;
  log: Logger;
  /** The port of /healthz and /readyz. */
  healthPort: number;
  /** Stops taking work, waits for what is in flight (at most `deadlineMs`), closes connections. */
  close(deadlineMs?: number): Promise<void>;
}

/**
 * The worker process: records webhook events (inbound queue) and answers
 * citizens one turn at a time (turns queue), sending through the Send API.
 */
export async function startWorker(config: Config, options: WorkerOptions = {}): Promise<RunningWorker> {
  const log = options.log ?? pino({ level: config.logLevel, name: 'worker' });
  await verifyConnection(config.databaseUrl);
  // Jobs of both queues run side by side: enough connections that they do not wait on the pool.
  const db = createPrismaClient(config.databaseUrl, { connectionLimit: config.worker.concurrency });
  await db.$queryRaw`SELECT 1`;
  // BullMQ workers need maxRetriesPerRequest: null (blocking commands must
  // wait across reconnects instead of failing).
  const connection = redisConnectionOptions(config.redisUrl);
  const redis = new Redis({ ...connection, lazyConnect: true });
  redis.on('error', (error: Error) => log.warn({ err: error }, 'Redis connection error'));
  await redis.connect();
  await redis.ping();

  const queues = createQueues(connection, config.redisPrefix);
  const prefix = bullPrefix(config.redisPrefix);
  const shutdown = new AbortController();
  const sendApi = new SendApiClient({
    graphApiUrl: config.messenger.graphApiUrl,
    version: config.messenger.graphApiVersion,
    pageAccessToken: config.messenger.pageAccessToken,
  });

  const knowledge = await KnowledgeBase.open(db, { refreshMs: config.knowledge.refreshMs, log, embedder: createEmbedder(config.model) });
  const answerer =
    options.answerer ??
    createKnowledgeAnswerer({
      knowledge,
      model: config.model.apiKey ? createModelClient(config.model) : undefined,
      handover: config.handover,
      log,
    });
  log.info({ model: config.model.apiKey ? config.model.model : 'none: answers composed from search results' }, 'answerer ready');

  const lockSettings = { lockDuration: config.worker.lockDurationMs, stalledInterval: config.worker.lockDurationMs };
  const inbound = new Worker<InboundJobData>(
    QUEUE_NAMES.inbound,
    inboundProcessor({
      db,
      turns: queues.turns,
      log,
      appId: config.messenger.appId,
      turnDebounceMs: config.worker.turnDebounceMs,
      handoverTimeoutMinutes: config.handover.timeoutMinutes,
    }),
    { connection, prefix, concurrency: config.worker.concurrency, ...lockSettings },
  );
  // The processor reaches the worker lazily (worker: () => turns), after construction.
  const turns: Worker<TurnJobData> = new Worker<TurnJobData>(
    QUEUE_NAMES.turns,
    turnProcessor({
      db,
      log,
      sendApi,
      answerer,
      settings: config.worker,
      handover: config.handover,
      worker: () => turns,
      stopSending: () => queues.turns.pause(),
      shutdown: shutdown.signal,
    }),
    // The limiter is global across all workers of the queue: it protects the page's send rate.
    { connection, prefix, concurrency: config.worker.concurrency, limiter: { max: config.worker.sendRatePerSecond, duration: 1000 }, ...lockSettings },
  );

  // Housekeeping: one scheduler for all workers (BullMQ keeps a single schedule per id), run by whichever is free.
  const maintenance = new Worker(
    QUEUE_NAMES.maintenance,
    async (job) => {
      if (job.name !== 'retention') return `unknown job ${job.name}`;
      const deleted = await applyRetention(db, config.retentionDays);
      if (deleted > 0) log.info({ deleted, retentionDays: config.retentionDays }, 'old conversations deleted');
      return `${deleted} conversation(s) older than ${config.retentionDays} days deleted`;
    },
    { connection, prefix, concurrency: 1 },
  );
  await queues.maintenance.upsertJobScheduler('retention', { every: RETENTION_EVERY_MS }, { name: 'retention' });

  for (const worker of [inbound, turns, maintenance] as Worker[]) {
    worker.on('error', (error) => log.warn({ err: error, queue: worker.name }, 'worker error'));
    worker.on('completed', (job) => observeJob(job, 'completed'));
    worker.on('failed', (job, error) => {
      observeJob(job, 'failed');
      void onFailed(job, error);
    });
  }

  /** A job that will not run again goes to the dead-letter queue, where operators see and retry it. */
  async function onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final = error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) {
      log.warn({ err: error, queue: job.queueName, jobId: job.id, attempt: job.attemptsMade }, 'job failed; will retry');
      return;
    }
    log.error({ err: error, queue: job.queueName, jobId: job.id }, 'job failed for good: moved to dead letters');
    try {
      if (job.queueName === QUEUE_NAMES.turns) {
        const open = await db.turn.findFirst({ where: { conversationId: (job.data as TurnJobData).conversationId, status: 'answering' } });
        if (open) await failTurn(db, open.id, error.message);
      }
      await queues.deadLetters.add('dead-letter', {
        queue: job.queueName,
        jobId: job.id,
        name: job.name,
        data: job.data,
        failedReason: error.message,
        attemptsMade: job.attemptsMade,
        failedAt: Date.now(),
      });
    } catch (recordError) {
      log.error({ err: recordError, jobId: job.id }, 'could not record a dead letter');
    }
  }

  const sweepTimer = setInterval(
    () => {
      sweepStrandedTurns(db, queues, log, options.sweepGraceMs ?? 30_000, config.worker.turnDebounceMs).catch((error: unknown) =>
        log.warn({ err: error }, 'sweep failed'),
      );
      returnTimedOutHandovers(db, sendApi, log, config.handover.timeoutMinutes).catch((error: unknown) => log.warn({ err: error }, 'handover timeout check failed'));
    },
    options.sweepIntervalMs ?? 10_000,
  );
  sweepTimer.unref();

  // The api's readiness counts workers that beat within the last 30 s.
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const heartbeat = () => void beat(redis, config.redisPrefix, workerId).catch((error: unknown) => log.debug({ err: error }, 'heartbeat not recorded'));
  heartbeat();
  const heartbeatTimer = setInterval(heartbeat, HEARTBEAT_INTERVAL_MS);
  heartbeatTimer.unref();

  const health = await startHealthServer(
    {
      ready: () =>
        checkReadiness(
          {
            ...storeProbes({ db, redis }),
            workers: async () => {
              if (!inbound.isRunning() || !turns.isRunning()) throw new Error('the queue workers are not running');
              return 'running';
            },
          },
          READY_CHECK_TIMEOUT_MS,
        ),
      async metrics() {
        return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
      },
    },
    config.host,
    config.workerHealthPort,
  );
  log.info(
    { database: new URL(config.databaseUrl).pathname.slice(1), healthPort: health.port, concurrency: config.worker.concurrency },
    'worker ready: connected to MySQL and Redis',
  );

  let closing: Promise<void> | null = null;
  return {
    db,
    redis,
    queues,
    log,
    healthPort: health.port,
    close(deadlineMs = 10_000) {
      closing ??= (async () => {
        clearInterval(sweepTimer);
        clearInterval(heartbeatTimer);
        // With Redis down the command would wait for it: the beat then simply goes stale.
        await Promise.race([leave(redis, config.redisPrefix, workerId).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
        knowledge.close();
        // BullMQ's close waits for active jobs without limit: past the
        // deadline, force it; their locks lapse and another worker resumes them.
        const drained = Promise.all([inbound.close(), turns.close(), maintenance.close()]);
        const timedOut = await Promise.race([drained.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), deadlineMs).unref())]);
        if (timedOut) {
          log.warn('in-flight jobs did not finish in time: closing anyway');
          shutdown.abort();
          await Promise.all([inbound.close(true), turns.close(true), maintenance.close(true)]);
        }
        await Promise.allSettled([
          queues.close(),
          new Promise<void>((resolve) => health.server.close(() => resolve())),
          db.$disconnect(),
          redis.quit(),
        ]);
      })();
      return closing;
    },
  };
}
