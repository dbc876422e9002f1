export { QUEUE_NAMES, DEFAULT_JOB_OPTIONS, createQueues, bullPrefix } from './queues.ts';
export type { Queues, InboundJobData, ReceivedEvent, TurnJobData, DeadLetterJobData } from './queues.ts';
export { scheduleTurn, turnDeduplicationId } from './turn-scheduling.ts';
export { redisConnectionOptions } from './connection.ts';
export { beat, leave, liveWorkers, HEARTBEAT_FRESH_MS, HEARTBEAT_INTERVAL_MS } from './heartbeat.ts';
