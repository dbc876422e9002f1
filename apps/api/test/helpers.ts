import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestEnvironment, type TestEnvironment } from '@ecitizen/testing';
import { API_PREFIX, buildApp } from '../src/app.ts';

export const PASSWORD = 'correct horse battery';

/** Everything a test file needs: its own database and Redis prefix, and an app on them. */
export interface ApiHarness {
  env: TestEnvironment;
  app: FastifyInstance;
  /** Every log line the app wrote, as text. */
  logs: string[];
  /** Builds a second app on the same database and Redis prefix (a restart, another process). */
  restart(overrides?: Record<string, string>): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export async function startHarness(overrides: Record<string, string> = {}): Promise<ApiHarness> {
  const env = await createTestEnvironment();
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const apps: FastifyInstance[] = [];
  const build = async (more: Record<string, string> = {}) => {
    // Generous login limits unless a test sets its own: most tests log in often from one address.
    const settings = { LOG_LEVEL: 'info', LOGIN_RATE_LIMIT_PER_IP: '1000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000', ...overrides, ...more };
    const app = await buildApp(env.config(settings), { logStream });
    apps.push(app);
    return app;
  };
  const app = await build();
  return {
    env,
    app,
    logs,
    restart: build,
    async close() {
      await Promise.all(apps.map((each) => each.close()));
      await env.cleanup();
    },
  };
}

export function url(path: string): string {
  return `${API_PREFIX}${path}`;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export function post(app: FastifyInstance, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: url(path), headers, ...(body === undefined ? {} : { payload: body as object }) });
}

export function get(app: FastifyInstance, path: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url: url(path), headers });
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
}

export async function login(app: FastifyInstance, email: string, password = PASSWORD, remoteAddress?: string): Promise<Tokens> {
  const response = await app.inject({
    method: 'POST',
    url: url('/auth/login'),
    payload: { email, password },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  if (response.statusCode !== 200) throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
  return response.json<Tokens>();
}

/** Registers the first user (who becomes admin) and logs in. */
export async function bootstrapAdmin(app: FastifyInstance, email = 'admin@ecitizen.test'): Promise<Tokens> {
  const response = await post(app, '/auth/register', { email, password: PASSWORD });
  if (response.statusCode !== 201) throw new Error(`bootstrap failed: ${response.statusCode} ${response.body}`);
  return login(app, email);
}

/** An admin adds a user with a role, who then logs in. */
export async function addUser(app: FastifyInstance, admin: Tokens, email: string, role: 'admin' | 'agent'): Promise<Tokens> {
  const response = await post(app, '/auth/register', { email, password: PASSWORD, role }, bearer(admin.access_token));
  if (response.statusCode !== 201) throw new Error(`registering ${email} failed: ${response.statusCode} ${response.body}`);
  return login(app, email);
}
