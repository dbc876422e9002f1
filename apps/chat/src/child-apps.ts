import { signalGroup, spawnProcess, type Spawned } from '@ecitizen/testing';
import { answers, pause } from './http.ts';
import { readableLogLine } from './log-lines.ts';

/** An app of the repository run as its own process group, as `pnpm start` runs it. */
export interface ChildApp {
  name: string;
  process: Spawned;
}

export function spawnApp(name: string, entry: string, root: string, env: Record<string, string>): ChildApp {
  return { name, process: spawnProcess(process.execPath, ['--import', 'tsx', entry], { cwd: root, env }) };
}

/** The last lines of what an app printed, to show when it failed. */
export function outputTail(app: ChildApp, lines = 15): string {
  const text = app.process.output().trimEnd();
  return text === '' ? '(it printed nothing)' : text.split('\n').slice(-lines).map(readableLogLine).join('\n');
}

/**
 * Polls `url` until it answers 2xx. Rejects if the app exits first (with
 * what it printed, which says why: Redis down, port taken…) or after `timeoutMs`.
 */
export async function waitUntilAnswering(app: ChildApp, url: string, timeoutMs: number): Promise<void> {
  let exited = false;
  void app.process.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(url, 1000))) {
    if (exited) throw new Error(`the ${app.name} exited while starting:\n${outputTail(app)}`);
    if (Date.now() > deadline) throw new Error(`the ${app.name} did not answer at ${url} within ${timeoutMs / 1000} s:\n${outputTail(app)}`);
    await pause(200);
  }
}

/** SIGTERM to the app's whole group (tsx and node), SIGKILL if it has not gone within `graceMs`. */
export async function stopApp(app: ChildApp, graceMs = 15_000): Promise<void> {
  signalGroup(app.process, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(app.process, 'SIGKILL'), graceMs);
  await app.process.exited;
  clearTimeout(timer);
}

/** Settles with a description when the app exits. */
export async function exitOf(app: ChildApp): Promise<string> {
  const { code, signal } = await app.process.exited;
  return `the ${app.name} stopped on its own (${signal ?? `exit code ${code}`}):\n${outputTail(app)}`;
}
