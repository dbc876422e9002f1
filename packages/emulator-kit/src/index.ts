// What the project's stand-ins for outside services (the Graph API, OpenAI) share.
export { runEmulatorCli, type CliSetting, type EmulatorCli } from './cli.ts';
export { FailureQueue } from './failure-queue.ts';
export { acceptJsonBodies } from './json-body.ts';
