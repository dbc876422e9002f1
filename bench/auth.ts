// The auth API under load: login (argon2) and an authenticated request.
// The api runs as its own process (as in production); autocannon drives it
// from this one.
import { fileURLToPath } from 'node:url';
import { createTestEnvironment, freePort, signalGroup, spawnProcess } from '@ecitizen/testing';
import { load, type LoadResult, machineLine, peakRssMb, table, waitUntilUp, withoutPoolLimit, writeReport } from './lib/measure.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const env = await createTestEnvironment();
const port = await freePort();
const api = spawnProcess(process.execPath, ['--max-old-space-size=192', '--max-semi-space-size=4', 'apps/api/dist/main.mjs'], {
  cwd: root,
  env: {
    ...env.env,
    // Production pool sizes, not the small pools test databases get.
    DATABASE_URL: withoutPoolLimit(env.env.DATABASE_URL!),
    NODE_ENV: 'production',
    MALLOC_ARENA_MAX: '2',
    FB_VERIFY_TOKEN: 'bench',
    FB_APP_SECRET: 'bench-app-secret',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    // The bench logs in from one address thousands of times: lift the login limits.
    LOGIN_RATE_LIMIT_PER_IP: '100000000',
    LOGIN_RATE_LIMIT_PER_ACCOUNT: '100000000',
  },
});

try {
  const base = `http://127.0.0.1:${port}/api/v1/chatbot`;
  await waitUntilUp(base, api);
  const idleRss = peakRssMb(api.child.pid!);
  const credentials = JSON.stringify({ email: 'bench@ecitizen.test', password: 'bench password 1' });
  const json = { 'content-type': 'application/json' };
  await fetch(`${base}/auth/register`, { method: 'POST', headers: json, body: credentials });
  const { access_token } = (await (await fetch(`${base}/auth/login`, { method: 'POST', headers: json, body: credentials })).json()) as {
    access_token: string;
  };

  const results: LoadResult[] = [];
  console.log(`warming up, then ${seconds} s per request with ${connections} connections…`);
  await load('warm-up', { url: `${base}/auth/me`, headers: { authorization: `Bearer ${access_token}` }, connections, seconds: 2 });
  results.push(await load('GET /api/v1/chatbot (no auth, baseline)', { url: base, connections, seconds }));
  results.push(
    await load('GET /auth/me (JWT verify + Redis revocation check + 1 MySQL read)', {
      url: `${base}/auth/me`,
      headers: { authorization: `Bearer ${access_token}` },
      connections,
      seconds,
    }),
  );
  results.push(
    await load('POST /auth/login (argon2id 19 MiB t=2 + token family insert)', {
      url: `${base}/auth/login`,
      method: 'POST',
      headers: json,
      body: credentials,
      connections: Math.min(connections, 4),
      seconds,
    }),
  );
  const rss = peakRssMb(api.child.pid!);
  const report = [
    machineLine(),
    `Run: ${new Date().toISOString()}, ${seconds} s per row, ${connections} connections (login: ${Math.min(connections, 4)}).`,
    '',
    table(results),
    '',
    `api RSS: ${idleRss} MB after start, ${rss} MB at peak (VmHWM).`,
  ].join('\n');
  writeReport('auth', report);
} finally {
  signalGroup(api, 'SIGTERM');
  await api.exited;
  await env.cleanup();
}
