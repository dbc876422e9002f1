/** What a Graph API call was for; failures can target kinds. */
export type CallKind = 'message' | 'sender_action' | 'pass_thread_control' | 'take_thread_control' | 'messenger_profile' | 'other';

export const CALL_KINDS: readonly CallKind[] = ['message', 'sender_action', 'pass_thread_control', 'take_thread_control', 'messenger_profile', 'other'];

export interface RecordedCall {
  /** Increases by one per call and never restarts, not even on reset(), so cursors stay valid. */
  seq: number;
  /** When the call arrived (ms since the epoch). */
  at: number;
  method: string;
  /** The path without the query string, so the access token is never recorded. */
  path: string;
  kind: CallKind;
  recipientId?: string;
  body: unknown;
  /** 0 when the connection was reset instead of answered. */
  status: number;
  /** null when the connection was reset instead of answered. */
  response: unknown;
}

export interface QuickReply {
  title: string;
  payload: string;
}

/** A message the Send API accepted. */
export interface SentMessage {
  /** The seq of the call that sent it. */
  seq: number;
  recipientId: string;
  text: string;
  quickReplies?: QuickReply[];
  metadata?: string;
  messagingType: string;
  tag?: string;
  messageId: string;
  at: number;
}

/** The errors Meta answers with that callers must handle; see graph-errors.ts for each one's body. */
export type GraphErrorKind =
  | 'transient'
  | 'temporary'
  | 'rate_limit'
  | 'outside_window'
  | 'unavailable'
  | 'invalid_token'
  | 'permission'
  | 'invalid_parameter'
  | 'blocked'
  | 'unexpected';

/** Which calls a failure applies to, and how many of them. */
export interface FailureTarget {
  /** How many matching calls fail; default 1. */
  times?: number;
  /** Only calls to this PSID (calls without a recipient never match). */
  recipientId?: string;
  /** Only calls of these kinds; default every kind. */
  kinds?: CallKind[];
}

export type FailureSpec =
  | ({
      error: GraphErrorKind;
      /**
       * Picks one of Meta's codes where a kind has several: rate_limit 613
       * (default), 4 or 32; permission 200 (default) or 230.
       */
      code?: number;
    } & FailureTarget)
  | ({ error: 'reset' } & FailureTarget)
  | ({ delayMs: number } & FailureTarget);

export interface GraphEmulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Default 'test-page-token'. */
  pageAccessToken?: string;
  /** Default '100000000000001'. */
  pageId?: string;
  /** Above this many Graph calls in any one second, answer code 613 as Meta does. */
  rateLimitPerSecond?: number;
  /** Fastify's request log; default off. */
  logger?: boolean;
}

export interface CallFilter {
  kind?: CallKind;
  recipientId?: string;
}

export interface WaitForMessagesOptions {
  recipientId?: string;
  /** Default 10000. */
  timeoutMs?: number;
}

export interface GraphEmulator {
  /** The base URL to set GRAPH_API_URL to, e.g. http://127.0.0.1:41234. */
  url: string;
  pageAccessToken: string;
  pageId: string;
  /** Every Graph call, answered or failed, oldest first. */
  calls(filter?: CallFilter): RecordedCall[];
  /** Successful message sends only, oldest first. */
  messages(recipientId?: string): SentMessage[];
  /** Resolves once at least `count` messages (to that recipient) were sent; rejects after timeoutMs. */
  waitForMessages(count: number, options?: WaitForMessagesOptions): Promise<SentMessage[]>;
  /** Queues a failure for the next matching calls; throws a TypeError when the spec is malformed. */
  fail(spec: FailureSpec): void;
  clearFailures(): void;
  /** Forgets calls, messages, failures and the messenger profile. */
  reset(): void;
  profile(): Record<string, unknown>;
  close(): Promise<void>;
}
