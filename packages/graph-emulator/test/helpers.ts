import { after, before, beforeEach } from 'node:test';
import { startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from '../src/index.ts';

export const VERSION = 'v23.0';
export const PSID = '2400000000000001';

export interface GraphResponse {
  status: number;
  body: unknown;
}

/** The `error` of a Graph error body, typed for assertions. */
export interface GraphErrorBody {
  error: { message: string; type: string; code: number; error_subcode?: number; is_transient?: boolean; fbtrace_id: string };
}

export async function start(options: GraphEmulatorOptions = {}): Promise<GraphEmulator> {
  return startGraphEmulator(options);
}

interface CallOptions {
  method?: string;
  /** The token in the query; null for none. Default: the emulator's. */
  token?: string | null;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

/** A Graph API call over HTTP, as the bot makes it. */
export async function graph(emulator: GraphEmulator, path: string, body?: unknown, options: CallOptions = {}): Promise<GraphResponse> {
  const url = new URL(`/${VERSION}${path}`, emulator.url);
  const token = options.token === undefined ? emulator.pageAccessToken : options.token;
  if (token !== null) url.searchParams.set('access_token', token);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const response = await fetch(url, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

export function textMessage(text: string, recipientId = PSID, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { recipient: { id: recipientId }, messaging_type: 'RESPONSE', message: { text }, ...extra };
}

export function send(emulator: GraphEmulator, text: string, recipientId = PSID): Promise<GraphResponse> {
  return graph(emulator, '/me/messages', textMessage(text, recipientId));
}

/** A call to the emulator's own control API. */
export async function control(emulator: GraphEmulator, path: string, init: { method?: string; body?: unknown } = {}): Promise<GraphResponse> {
  const response = await fetch(new URL(`/__emulator${path}`, emulator.url), {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: await response.json() };
}

export function errorOf(response: GraphResponse): GraphErrorBody['error'] {
  return (response.body as GraphErrorBody).error;
}

export const OTHER_PSID = '2400000000000002';

/**
 * One emulator for a test file, reset before each test: the hooks are
 * registered here, the returned function gives the running emulator.
 */
export function useEmulator(): () => GraphEmulator {
  let emulator: GraphEmulator | undefined;
  before(async () => {
    emulator = await start();
  });
  beforeEach(() => emulator!.reset());
  after(() => emulator!.close());
  return () => emulator!;
}
