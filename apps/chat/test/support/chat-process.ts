import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

export interface ChatRun {
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills the chat's whole process group (for a test that failed half-way). */
  kill(): void;
}

/**
 * `node --import tsx apps/chat/src/main.ts` from the repository root, as
 * `pnpm chat` runs it, with `input` piped to its stdin and then closed.
 * @ecitizen/testing's spawnProcess ignores stdin, hence node's spawn here.
 */
export function runChat(env: Record<string, string>, input: string): ChatRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/chat/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stdin.end(input);
  return {
    output: () => text,
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
    kill() {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}

/** The exit of `run`, or a rejection (after killing it) if it takes longer than `ms`. */
export async function exitWithin(run: ChatRun, ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      run.kill();
      reject(new Error(`the chat did not exit within ${ms / 1000} s:\n${run.output()}`));
    }, ms);
  });
  try {
    return await Promise.race([run.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
