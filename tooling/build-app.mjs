#!/usr/bin/env node
// Bundles an app's entry point and the workspace packages it imports into one
// ES module (apps/<app>/dist/main.mjs), leaving npm dependencies external.
// Production runs the bundle with plain node: no TypeScript loader thread and
// no on-the-fly transpiling, which saves memory and start-up time.
// Usage: node tooling/build-app.mjs api|worker
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const app = process.argv[2];
if (!['api', 'worker'].includes(app ?? '')) {
  console.error('usage: node tooling/build-app.mjs api|worker');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));

const externalNpmPackages = {
  name: 'external-npm-packages',
  setup(builder) {
    // Bare imports are npm packages (external) except our own workspace packages (bundled).
    builder.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@ecitizen/') ? undefined : { path: args.path, external: true }));
  },
};

await build({
  entryPoints: [`${root}/apps/${app}/src/main.ts`],
  outfile: `${root}/apps/${app}/dist/main.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [externalNpmPackages],
  logLevel: 'warning',
});
console.log(`built apps/${app}/dist/main.mjs`);
