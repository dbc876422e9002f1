import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig } from '@ecitizen/config';
import { buildApp } from './app.ts';

async function main(): Promise<void> {
  const config = loadConfig(process.env, { service: 'api' });
  const app = await buildApp(config).catch((error: unknown) => {
    console.error(`api cannot start: ${(error as Error).message}`);
    process.exit(1);
  });

  // SIGTERM/SIGINT: stop accepting, finish in-flight requests, close MySQL and
  // Redis; give up after 10 s so an orchestrator is never left waiting.
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an uncaught error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });

  await app.listen({ host: config.host, port: config.port });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
