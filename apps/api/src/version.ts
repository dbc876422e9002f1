import { readFileSync } from 'node:fs';

export const SERVICE_NAME = 'eCitizen Messenger assistant';
export const SERVICE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
