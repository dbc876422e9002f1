import { fileURLToPath } from 'node:url';
import { databaseName, migrate } from '@ecitizen/db';
import { startGraphEmulator } from '@ecitizen/graph-emulator';
import { freePort, signalGroup } from '@ecitizen/testing';
import type { ChatSystem } from './chat-system.ts';
import { exitOf, spawnApp, stopApp, waitUntilAnswering, type ChildApp } from './child-apps.ts';
import type { ChatSettings } from './settings.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
// tsx compiles each app on its first start, which takes a while on a cold machine.
const START_TIMEOUT_MS = 60_000;

/**
 * Everything the chat needs, started by itself: the Graph emulator in this
 * process, the database migrated, and the api and worker as child processes
 * (exactly the commands `pnpm start` runs) on free ports.
 */
export async function startLocalSystem(settings: ChatSettings): Promise<ChatSystem> {
  const graph = await startGraphEmulator();
  const apps: ChildApp[] = [];
  // Should this process die without stopping them (an uncaught error), the apps must not outlive it.
  const killApps = (): void => apps.forEach((app) => signalGroup(app.process, 'SIGKILL'));
  process.once('exit', killApps);
  let stopping = false;
  const stop = async (): Promise<void> => {
    stopping = true;
    await Promise.all(apps.map((app) => stopApp(app)));
    process.removeListener('exit', killApps);
    await graph.close();
  };

  try {
    await migrate(settings.databaseUrl).catch((error: unknown) => {
      throw new Error(`cannot prepare the database (is MySQL running? DATABASE_URL=${settings.databaseUrl}): ${(error as Error).message}`);
    });
    const [apiPort, healthPort] = [await freePort(), await freePort()];
    const env: Record<string, string> = {
      DATABASE_URL: settings.databaseUrl,
      REDIS_PREFIX: settings.redisPrefix,
      PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(healthPort),
      GRAPH_API_URL: graph.url,
      FB_PAGE_ACCESS_TOKEN: graph.pageAccessToken,
      FB_APP_SECRET: settings.appSecret,
      LOG_LEVEL: 'warn',
    };
    const api = spawnApp('api', 'apps/api/src/main.ts', ROOT, env);
    const worker = spawnApp('worker', 'apps/worker/src/main.ts', ROOT, env);
    apps.push(api, worker);
    const apiUrl = `http://127.0.0.1:${apiPort}/api/v1/chatbot`;
    // The worker logs "worker ready" at info level, silenced here; /readyz
    // answers from the same moment on and also proves MySQL and Redis answer.
    await Promise.all([
      waitUntilAnswering(api, `${apiUrl}/`, START_TIMEOUT_MS),
      waitUntilAnswering(worker, `http://127.0.0.1:${healthPort}/readyz`, START_TIMEOUT_MS),
    ]);
    return {
      apiUrl,
      emulatorUrl: graph.url,
      appSecret: settings.appSecret,
      pageId: graph.pageId,
      description: `started a Graph emulator (${graph.url}), the api (${apiUrl}) and a worker on database ${databaseName(settings.databaseUrl)}`,
      crashed: Promise.race(apps.map(async (app) => {
        const reason = await exitOf(app);
        // A stop we asked for is not a crash: never settle.
        return stopping ? new Promise<string>(() => {}) : reason;
      })),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
