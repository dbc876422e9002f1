import { readdir, readFile } from 'node:fs/promises';

/**
 * Pids of the processes whose environment holds `entry` (e.g. a test's own
 * REDIS_PREFIX=…): the apps a chat started, which must be gone after it
 * exits. Reads /proc, so Linux only, where the tests run.
 */
export async function processesWithEnv(entry: string): Promise<number[]> {
  const found: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const environ = await readFile(`/proc/${name}/environ`, 'latin1');
      if (environ.split('\0').includes(entry)) found.push(Number(name));
    } catch {
      // exited meanwhile, or not ours to read
    }
  }
  return found;
}
