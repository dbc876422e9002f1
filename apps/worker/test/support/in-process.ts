import assert from 'node:assert/strict';
import pino from 'pino';
import type { GraphEmulator } from '@ecitizen/graph-emulator';
import { parseDelivery } from '@ecitizen/messenger';
import type { RunningWorker } from '../../src/worker.ts';
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
