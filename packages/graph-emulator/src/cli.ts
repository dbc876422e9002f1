#!/usr/bin/env -S node --import tsx
import { runEmulatorCli } from '@ecitizen/emulator-kit';
import { DEFAULT_PAGE_ACCESS_TOKEN, startGraphEmulator } from './emulator.ts';

await runEmulatorCli({
  name: 'graph emulator',
  command: 'graph-emulator',
  defaultPort: 4001,
  portEnv: 'GRAPH_EMULATOR_PORT',
  hostEnv: 'GRAPH_EMULATOR_HOST',
  settings: { pageAccessToken: { flag: 'page-access-token', env: 'FB_PAGE_ACCESS_TOKEN', default: DEFAULT_PAGE_ACCESS_TOKEN } },
  start: startGraphEmulator,
});
