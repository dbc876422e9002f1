// `pnpm bench [auth|pipeline|search|kb-import]`: runs the benchmarks one after another (never
// side by side: they would share the two cores). Reports go to stdout and
// bench/results/<name>.md; BENCHMARKS.md records them with the machine.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const all = ['auth', 'pipeline', 'search', 'kb-import'];
const chosen = process.argv.slice(2).filter((name) => all.includes(name));
for (const name of chosen.length > 0 ? chosen : all) {
  console.log(`\n== bench: ${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
