#!/usr/bin/env node
// Bundles an app's entry point and the workspace packages it imports into one
// ES module (apps/<app>/dist/main.mjs), leaving the app's own npm dependencies
// external; npm packages only a workspace package depends on (pure JS such as
// minisearch) are bundled, since the app's node_modules cannot resolve them.
// Production runs the bundle with plain node: no TypeScript loader thread and
// no on-the-fly transpiling, which saves memory and start-up time.
// Usage: node tooling/build-app.mjs api|worker
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const app = process.argv[2];
if (!['api', 'worker'].includes(app ?? '')) {
  console.error('usage: node tooling/build-app.mjs api|worker');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));

const manifest = JSON.parse(readFileSync(`${root}/apps/${app}/package.json`, 'utf8'));
const appDependencies = new Set(Object.keys(manifest.dependencies ?? {}));
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const externalNpmPackages = {
  name: 'external-npm-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = packageName(args.path);
      const external = args.path.startsWith('node:') || (appDependencies.has(name) && !name.startsWith('@ecitizen/'));
      return external ? { path: args.path, external: true } : undefined;
    });
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
