#!/usr/bin/env -S node --import tsx
import { parseArgs } from 'node:util';
import { DEFAULT_API_KEY, startOpenAIEmulator } from './emulator.ts';

const DEFAULT_PORT = 4002;
const USAGE = `usage: openai-emulator [--port 4002] [--host 127.0.0.1] [--api-key test-openai-key]
  (or OPENAI_EMULATOR_PORT, OPENAI_EMULATOR_HOST, and OPENAI_API_KEY as the apps read it)`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

function readOptions(): { port: number; host: string; apiKey: string } {
  let values: { port?: string; host?: string; 'api-key'?: string };
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, 'api-key': { type: 'string' } }, strict: true }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const rawPort = values.port ?? process.env.OPENAI_EMULATOR_PORT;
  const port = rawPort === undefined || rawPort === '' ? DEFAULT_PORT : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number (0-65535), not ${JSON.stringify(rawPort)}`);
  const apiKey = values['api-key'] || process.env.OPENAI_API_KEY || DEFAULT_API_KEY;
  return { port, host: values.host || process.env.OPENAI_EMULATOR_HOST || '127.0.0.1', apiKey };
}

const emulator = await startOpenAIEmulator(readOptions());

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('openai emulator: could not close cleanly', error);
        process.exit(1);
      },
    );
  });
}

// Printed only once the signal handlers are in place: whoever waits for this
// line may stop the emulator at once, and a signal without a handler would
// kill it instead of closing it. The URL is what OPENAI_BASE_URL is set to.
console.log(`openai emulator listening at ${emulator.url}`);
