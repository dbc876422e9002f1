import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import type { InboundEvent } from '@ecitizen/messenger';

/** Every queue of the system, by name (names also show in the dashboard). */
export const QUEUE_NAMES = {
  /** One job per batch of webhook events acknowledged together; MySQL's unique event id collapses Meta's redeliveries. */
  inbound: 'inbound-events',
  /** One job per citizen at a time: answer what they said since the last reply. */
  turns: 'conversation-turns',
  /** Jobs that failed for good, kept for operators to inspect and retry. */
  deadLetters: 'dead-letters',
  /** Scheduled housekeeping (data retention), run by whichever worker is free. */
  maintenance: 'maintenance',
} as const;

export interface ReceivedEvent {
  event: InboundEvent;
  /** When the api acknowledged the delivery (ms): the start of the response time. */
  receivedAt: number;
}

/**
 * The events of the deliveries the api acknowledged in one turn of its event
 * loop. One job (one BullMQ script run in Redis) for many events is what lets
 * the webhook keep up with a burst; the worker stores each event under its
 * unique id, so a redelivery or a rerun of the job stores nothing twice.
 */
export interface InboundJobData {
  events: ReceivedEvent[];
}

export interface TurnJobData {
  conversationId: number;
  pageId: string;
  psid: string;
}

export interface DeadLetterJobData {
  queue: string;
  jobId: string | undefined;
  name: string;
  data: unknown;
  failedReason: string;
  attemptsMade: number;
  failedAt: number;
}

const DAY_SECONDS = 24 * 3600;

/**
 * Defaults per queue. Finished jobs are trimmed by age and count (BullMQ
 * keeps them forever otherwise), failed ones are kept longer for operators.
 */
export const DEFAULT_JOB_OPTIONS: Record<keyof typeof QUEUE_NAMES, DefaultJobOptions> = {
  inbound: {
    attempts: 10,
    backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
    removeOnComplete: { age: DAY_SECONDS, count: 200_000 },
    removeOnFail: { age: 7 * DAY_SECONDS },
  },
  turns: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
    removeOnComplete: { age: DAY_SECONDS, count: 100_000 },
    removeOnFail: { age: 7 * DAY_SECONDS },
  },
  deadLetters: {
    attempts: 1,
    removeOnComplete: { age: 30 * DAY_SECONDS },
    removeOnFail: { age: 30 * DAY_SECONDS },
  },
  maintenance: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    removeOnComplete: { count: 100 },
    removeOnFail: { count: 100 },
  },
};

export interface Queues {
  inbound: Queue<InboundJobData>;
  turns: Queue<TurnJobData>;
  deadLetters: Queue<DeadLetterJobData>;
  maintenance: Queue;
  close(): Promise<void>;
}

/** BullMQ keys live under the deployment's Redis prefix, e.g. `ecitizen:bull:inbound-events:*`. */
export function bullPrefix(redisPrefix: string): string {
  return `${redisPrefix}bull`;
}

/**
 * The queues on a connection: options (each queue opens its own), or an
 * ioredis instance that the caller owns and closes.
 */
export function createQueues(connection: ConnectionOptions, redisPrefix: string): Queues {
  const prefix = bullPrefix(redisPrefix);
  const inbound = new Queue<InboundJobData>(QUEUE_NAMES.inbound, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS.inbound });
  const turns = new Queue<TurnJobData>(QUEUE_NAMES.turns, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS.turns });
  const deadLetters = new Queue<DeadLetterJobData>(QUEUE_NAMES.deadLetters, {
    connection,
    prefix,
    defaultJobOptions: DEFAULT_JOB_OPTIONS.deadLetters,
  });
  const maintenance = new Queue(QUEUE_NAMES.maintenance, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS.maintenance });
  return {
    inbound,
    turns,
    deadLetters,
    maintenance,
    async close() {
      // With Redis down, BullMQ's close waits for a connection that never
      // comes: give it a moment, then leave the connection to its owner.
      const all = [inbound, turns, deadLetters, maintenance];
      await Promise.race([Promise.allSettled(all.map((queue) => queue.close())), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    },
  };
}
