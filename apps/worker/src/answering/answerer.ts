import type { QuickReply } from '@ecitizen/messenger';

/** What the citizen said in this turn, oldest first. */
export interface TurnMessage {
  kind: string;
  text: string | null;
  payload: string | null;
  attachments: Array<{ type: string; url?: string; sticker?: boolean }>;
  /** Kinds of personal data removed from `text` before it was stored. */
  redacted: string[];
}

/** The input of an answer: the conversation so far and the new messages. */
export interface TurnInput {
  conversationId: number;
  psid: string;
  messages: TurnMessage[];
  /** Earlier exchanges, oldest first, most recent last (a few turns). */
  history: Array<{ direction: 'inbound' | 'outbound'; text: string }>;
  /** The citizen's language as last detected (en, sw), if known. */
  language: string | null;
  /** Turns in a row so far where nothing good was found. */
  unansweredStreak: number;
  /** Aborted when the turn is given up (worker shutting down). */
  signal: AbortSignal;
}

export interface TurnReply {
  text: string;
  /** Choices offered to the citizen (Messenger quick replies on the last part). */
  quickReplies?: QuickReply[];
  /** Knowledge the answer came from, kept with the reply for operators. */
  sources?: Array<{ id: string; title: string; url?: string }>;
  /** What kind of answer this is, for operators' figures (answered, no_match, handover, smalltalk, off_topic). */
  outcome?: TurnOutcome;
  /** The language the reply is in. */
  language?: string;
  /** The knowledge entry the answer rests on (`<kind>:<id>`): questions grouped by meaning. */
  matchedKey?: string;
  /** Hand the conversation to a person after this reply, and why. */
  handover?: HandoverReason;
}

export type TurnOutcome = 'answered' | 'no_match' | 'handover' | 'smalltalk' | 'off_topic';
export type HandoverReason = 'requested' | 'unanswered' | 'angry';

/**
 * The seam between the pipeline and whatever composes answers: the worker
 * calls it once per turn and sends what it returns. The knowledge-based
 * answerer plugs in here.
 */
export type Answerer = (input: TurnInput) => Promise<TurnReply>;
