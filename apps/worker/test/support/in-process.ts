import assert from 'node:assert/strict';
import pino from 'pino';
import { startGraphEmulator, type GraphEmulator } from '@ecitizen/graph-emulator';
import { parseDelivery } from '@ecitizen/messenger';
import { createTestEnvironment, type TestEnvironment } from '@ecitizen/testing';
import { startWorker, type RunningWorker, type WorkerOptions } from '../../src/worker.ts';
import { importKnowledge } from './knowledge.ts';
import { delivery } from './webhook-events.ts';

/** A logger for in-process workers: silent unless TEST_LOG names a level. */
export const testLog = () => pino({ level: process.env.TEST_LOG ?? 'silent' });

/** What the api does with a verified delivery: queue its events as one job. */
export async function receive(worker: RunningWorker, ...events: unknown[]): Promise<void> {
  const parsed = parseDelivery(delivery(events));
  assert.ok(parsed.ok);
  await worker.queues.inbound.add('events', { events: parsed.events.map((event) => ({ event, receivedAt: Date.now() })) });
}

/** Sends the citizen's message and returns the bot's next reply to them. */
export async function ask(worker: RunningWorker, graph: GraphEmulator, psid: string, event: unknown) {
  const before = graph.messages(psid).length;
  await receive(worker, event);
  const replies = await graph.waitForMessages(before + 1, { recipientId: psid, timeoutMs: 15_000 });
  return replies[before]!;
}

export interface KnowledgeWorker {
  env: TestEnvironment;
  graph: GraphEmulator;
  worker: RunningWorker;
  /** Stops the worker before what it uses. */
  close: () => Promise<void>;
}

/**
 * The worker in this process, answering as deployed from the eCitizen dataset
 * imported into its own test database, and sending through a Graph API
 * emulator. `settings` add to or replace its environment; `options` go to
 * startWorker.
 */
export async function startKnowledgeWorker(settings: Record<string, string> = {}, options: WorkerOptions = {}): Promise<KnowledgeWorker> {
  const env = await createTestEnvironment();
  await importKnowledge(env.database.url, settings);
  const graph = await startGraphEmulator();
  const config = env.config(
    {
      GRAPH_API_URL: graph.url,
      FB_PAGE_ACCESS_TOKEN: graph.pageAccessToken,
      TURN_DEBOUNCE_MS: '100',
      WORKER_HEALTH_PORT: '0',
      ...settings,
    },
    'worker',
  );
  const worker = await startWorker(config, { log: testLog(), ...options });
  const close = async () => {
    await worker.close();
    await graph.close();
    await env.cleanup();
  };
  return { env, graph, worker, close };
}
