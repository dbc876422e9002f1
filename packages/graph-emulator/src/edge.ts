import type { CallKind, SentMessage } from './types.ts';

/** The parts of an HTTP request an edge reads. */
export interface GraphRequest {
  method: string;
  body: unknown;
  query: Record<string, unknown>;
}

/** What a call did: the 200 body, and the message when one was sent. */
export interface Outcome {
  response: unknown;
  message?: Omit<SentMessage, 'seq' | 'at'>;
}

/** A checked call, ready to take effect once no injected failure stops it. */
export type Operation = () => Outcome;

/** One Graph API edge (`/messages`, `/messenger_profile`, ...). */
export interface Edge {
  /** What the call is for, known even when it is malformed (it is recorded and targeted by failures). */
  kind(request: GraphRequest): CallKind;
  /** Checks the call as Meta would, throwing a GraphRequestError when Meta would refuse it. */
  prepare(request: GraphRequest): Operation;
}
