import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readiness } from '@ecitizen/health';

export interface HealthChecks {
  /** Each dependency's state, bounded in time (checkReadiness). */
  ready(): Promise<Readiness<string>>;
  /** Prometheus exposition of the process's metrics. */
  metrics?(): Promise<{ contentType: string; body: string }>;
}

/**
 * /healthz: the process is up. /readyz: MySQL and Redis answer and the
 * queue workers run (the same shape as the api's /readyz), so an
 * orchestrator can restart or hold traffic from a worker that cannot work.
 * /metrics: for Prometheus.
 * Plain node:http: two fixed routes need no framework.
 */
export async function startHealthServer(checks: HealthChecks, host: string, port: number): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const send = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.method !== 'GET') return send(405, { status: 'method not allowed' });
    if (request.url === '/healthz') return send(200, { status: 'ok' });
    if (request.url === '/readyz') {
      checks.ready().then(
        ({ ready, checks: states }) => send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks: states }),
        (error: unknown) => send(503, { status: 'not ready', reason: (error as Error).message }),
      );
      return;
    }
    if (request.url === '/metrics' && checks.metrics) {
      checks.metrics().then(
        ({ contentType, body }) => response.writeHead(200, { 'content-type': contentType }).end(body),
        (error: unknown) => send(500, { status: 'metrics failed', reason: (error as Error).message }),
      );
      return;
    }
    return send(404, { status: 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return { server, port: (server.address() as AddressInfo).port };
}
