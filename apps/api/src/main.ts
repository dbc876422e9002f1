import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig } from '@ecitizen/config';
import { buildApp } from './app.ts';

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

const app = await buildApp(config);

// SIGTERM/SIGINT: stop accepting, finish in-flight requests, close MySQL and
// Redis; give up after 10 s so an orchestrator is never left waiting.
closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an uncaught error');
  else app.log.info({ signal }, 'shutting down');
  await app.close();
});

await app.listen({ host: config.host, port: config.port });
