import { randomBytes } from 'node:crypto';
import type { GraphErrorKind } from './types.ts';

/** The `error` object of a Graph API error response. */
export interface GraphErrorDetail {
  message: string;
  type: 'OAuthException';
  code: number;
  error_subcode?: number;
  is_transient?: boolean;
  fbtrace_id: string;
}

/** A Graph API error: the HTTP status and the body to answer with. */
export interface GraphError {
  status: number;
  body: { error: GraphErrorDetail };
}

interface ErrorTemplate {
  status: number;
  code: number;
  subcode?: number;
  message: string;
  transient?: boolean;
}

/** Meta's traces are opaque ids; callers log them, nothing parses them. */
function fbtraceId(): string {
  return `A${randomBytes(16).toString('base64url')}`;
}

function fromTemplate(template: ErrorTemplate): GraphError {
  const error: GraphErrorDetail = {
    message: template.message,
    type: 'OAuthException',
    code: template.code,
    ...(template.subcode === undefined ? {} : { error_subcode: template.subcode }),
    ...(template.transient === undefined ? {} : { is_transient: template.transient }),
    fbtrace_id: fbtraceId(),
  };
  return { status: template.status, body: { error } };
}

const INVALID_TOKEN: ErrorTemplate = { status: 400, code: 190, message: 'Invalid OAuth access token - Cannot parse access token' };
const RATE_LIMIT: ErrorTemplate = { status: 400, code: 613, message: '(#613) Calls to this api have exceeded the rate limit.' };

// Bodies as Meta sends them (messages and subcodes as seen in the wild). The
// first code of each kind is its default; `code` in a FailureSpec picks another.
const CATALOGUE: Record<GraphErrorKind, readonly ErrorTemplate[]> = {
  transient: [{ status: 500, code: 2, message: 'An unexpected error has occurred. Please retry your request later.', transient: true }],
  unexpected: [{ status: 500, code: 1, message: 'An unknown error has occurred.' }],
  temporary: [{ status: 400, code: 1200, message: '(#1200) Temporary send message failure. Please try again later.', transient: true }],
  rate_limit: [
    RATE_LIMIT,
    { status: 400, code: 4, message: '(#4) Application request limit reached', transient: true },
    { status: 400, code: 32, message: '(#32) Page request limit reached' },
  ],
  outside_window: [
    {
      status: 400,
      code: 10,
      subcode: 2018278,
      message:
        '(#10) This message is sent outside of allowed window. Learn more about the new policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview',
    },
  ],
  unavailable: [{ status: 400, code: 551, subcode: 1545041, message: "(#551) This person isn't available right now." }],
  invalid_token: [INVALID_TOKEN],
  permission: [
    { status: 403, code: 200, message: '(#200) Permissions error' },
    { status: 403, code: 230, message: '(#230) Requires pages_messaging permission to manage the object' },
  ],
  invalid_parameter: [{ status: 400, code: 100, subcode: 2018001, message: '(#100) No matching user found' }],
  blocked: [{ status: 400, code: 368, message: '(#368) The action attempted has been deemed abusive or is otherwise disallowed' }],
};

export const GRAPH_ERROR_KINDS = Object.keys(CATALOGUE) as GraphErrorKind[];

/** The codes a kind can be answered with, default first. */
export function codesOf(kind: GraphErrorKind): number[] {
  return CATALOGUE[kind].map((template) => template.code);
}

/** Meta's error for a failure kind; `code` must be one of codesOf(kind). */
export function graphError(kind: GraphErrorKind, code?: number): GraphError {
  const templates = CATALOGUE[kind];
  const template = code === undefined ? templates[0] : templates.find((candidate) => candidate.code === code);
  if (!template) throw new TypeError(`error ${kind} has no code ${code}`);
  return fromTemplate(template);
}

export function invalidTokenError(): GraphError {
  return fromTemplate(INVALID_TOKEN);
}

export function rateLimitError(): GraphError {
  return fromTemplate(RATE_LIMIT);
}

/** Code 100, Meta's answer to a malformed request; `problem` says what is wrong. */
export function invalidParameterError(problem: string, subcode?: number): GraphError {
  return fromTemplate({ status: 400, code: 100, subcode, message: `(#100) ${problem}` });
}

/** Thrown while reading a request that Meta would refuse; the pipeline answers with its error. */
export class GraphRequestError extends Error {
  constructor(readonly graphError: GraphError) {
    super(graphError.body.error.message);
    this.name = 'GraphRequestError';
  }
}

export function invalidParameter(problem: string, subcode?: number): GraphRequestError {
  return new GraphRequestError(invalidParameterError(problem, subcode));
}

/** A path Graph has no edge for. */
export function unknownPathError(components: string): GraphError {
  return fromTemplate({ status: 400, code: 2500, message: `Unknown path components: ${components}` });
}

/** A call to an object that does not exist or does not support the method (a PSID, another page). */
export function unsupportedRequestError(method: string, objectId: string): GraphError {
  return fromTemplate({
    status: 400,
    code: 100,
    subcode: 33,
    message: `Unsupported ${method.toLowerCase()} request. Object with ID '${objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
  });
}
