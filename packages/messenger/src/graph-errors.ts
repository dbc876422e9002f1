import { asFiniteNumber, asObject, asString } from './json-guards.ts';

/** transient: retry with backoff; rate_limit: retry, but slower; permanent: never retry. */
export type GraphErrorKind = 'transient' | 'rate_limit' | 'permanent';

export interface GraphErrorDetails {
  kind: GraphErrorKind;
  reason: string;
  status?: number;
  code?: number;
  subcode?: number;
  fbtraceId?: string;
  graphMessage?: string;
  cappedRetries?: boolean;
  alert?: boolean;
  stopSending?: boolean;
  cause?: unknown;
}

/** A failed Graph API call, classified so the caller knows whether and how to retry. */
export class GraphApiError extends Error {
  readonly kind: GraphErrorKind;
  /** HTTP status; undefined when no response arrived (network error, timeout). */
  readonly status: number | undefined;
  readonly code?: number;
  readonly subcode?: number;
  readonly fbtraceId?: string;
  /** Worth a retry or two, but not the full schedule: Graph's "unexpected error" (code 2) can persist. */
  readonly cappedRetries: boolean;
  /** The page access token is invalid or expired: nothing will send until a person replaces it. */
  readonly alert: boolean;
  /** Meta has blocked the page for abuse: further sends make it worse. */
  readonly stopSending: boolean;
  /** A short phrase for logs and dashboards. */
  readonly reason: string;

  constructor(details: GraphErrorDetails) {
    const codes = details.code === undefined ? '' : `, code ${details.code}${details.subcode === undefined ? '' : `/${details.subcode}`}`;
    const where = details.status === undefined ? 'no response' : `HTTP ${details.status}`;
    const trace = details.fbtraceId === undefined ? '' : ` [fbtrace_id ${details.fbtraceId}]`;
    const graphMessage = details.graphMessage === undefined ? '' : `: ${details.graphMessage}`;
    super(`Graph API ${details.reason} (${where}${codes})${graphMessage}${trace}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'GraphApiError';
    this.kind = details.kind;
    this.status = details.status;
    this.code = details.code;
    this.subcode = details.subcode;
    this.fbtraceId = details.fbtraceId;
    this.cappedRetries = details.cappedRetries ?? false;
    this.alert = details.alert ?? false;
    this.stopSending = details.stopSending ?? false;
    this.reason = details.reason;
  }

  get retryable(): boolean {
    return this.kind !== 'permanent';
  }
}

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);

function isTimeout(cause: unknown): boolean {
  return cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
}

type Verdict = Pick<GraphErrorDetails, 'kind' | 'reason' | 'cappedRetries' | 'alert' | 'stopSending'>;

/** What Graph's own error code says, or undefined when the code is not one we know. */
function verdictForCode(code: number | undefined, subcode: number | undefined): Verdict | undefined {
  if (code === 190) return { kind: 'permanent', reason: 'invalid page access token', alert: true };
  if (code === 368) return { kind: 'permanent', reason: 'page blocked for abuse', stopSending: true };
  if (code === 10 && subcode === 2018278) return { kind: 'permanent', reason: 'outside the 24-hour messaging window' };
  if (code === 551 || subcode === 1545041) return { kind: 'permanent', reason: 'person unavailable' };
  if (code === 100 && subcode === 2018001) return { kind: 'permanent', reason: 'no matching user' };
  if (code === 100) return { kind: 'permanent', reason: 'invalid parameter' };
  // 10 and 200-299 are Graph's permission errors.
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299)) return { kind: 'permanent', reason: 'missing permission' };
  if (code !== undefined && RATE_LIMIT_CODES.has(code)) return { kind: 'rate_limit', reason: 'rate limited' };
  // Business use case limits (80001 pages, 80006 Messenger, ...): rate limits by another name.
  if (code !== undefined && code >= 80000 && code <= 80099) return { kind: 'rate_limit', reason: 'rate limited' };
  if (code === 1200) return { kind: 'transient', reason: 'temporary Graph API error' };
  if (code === 2) return { kind: 'transient', reason: 'unexpected Graph API error', cappedRetries: true };
  return undefined;
}

/**
 * Classifies a failed Graph call from its HTTP status and body (or, with no
 * status, the network error in `cause`). Known error codes decide first, then
 * Graph's `is_transient` flag, then the status: unknown 5xx are transient,
 * anything else permanent, since retrying a request Graph understood and
 * refused only repeats the refusal.
 */
export function classifyGraphError(status: number | undefined, body: unknown, cause?: unknown): GraphApiError {
  const error = asObject(asObject(body)?.error);
  const code = asFiniteNumber(error?.code);
  const subcode = asFiniteNumber(error?.error_subcode);
  const facts = { status, code, subcode, fbtraceId: asString(error?.fbtrace_id), graphMessage: asString(error?.message), cause };

  const known = verdictForCode(code, subcode);
  // A transient flag overrides a permanent code: a retry costs little, a dropped reply costs the citizen.
  if (known !== undefined && (known.kind !== 'permanent' || error?.is_transient !== true)) return new GraphApiError({ ...facts, ...known });
  if (error?.is_transient === true) return new GraphApiError({ ...facts, ...known, kind: 'transient', reason: 'temporary Graph API error' });
  if (status === undefined) return new GraphApiError({ ...facts, kind: 'transient', reason: isTimeout(cause) ? 'request timed out' : 'network error' });
  if (status >= 500) return new GraphApiError({ ...facts, kind: 'transient', reason: 'temporary Graph API error' });
  if (status < 400) return new GraphApiError({ ...facts, kind: 'permanent', reason: 'unexpected Graph API response' });
  return new GraphApiError({ ...facts, kind: 'permanent', reason: 'request refused' });
}
