#!/usr/bin/env -S node --import tsx
import { runEmulatorCli } from '@ecitizen/emulator-kit';
import { DEFAULT_API_KEY, startOpenAIEmulator } from './emulator.ts';

await runEmulatorCli({
  name: 'openai emulator',
  command: 'openai-emulator',
  defaultPort: 4002,
  portEnv: 'OPENAI_EMULATOR_PORT',
  hostEnv: 'OPENAI_EMULATOR_HOST',
  settings: { apiKey: { flag: 'api-key', env: 'OPENAI_API_KEY', default: DEFAULT_API_KEY } },
  start: startOpenAIEmulator,
});
