// The Messenger pipeline under load: webhook ingest beside a bare Fastify
// route, then end-to-end replies (webhook → queue → worker → Send API) for a
// burst of distinct citizens and for single messages on a quiet system.
// api, worker and the bare route run as their own processes, the apps from
// their production bundles with the heap limits of their start scripts; the
// Graph API emulator and the load generator run in this one.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startGraphEmulator, type GraphEmulator } from '@ecitizen/graph-emulator';
import { signPayload } from '@ecitizen/messenger';
import { defaultDatasetDir, readQuestions } from '@ecitizen/knowledge';
import { importDatasetInto } from '@ecitizen/knowledge/store';
import { createTestEnvironment, freePort, signalGroup, spawnProcess, type Spawned, type TestEnvironment } from '@ecitizen/testing';
import { type LoadResult, machineLine, peakRssMb, percentile, summarise, table, waitUntilUp, withoutPoolLimit, writeReport } from './lib/measure.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
// Ingest is measured at a light load (latency-bound: each connection waits for
// its events to reach Redis) and at a saturating one (what the api sustains).
const ingestConnections = (process.env.BENCH_INGEST_CONNECTIONS ?? '10,50').split(',').map(Number);
// BENCH_PARTS=ingest or e2e runs one half.
const parts = new Set((process.env.BENCH_PARTS ?? 'e2e,ingest').split(','));
const citizens = Number(process.env.BENCH_CITIZENS ?? 4000);
// BENCH_WORKERS: worker processes for the end-to-end run (scaling out, as in production).
const workerCount = Number(process.env.BENCH_WORKERS ?? 1);
const APP_SECRET = 'bench-app-secret';
const PAGE_ID = '100000000000001';

interface Stack {
  env: TestEnvironment;
  graph: GraphEmulator;
  api: Spawned;
  workers: Spawned[];
  webhookUrl: string;
  stop(): Promise<void>;
}

async function startStack(withWorker: boolean): Promise<Stack> {
  const env = await createTestEnvironment();
  // The worker answers from the real catalogue (embedded answers, no model): what a citizen gets by default.
  if (withWorker) await importDatasetInto(env.env.DATABASE_URL!, defaultDatasetDir());
  const graph = await startGraphEmulator();
  const port = await freePort();
  const settings = {
    ...env.env,
    // Production pool sizes, not the small pools test databases get.
    DATABASE_URL: withoutPoolLimit(env.env.DATABASE_URL!),
    NODE_ENV: 'production',
    // As the start scripts and images set it: glibc's per-thread arenas otherwise hold ~25 MB more RSS.
    MALLOC_ARENA_MAX: '2',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    WORKER_HEALTH_PORT: String(await freePort()),
    FB_APP_SECRET: APP_SECRET,
    FB_VERIFY_TOKEN: 'bench',
    FB_PAGE_ACCESS_TOKEN: graph.pageAccessToken,
    GRAPH_API_URL: graph.url,
  };
  // BENCH_PROFILE=1: api and worker write V8 CPU profiles to bench/results/ when they exit.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=bench/results'] : [];
  const api = spawnProcess(process.execPath, [...profile, '--max-old-space-size=192', '--max-semi-space-size=4', 'apps/api/dist/main.mjs'], { cwd: root, env: settings });
  const webhookUrl = `http://127.0.0.1:${port}/api/v1/chatbot/webhook`;
  await waitUntilUp(`http://127.0.0.1:${port}/api/v1/chatbot`, api);
  const workers: Spawned[] = [];
  for (let n = 0; withWorker && n < workerCount; n += 1) {
    const worker = spawnProcess(process.execPath, [...profile, '--max-old-space-size=256', 'apps/worker/dist/main.mjs'], {
      cwd: root,
      env: { ...settings, WORKER_HEALTH_PORT: String(await freePort()), LOG_LEVEL: 'info' },
    });
    await worker.waitFor(/worker ready/, 60_000);
    workers.push(worker);
  }
  return {
    env,
    graph,
    api,
    workers,
    webhookUrl,
    async stop() {
      for (const child of [api, ...workers]) signalGroup(child, 'SIGTERM');
      await Promise.all([api.exited, ...workers.map((worker) => worker.exited)]);
      await graph.close();
      await env.cleanup();
    },
  };
}

function textDelivery(events: Array<{ psid: string; text: string }>) {
  const now = Date.now();
  return JSON.stringify({
    object: 'page',
    entry: [
      {
        id: PAGE_ID,
        time: now,
        messaging: events.map(({ psid, text }) => ({
          sender: { id: psid },
          recipient: { id: PAGE_ID },
          timestamp: now,
          message: { mid: `m_${randomUUID().replaceAll('-', '')}`, text },
        })),
      },
    ],
  });
}

async function post(url: string, body: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signPayload(body, APP_SECRET) },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** autocannon with a fresh, signed, single-message delivery per request (unique mids, 1,000 citizens). */
async function ingestLoad(name: string, url: string, sign: boolean, connections: number): Promise<LoadResult> {
  let n = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          n += 1;
          const body = textDelivery([{ psid: `3${100000 + (n % 1000)}`, text: `message ${n}` }]);
          return { ...request, body, headers: { ...request.headers, ...(sign ? { 'x-hub-signature-256': signPayload(body, APP_SECRET) } : {}) } };
        },
      },
    ],
  });
  return summarise(name, result);
}

/** A burst of distinct citizens, then single messages on a quiet system. */
async function endToEnd(): Promise<string> {
  // The citizens ask the dataset's development questions in turn (English and Swahili, services and FAQs).
  const questions = (await readQuestions(join(defaultDatasetDir(), 'dev-questions.jsonl'))).map((question) => question.question);
  const stack = await startStack(true);
  // Assigned in the try block, read in the report.
  let sections: string[];
  try {
    const psids = Array.from({ length: citizens }, (_, i) => `4${100000 + i}`);
    const postedAt = new Map<string, number>();
    const started = Date.now();
    // Meta batches: 100 events a delivery, 8 deliveries in flight.
    const batches = Array.from({ length: Math.ceil(citizens / 100) }, (_, i) => psids.slice(i * 100, (i + 1) * 100));
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < batches.length) {
          const batch = batches[next++]!;
          const at = Date.now();
          for (const psid of batch) postedAt.set(psid, at);
          const status = await post(stack.webhookUrl, textDelivery(batch.map((psid, i) => ({ psid, text: questions[(next * 100 + i) % questions.length]! }))));
          if (status !== 200) throw new Error(`webhook answered ${status}`);
        }
      }),
    );
    const queuedIn = Date.now() - started;
    await stack.graph.waitForMessages(citizens, { timeoutMs: 180_000 });
    const finished = Date.now() - started;
    const latencies = stack.graph
      .messages()
      .filter((message) => postedAt.has(message.recipientId))
      .map((message) => message.at - postedAt.get(message.recipientId)!)
      .sort((a, b) => a - b);
    const duplicates = stack.graph.messages().length - new Set(stack.graph.messages().map((message) => message.recipientId)).size;
    const burst = [
      `| citizens | all queued after | all answered after | reply latency p50 | p99 | duplicate replies |`,
      `|---:|---:|---:|---:|---:|---:|`,
      `| ${citizens} | ${(queuedIn / 1000).toFixed(1)} s | ${(finished / 1000).toFixed(1)} s | ${(percentile(latencies, 50) / 1000).toFixed(1)} s | ${(percentile(latencies, 99) / 1000).toFixed(1)} s | ${duplicates} |`,
    ].join('\n');

    const single: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const psid = `5${100000 + i}`;
      const at = Date.now();
      await post(stack.webhookUrl, textDelivery([{ psid, text: 'Passport application' }]));
      const [reply] = await stack.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 30_000 });
      single.push(reply!.at - at);
    }
    single.sort((a, b) => a - b);
    const quiet = `Single messages on a quiet system (30, one after another): p50 ${percentile(single, 50)} ms, p99 ${percentile(single, 99)} ms from the webhook POST to the Send API call, of which ${1500} ms is the burst window (TURN_DEBOUNCE_MS).`;
    sections = [burst, '', quiet];
  } finally {
    // BENCH_LOGS=1 keeps what the api and the worker logged, to see where time went.
    if (process.env.BENCH_LOGS) {
      writeFileSync('bench/results/e2e-api.log', stack.api.output());
      writeFileSync('bench/results/e2e-worker.log', stack.workers.map((worker) => worker.output()).join('\n'));
    }
    sections ??= [];
    const workerRss = stack.workers.map((worker) => `${peakRssMb(worker.child.pid!)} MB`).join(', ');
    sections.push('', `Peak RSS (VmHWM) of the end-to-end run: api ${peakRssMb(stack.api.child.pid!)} MB, worker${stack.workers.length > 1 ? 's' : ''} ${workerRss}.`);
    await stack.stop();
  }
  return [
    `End to end, answers composed from the imported catalogue (no model), emulated Graph API, ${workerCount} worker process${workerCount > 1 ? 'es' : ''} (WORKER_CONCURRENCY 50, TURN_DEBOUNCE_MS 1500, SEND_RATE_LIMIT_PER_SECOND 250):`,
    '',
    ...sections,
  ].join('\n');
}

/** Bare route vs the signed webhook, at each load (no worker: only ingest is measured). */
async function ingest(): Promise<string> {
  const barePort = await freePort();
  const bare = spawnProcess(process.execPath, ['--import', 'tsx', 'bench/bare-server.ts'], { cwd: root, env: { PORT: String(barePort) } });
  await bare.waitFor(/listening/, 30_000);
  const stack = await startStack(false);
  const rows: LoadResult[] = [];
  const ratios: string[] = [];
  try {
    await ingestLoad('warm-up', stack.webhookUrl, true, 10);
    for (const connections of ingestConnections) {
      console.log(`ingest: ${seconds} s per row, ${connections} connections…`);
      // Both rows sign every request, so the load generator does the same work for each.
      const bareRow = await ingestLoad(`bare Fastify route (parse JSON, answer), ${connections} connections`, `http://127.0.0.1:${barePort}/webhook`, true, connections);
      const webhookRow = await ingestLoad(`webhook: verify HMAC, parse, queue in Redis, ${connections} connections`, stack.webhookUrl, true, connections);
      rows.push(bareRow, webhookRow);
      ratios.push(`${connections} connections: webhook at ${((webhookRow.rps / bareRow.rps) * 100).toFixed(0)} % of the bare route`);
    }
  } finally {
    signalGroup(bare, 'SIGTERM');
    await bare.exited;
  }
  const rss = peakRssMb(stack.api.child.pid!);
  await stack.stop();
  return [
    `Webhook ingest, ${seconds} s per row, one signed single-message delivery per request (unique mids):`,
    '',
    table(rows),
    '',
    `${ratios.join('; ')}.`,
    '',
    `api peak RSS during ingest: ${rss} MB.`,
  ].join('\n');
}

// End to end first, on a machine the ingest run has not loaded.
const report = [machineLine(), `Run: ${new Date().toISOString()}.`];
if (parts.has('e2e')) report.push('', await endToEnd());
if (parts.has('ingest')) report.push('', await ingest());
writeReport('pipeline', report.join('\n'));
