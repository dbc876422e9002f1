#!/usr/bin/env node
// Generates the Prisma client into packages/db/src/generated.
// `prisma generate` needs no schema engine, but the CLI tries to download one
// unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file: point it at node
// itself when unset, so generation works offline.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
env.CHECKPOINT_DISABLE = '1';

const result = spawnSync('pnpm', ['exec', 'prisma', 'generate'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
