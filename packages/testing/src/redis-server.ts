import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, signalGroup, spawnProcess, type Spawned } from './processes.ts';

/**
 * A Redis server of a test's own (the real redis-server binary), configured
 * as production should be: append-only file fsynced on every write. Tests
 * stop and start it to play a Redis outage or restart.
 */
export interface OwnRedis {
  url: string;
  port: number;
  /** Kills the server at once (SIGKILL: no goodbye, as in a crash). */
  crash(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'ecz-redis-'));
  let server: Spawned | undefined;
  const start = async () => {
    server = spawnProcess(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--maxmemory-policy', 'noeviction'],
      { cwd: dir, env: {} },
    );
    for (let i = 0; i < 100; i += 1) {
      const client = new Redis({ port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => {});
      try {
        await client.connect();
        if ((await client.ping()) === 'PONG') return;
      } catch {
        // not up yet
      } finally {
        client.disconnect();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server did not start on port ${port}:\n${server.output()}`);
  };
  const crash = async () => {
    if (!server) return;
    signalGroup(server, 'SIGKILL');
    await server.exited;
    server = undefined;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    crash,
    start,
    async close() {
      await crash();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
