import type { QuickReply } from '@ecitizen/messenger';

/** What the citizen said in this turn, oldest first. */
export interface TurnMessage {
  kind: string;
  text: string | null;
  payload: string | null;
  attachments: Array<{ type: string; url?: string; sticker?: boolean }>;
}

/** The input of an answer: the conversation so far and the new messages. */
export interface TurnInput {
  conversationId: number;
  psid: string;
  messages: TurnMessage[];
  /** Earlier exchanges, oldest first, most recent last (a few turns). */
  history: Array<{ direction: 'inbound' | 'outbound'; text: string }>;
  /** Aborted when the turn is given up (worker shutting down). */
  signal: AbortSignal;
}

export interface TurnReply {
  text: string;
  /** Choices offered to the citizen (Messenger quick replies on the last part). */
  quickReplies?: QuickReply[];
  /** Knowledge the answer came from, kept with the reply for operators. */
  sources?: Array<{ id: string; title: string; url?: string }>;
}

/**
 * The seam between the pipeline and whatever composes answers: the worker
 * calls it once per turn and sends what it returns. The knowledge-based
 * answerer plugs in here.
 */
export type Answerer = (input: TurnInput) => Promise<TurnReply>;
