#!/usr/bin/env -S node --import tsx
import { DEFAULT_PAGE_ACCESS_TOKEN, startGraphEmulator } from './emulator.ts';

const DEFAULT_PORT = 4001;

function portFromEnv(): number {
  const raw = process.env.GRAPH_EMULATOR_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`GRAPH_EMULATOR_PORT must be a port number (0-65535), not ${JSON.stringify(raw)}`);
    process.exit(1);
  }
  return port;
}

const emulator = await startGraphEmulator({
  port: portFromEnv(),
  host: process.env.GRAPH_EMULATOR_HOST || '127.0.0.1',
  pageAccessToken: process.env.FB_PAGE_ACCESS_TOKEN || DEFAULT_PAGE_ACCESS_TOKEN,
});
console.log(`graph emulator listening at ${emulator.url}`);

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('graph emulator: could not close cleanly', error);
        process.exit(1);
      },
    );
  });
}
