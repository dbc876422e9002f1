import type { FailureSpec } from './types.ts';

/** The `error` object of an OpenAI error response. */
export interface OpenAIErrorDetail {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

/** An OpenAI API error: the status, the body and any headers to answer with. */
export interface OpenAIError {
  status: number;
  body: { error: OpenAIErrorDetail };
  headers?: Record<string, string>;
}

function openAIError(status: number, message: string, type: string, param: string | null = null, code: string | null = null): OpenAIError {
  return { status, body: { error: { message, type, param, code } } };
}

/** A request OpenAI refuses as malformed; `param` names the offending field as OpenAI does (`messages[0].role`). */
export function invalidRequest(message: string, param: string | null = null, code: string | null = null, status = 400): OpenAIError {
  return openAIError(status, message, 'invalid_request_error', param, code);
}

export function missingParameter(param: string): OpenAIError {
  return invalidRequest(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter');
}

export function invalidType(param: string, expected: string, value: unknown): OpenAIError {
  return invalidRequest(`Invalid type for '${param}': expected ${expected}, but got ${describeType(value)} instead.`, param, 'invalid_type');
}

export function invalidValue(param: string, value: unknown, supported: readonly string[]): OpenAIError {
  const quoted = supported.map((value) => `'${value}'`);
  const last = quoted.pop() ?? '';
  const list = quoted.length === 0 ? last : `${quoted.join(', ')}${quoted.length > 1 ? ',' : ''} and ${last}`;
  return invalidRequest(`Invalid value: '${String(value)}'. Supported values are: ${list}.`, param, 'invalid_value');
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  return `a ${typeof value}`;
}

/** Shows enough of a wrong key to recognise it, as OpenAI does, without echoing a secret whole. */
function maskKey(key: string): string {
  if (key.length <= 8) return '*'.repeat(key.length);
  return `${key.slice(0, 3)}${'*'.repeat(Math.min(key.length - 7, 20))}${key.slice(-4)}`;
}

export function missingKeyError(): OpenAIError {
  return invalidRequest(
    "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    null,
    null,
    401,
  );
}

export function wrongKeyError(key: string): OpenAIError {
  return invalidRequest(
    `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    null,
    'invalid_api_key',
    401,
  );
}

export function unknownUrlError(method: string, path: string): OpenAIError {
  return invalidRequest(`Invalid URL (${method} ${path})`, null, null, 404);
}

/** A crash of the emulator or of a test's responder: answered as OpenAI answers its own. */
export function serverError(message = 'The server had an error while processing your request. Sorry about that!'): OpenAIError {
  return openAIError(500, message, 'server_error');
}

interface StatusTemplate {
  type: string;
  code: string | null;
  message: string;
}

// What OpenAI answers with each status, as near as its documentation and
// observed responses tell; the SDK picks its error class by status alone.
const BY_STATUS: Record<number, StatusTemplate> = {
  400: { type: 'invalid_request_error', code: null, message: 'The request was invalid.' },
  401: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided.' },
  403: { type: 'permission_error', code: 'unsupported_country_region_territory', message: 'Country, region, or territory not supported.' },
  404: { type: 'invalid_request_error', code: 'model_not_found', message: 'The model does not exist or you do not have access to it.' },
  408: { type: 'timeout_error', code: null, message: 'Request timed out.' },
  409: { type: 'conflict_error', code: null, message: 'The request conflicted with another request.' },
  422: { type: 'invalid_request_error', code: null, message: 'The request could not be processed.' },
  429: { type: 'rate_limit_error', code: 'rate_limit_exceeded', message: 'Rate limit reached for requests. Please try again later.' },
  500: { type: 'server_error', code: null, message: 'The server had an error while processing your request. Sorry about that!' },
  502: { type: 'server_error', code: null, message: 'Bad gateway.' },
  503: { type: 'server_error', code: null, message: 'The engine is currently overloaded, please try again later.' },
  504: { type: 'server_error', code: null, message: 'Gateway timeout.' },
};

/** The error a queued failure answers with. */
export function injectedError(spec: FailureSpec & { status: number }): OpenAIError {
  const { status } = spec;
  const template = BY_STATUS[status] ?? (status >= 500 ? BY_STATUS[500]! : BY_STATUS[400]!);
  const error = openAIError(status, spec.message ?? template.message, template.type, null, template.code);
  return spec.retryAfterSeconds === undefined ? error : { ...error, headers: { 'retry-after': String(spec.retryAfterSeconds) } };
}

/** Thrown while reading a request OpenAI would refuse; the pipeline answers with its error. */
export class RefusedRequest extends Error {
  constructor(readonly error: OpenAIError) {
    super(error.body.error.message);
    this.name = 'RefusedRequest';
  }
}
