import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { waitUntil, type Spawned } from '@ecitizen/testing';

export interface LoadResult {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon against one request and keeps the figures the report needs. */
export async function load(
  name: string,
  options: { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    connections: options.connections,
    duration: options.seconds,
  });
  return summarise(name, result);
}

/** The figures the reports keep of an autocannon run. */
export function summarise(name: string, result: autocannon.Result): LoadResult {
  return {
    name,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Peak resident memory of a process so far (Linux: VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

export function table(results: LoadResult[]): string {
  const rows = results.map(
    (r) => `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.errors + r.non2xx} |`,
  );
  return ['| request | req/s | p50 ms | p99 ms | requests | errors or non-2xx |', '|---|---:|---:|---:|---:|---:|', ...rows].join('\n');
}

export function machineLine(): string {
  return `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; MariaDB and Redis on loopback.`;
}

/** Prints a report and keeps it in bench/results/<name>.md (gitignored) for BENCHMARKS.md. */
export function writeReport(name: string, report: string): void {
  console.log(`\n${report}`);
  const dir = new URL('../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(`${name}.md`, dir), `${report}\n`);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function withoutPoolLimit(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.delete('connection_limit');
  return url.toString();
}

/** Waits until a started app answers 200 at `url`; on failure, says what the app printed. */
export async function waitUntilUp(url: string, app: Spawned, timeoutMs = 60_000): Promise<void> {
  await waitUntil(() => fetch(url).then((response) => response.ok), timeoutMs, 250).catch(() => {
    throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${app.output()}`);
  });
}
