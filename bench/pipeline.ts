// The Messenger pipeline under load: webhook ingest beside a bare Fastify
// route, then end-to-end replies (webhook → queue → worker → Send API) for a
// burst of distinct citizens and for single messages on a quiet system.
// api, worker and the bare route run as their own processes, the apps from
// their production bundles with the heap limits of their start scripts; the
// Graph API emulator and the load generator run in this one.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startGraphEmulator, type GraphEmulator } from '@ecitizen/graph-emulator';
import { signPayload } from '@ecitizen/messenger';
import { createTestEnvironment, freePort, signalGroup, spawnProcess, type Spawned, type TestEnvironment } from '@ecitizen/testing';
import { type LoadResult, machineLine, peakRssMb, percentile, summarise, table, waitUntilUp, withoutPoolLimit, writeReport } from './lib/measure.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const citizens = Number(process.env.BENCH_CITIZENS ?? 4000);
const APP_SECRET = 'bench-app-secret';
const PAGE_ID = '100000000000001';

interface Stack {
  env: TestEnvironment;
  graph: GraphEmulator;
  api: Spawned;
  worker?: Spawned;
  webhookUrl: string;
  stop(): Promise<void>;
}

async function startStack(withWorker: boolean): Promise<Stack> {
  const env = await createTestEnvironment();
  const graph = await startGraphEmulator();
  const port = await freePort();
  const settings = {
    ...env.env,
    // Production pool sizes, not the small pools test databases get.
    DATABASE_URL: withoutPoolLimit(env.env.DATABASE_URL!),
    NODE_ENV: 'production',
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
  let worker: Spawned | undefined;
  if (withWorker) {
    worker = spawnProcess(process.execPath, [...profile, '--max-old-space-size=256', 'apps/worker/dist/main.mjs'], { cwd: root, env: { ...settings, LOG_LEVEL: 'info' } });
    await worker.waitFor(/worker ready/, 60_000);
  }
  return {
    env,
    graph,
    api,
    worker,
    webhookUrl,
    async stop() {
      for (const child of [api, worker]) if (child) signalGroup(child, 'SIGTERM');
      await Promise.all([api.exited, worker?.exited]);
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
async function ingestLoad(name: string, url: string, sign: boolean): Promise<LoadResult> {
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

// --- 1. end to end, first, on a machine the ingest run has not loaded: a
// burst of distinct citizens, then single messages on a quiet system.
// (Assigned in the try block, read in the report.)
let apiRss: number;
let workerRss: number;
let burst: string;
let quiet: string;
const stack = await startStack(true);
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
        const status = await post(stack.webhookUrl, textDelivery(batch.map((psid) => ({ psid, text: 'How do I renew my driving licence?' }))));
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
  burst = [
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
  quiet = `Single messages on a quiet system (30, one after another): p50 ${percentile(single, 50)} ms, p99 ${percentile(single, 99)} ms from the webhook POST to the Send API call, of which ${1500} ms is the burst window (TURN_DEBOUNCE_MS).`;
} finally {
  apiRss = peakRssMb(stack.api.child.pid!);
  workerRss = stack.worker ? peakRssMb(stack.worker.child.pid!) : Number.NaN;
  await stack.stop();
}

// --- 2. ingest: bare route vs the signed webhook (no worker, so only ingest is measured)
const barePort = await freePort();
const bare = spawnProcess(process.execPath, ['--import', 'tsx', 'bench/bare-server.ts'], { cwd: root, env: { PORT: String(barePort) } });
await bare.waitFor(/listening/, 30_000);
const ingestStack = await startStack(false);
console.log(`ingest: ${seconds} s per row, ${connections} connections…`);
const ingest: LoadResult[] = [];
try {
  await ingestLoad('warm-up', ingestStack.webhookUrl, true);
  // Both rows sign every request, so the load generator does the same work for each.
  ingest.push(await ingestLoad('bare Fastify route (parse JSON, answer)', `http://127.0.0.1:${barePort}/webhook`, true));
  ingest.push(await ingestLoad('webhook: verify HMAC, parse, queue in Redis', ingestStack.webhookUrl, true));
} finally {
  signalGroup(bare, 'SIGTERM');
  await bare.exited;
}
const ingestRss = peakRssMb(ingestStack.api.child.pid!);
await ingestStack.stop();

writeReport(
  'pipeline',
  [
    machineLine(),
    `Run: ${new Date().toISOString()}.`,
    '',
    `Webhook ingest, ${seconds} s per row, ${connections} connections, one signed single-message delivery per request (unique mids):`,
    '',
    table(ingest),
    '',
    `api peak RSS during ingest: ${ingestRss} MB.`,
    '',
    'End to end, instant answer, emulated Graph API, one worker process (WORKER_CONCURRENCY 50, TURN_DEBOUNCE_MS 1500, SEND_RATE_LIMIT_PER_SECOND 250):',
    '',
    burst,
    '',
    quiet,
    '',
    `Peak RSS (VmHWM) of the end-to-end run: api ${apiRss} MB, worker ${workerRss} MB.`,
  ].join('\n'),
);
