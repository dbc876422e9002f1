import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, found from this file's place in packages/knowledge/src/dataset. */
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

/**
 * Where the shared dataset lives: `KB_DIR` when set, else `../shared/kb` next to
 * the repository (the data is licensed separately and never copied in).
 */
export function defaultDatasetDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.KB_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : resolve(repoRoot, '../shared/kb');
}
