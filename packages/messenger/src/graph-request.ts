import { classifyGraphError } from './graph-errors.ts';
import { asObject, type JsonObject } from './json-guards.ts';

export interface GraphEndpoint {
  /** e.g. https://graph.facebook.com, or the local emulator. */
  graphApiUrl: string;
  /** e.g. v23.0 */
  version: string;
  pageAccessToken: string;
  timeoutMs: number;
}

export interface GraphCall {
  method: 'GET' | 'POST';
  /** Below the version, e.g. `me/messages`. */
  path: string;
  query?: Record<string, string>;
  body?: object;
}

function graphUrl(endpoint: GraphEndpoint, call: GraphCall): URL {
  const base = endpoint.graphApiUrl.replace(/\/+$/, '');
  const version = endpoint.version.replace(/^\/+|\/+$/g, '');
  const url = new URL(`${base}/${version}/${call.path.replace(/^\/+/, '')}`);
  for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
  // As Meta's documentation shows it. The URL never goes into an error or a
  // log line from here, so the token does not leak through failures.
  url.searchParams.set('access_token', endpoint.pageAccessToken);
  return url;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A proxy's HTML error page, say: the status alone classifies it.
    return undefined;
  }
}

/**
 * One Graph API call. Resolves with the JSON object of a 2xx answer; any
 * other outcome (non-2xx, an `error` body, no answer within the timeout, a
 * network failure, a body that is not a JSON object) rejects with a
 * classified GraphApiError.
 */
export async function callGraph(endpoint: GraphEndpoint, call: GraphCall): Promise<JsonObject> {
  let status: number | undefined;
  let body: unknown;
  try {
    const response = await fetch(graphUrl(endpoint, call), {
      method: call.method,
      headers: call.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      // Covers reading the body too, so a stalled answer cannot hang a worker.
      signal: AbortSignal.timeout(endpoint.timeoutMs),
    });
    status = response.status;
    body = parseJson(await response.text());
  } catch (error) {
    throw classifyGraphError(undefined, undefined, error);
  }
  const object = asObject(body);
  if (status < 200 || status > 299 || object === undefined || object.error !== undefined) throw classifyGraphError(status, body);
  return object;
}
