import pino from 'pino';
import { ConfigError, loadConfig } from '@ecitizen/config';
import { startWorker } from './worker.ts';

const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env, { service: 'worker' });
  // Asynchronous stdout (see the api's app.ts); flushed before exit below.
  const log = pino({ level: config.logLevel, name: 'worker' }, pino.destination({ dest: 1, sync: false }));
  const starting = startWorker(config, { log });

  // Handlers first: a signal that comes while the worker is still starting
  // must stop it cleanly too, not kill the process mid-connection.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      void starting
        .then((worker) => worker.close(SHUTDOWN_DEADLINE_MS))
        .then(
          () => log.info('worker stopped'),
          () => undefined,
        )
        .finally(() => log.flush(() => process.exit(0)));
    });
  }

  await starting.catch((error: unknown) => {
    log.fatal({ err: error }, `worker cannot start: ${(error as Error).message}`);
    log.flush(() => process.exit(1));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
