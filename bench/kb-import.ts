// Import time of the eCitizen dataset: `pnpm kb:import` as a user runs it,
// into a new database (every row inserted), then again (nothing changed).
// Run: node --import tsx bench/kb-import.ts [datasetDir]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defaultDatasetDir } from '../packages/knowledge/src/index.ts';
import { createTestEnvironment } from '@ecitizen/testing';
import { machineLine, writeReport } from './lib/measure.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

interface ImportRun {
  seconds: number;
  summary: string;
}

function runImport(databaseUrl: string, datasetDir: string): ImportRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'packages/knowledge/src/cli/import.ts', datasetDir], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`kb:import failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const services = /^\s+services\s+.*$/m.exec(result.stdout)?.[0].trim().replace(/\s+/g, ' ') ?? '(no summary)';
  return { seconds: Math.round(seconds * 100) / 100, summary: services };
}

const datasetDir = process.argv[2] ?? defaultDatasetDir();
const env = await createTestEnvironment();
try {
  const first = runImport(env.database.url, datasetDir);
  const again = runImport(env.database.url, datasetDir);
  writeReport(
    'kb-import',
    [
      machineLine(),
      `Run: ${new Date().toISOString()}.`,
      '',
      `\`pnpm kb:import\` of ${datasetDir} (the command, start to exit, tsx included):`,
      `- into a new database: ${first.seconds} s (services: inserted updated unchanged not-in-release = ${first.summary.replace(/^services /, '')})`,
      `- the same release again: ${again.seconds} s (${again.summary.replace(/^services /, '')})`,
    ].join('\n'),
  );
} finally {
  await env.cleanup();
}
