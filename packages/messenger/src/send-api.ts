import { callGraph, type GraphEndpoint } from './graph-request.ts';
import { classifyGraphError } from './graph-errors.ts';
import { asNonEmptyString, asObject } from './json-guards.ts';
import type { MessengerProfile } from './messenger-profile.ts';
import { toQuickReplies, type QuickReply } from './quick-replies.ts';
import { MESSAGE_TEXT_LIMIT } from './split-message.ts';

export interface SendApiOptions {
  graphApiUrl: string;
  version: string;
  pageAccessToken: string;
  /** Default 10,000 ms. */
  timeoutMs?: number;
}

export interface OutgoingMessage {
  text: string;
  quickReplies?: QuickReply[];
  /** Comes back on the echo, which is how our own sends are recognised. */
  metadata?: string;
}

export type SenderAction = 'mark_seen' | 'typing_on' | 'typing_off';

export const METADATA_LIMIT = 1000;
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Meta's Send API and the page-level calls around it. Every reply is a
 * RESPONSE within the 24-hour window; no message tag is ever sent, since tags
 * are for specific updates and misusing them gets a page restricted.
 */
export class SendApiClient {
  private readonly endpoint: GraphEndpoint;

  constructor(options: SendApiOptions) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError(`timeoutMs must be a positive number (got ${timeoutMs})`);
    this.endpoint = { graphApiUrl: options.graphApiUrl, version: options.version, pageAccessToken: options.pageAccessToken, timeoutMs };
  }

  async sendMessage(psid: string, message: OutgoingMessage): Promise<{ recipientId: string; messageId: string }> {
    // Programming errors, caught before the call: Graph would refuse them
    // with a code 100 that looks like any other bad request.
    if (message.text.trim() === '' || message.text.length >= MESSAGE_TEXT_LIMIT) {
      throw new RangeError(`message text must be 1 to ${MESSAGE_TEXT_LIMIT - 1} characters (got ${message.text.length}); split it with splitMessage`);
    }
    if (message.metadata !== undefined && message.metadata.length > METADATA_LIMIT) {
      throw new RangeError(`message metadata must be at most ${METADATA_LIMIT} characters (got ${message.metadata.length})`);
    }
    const quickReplies = toQuickReplies(message.quickReplies ?? []);
    const body = {
      recipient: { id: psid },
      messaging_type: 'RESPONSE',
      message: {
        text: message.text,
        ...(quickReplies.length > 0 && { quick_replies: quickReplies }),
        ...(message.metadata !== undefined && message.metadata !== '' && { metadata: message.metadata }),
      },
    };
    const answer = await callGraph(this.endpoint, { method: 'POST', path: 'me/messages', body });
    const recipientId = asNonEmptyString(answer.recipient_id);
    const messageId = asNonEmptyString(answer.message_id);
    if (recipientId === undefined || messageId === undefined) throw classifyGraphError(200, answer);
    return { recipientId, messageId };
  }

  async senderAction(psid: string, action: SenderAction): Promise<void> {
    await callGraph(this.endpoint, { method: 'POST', path: 'me/messages', body: { recipient: { id: psid }, sender_action: action } });
  }

  /** Hands the conversation to another app (e.g. the Page Inbox, for a person to answer). */
  async passThreadControl(psid: string, targetAppId: string, metadata?: string): Promise<void> {
    const body = { recipient: { id: psid }, target_app_id: targetAppId, ...(metadata !== undefined && { metadata }) };
    const answer = await callGraph(this.endpoint, { method: 'POST', path: 'me/pass_thread_control', body });
    if (answer.success !== true) throw classifyGraphError(200, answer);
  }

  /** Takes the conversation back from the app that has it (the page inbox, when a person's time is up). */
  async takeThreadControl(psid: string, metadata?: string): Promise<void> {
    const body = { recipient: { id: psid }, ...(metadata !== undefined && { metadata }) };
    const answer = await callGraph(this.endpoint, { method: 'POST', path: 'me/take_thread_control', body });
    if (answer.success !== true) throw classifyGraphError(200, answer);
  }

  async setMessengerProfile(profile: MessengerProfile): Promise<void> {
    const answer = await callGraph(this.endpoint, { method: 'POST', path: 'me/messenger_profile', body: profile });
    if (answer.result !== 'success') throw classifyGraphError(200, answer);
  }

  /** The requested profile fields as Graph holds them; an empty object when none is set. */
  async getMessengerProfile(fields: string[]): Promise<Record<string, unknown>> {
    const answer = await callGraph(this.endpoint, { method: 'GET', path: 'me/messenger_profile', query: { fields: fields.join(',') } });
    if (!Array.isArray(answer.data)) throw classifyGraphError(200, answer);
    return asObject(answer.data[0]) ?? {};
  }
}
