import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { signPayload } from '@ecitizen/messenger';
import { startGraphEmulator, type GraphEmulator } from '@ecitizen/graph-emulator';
import { importKnowledge } from './knowledge.ts';
import { createTestEnvironment, freePort, signalGroup, spawnProcess, sqlQuery, type Spawned, type TestEnvironment } from '@ecitizen/testing';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
export const APP_SECRET = 'pipeline-test-app-secret';
export const VERIFY_TOKEN = 'pipeline-test-verify-token';

/**
 * The whole pipeline as separate processes, as in production: the api and
 * one or more workers (spawned with `node --import tsx`), real MariaDB and
 * Redis (this file's own database and key prefix), and the Graph API emulator.
 */
export interface Pipeline {
  env: TestEnvironment;
  graph: GraphEmulator;
  apiUrl: string;
  settings: Record<string, string>;
  api: Spawned;
  workers: Spawned[];
  startWorker(extra?: Record<string, string>): Promise<Spawned>;
  restartApi(): Promise<void>;
  /** POSTs a signed delivery; returns the HTTP status and body. */
  deliver(body: unknown, options?: { signature?: string | null; raw?: string }): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

export interface PipelineOptions {
  workers?: number;
  knowledge?: boolean;
  /** The port the processes reach MySQL on (a relay's), when not the server's own. */
  mysqlPort?: number;
}

export async function startPipeline(overrides: Record<string, string> = {}, options: PipelineOptions = {}): Promise<Pipeline> {
  const env = await createTestEnvironment();
  const databaseUrl = new URL(env.database.url);
  if (options.mysqlPort) databaseUrl.port = String(options.mysqlPort);
  if (options.knowledge) await importKnowledge(env.database.url);
  const graph = await startGraphEmulator();
  const port = await freePort();
  const settings: Record<string, string> = {
    ...env.env,
    DATABASE_URL: databaseUrl.toString(),
    LOG_LEVEL: 'info',
    PORT: String(port),
    FB_APP_SECRET: APP_SECRET,
    FB_VERIFY_TOKEN: VERIFY_TOKEN,
    FB_PAGE_ACCESS_TOKEN: graph.pageAccessToken,
    GRAPH_API_URL: graph.url,
    TURN_DEBOUNCE_MS: '300',
    WORKER_CONCURRENCY: '20',
    ...overrides,
  };
  const apiUrl = `http://127.0.0.1:${port}/api/v1/chatbot`;
  const workers: Spawned[] = [];

  const launchApi = async () => {
    const api = spawnProcess(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], { cwd: root, env: settings });
    await api.waitFor(/Server listening at/, 30_000);
    return api;
  };

  const pipeline: Pipeline = {
    env,
    graph,
    apiUrl,
    settings,
    api: await launchApi(),
    workers,
    async startWorker(extra = {}) {
      const worker = spawnProcess(process.execPath, ['--import', 'tsx', 'apps/worker/src/main.ts'], {
        cwd: root,
        env: { ...settings, WORKER_HEALTH_PORT: String(await freePort()), ...extra },
      });
      await worker.waitFor(/worker ready/, 30_000);
      workers.push(worker);
      return worker;
    },
    async restartApi() {
      await stop(pipeline.api);
      pipeline.api = await launchApi();
    },
    async deliver(body, options = {}) {
      const raw = options.raw ?? JSON.stringify(body);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const signature = options.signature === undefined ? signPayload(raw, APP_SECRET) : options.signature;
      if (signature !== null) headers['x-hub-signature-256'] = signature;
      const response = await fetch(`${apiUrl}/webhook`, { method: 'POST', headers, body: raw });
      return { status: response.status, text: await response.text() };
    },
    async close() {
      await Promise.all([stop(pipeline.api), ...workers.map(stop)]);
      await graph.close();
      await env.cleanup();
    },
  };
  for (let i = 0; i < (options.workers ?? 1); i += 1) await pipeline.startWorker();
  return pipeline;
}

async function stop(process: Spawned): Promise<void> {
  signalGroup(process, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(process, 'SIGKILL'), 15_000);
  await process.exited;
  clearTimeout(timer);
}

/** A citizen id no other test uses. */
export function citizen(): string {
  return `2${randomBytes(7).readUIntBE(0, 6)}`;
}

/** The turns stored for a citizen, oldest first: what the worker made of their messages. */
export function turnsOf(pipeline: Pipeline, psid: string) {
  return sqlQuery<{ status: string; error: string | null }>(
    pipeline.env.database.url,
    'SELECT t.status, t.error FROM turns t JOIN conversations c ON c.id = t.conversation_id WHERE c.psid = ? ORDER BY t.id',
    [psid],
  );
}
