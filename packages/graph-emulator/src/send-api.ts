import { randomBytes } from 'node:crypto';
import { invalidParameter } from './graph-errors.ts';
import { isRecord, optionalString, requireBody, requiredString, requireRecipientId } from './request-fields.ts';
import type { Edge, Operation } from './edge.ts';
import type { QuickReply, SentMessage } from './types.ts';

const MAX_TEXT = 2000;
const MAX_QUICK_REPLIES = 13;
const MAX_QUICK_REPLY_TITLE = 20;
const MAX_PAYLOAD = 1000;
const MAX_METADATA = 1000;

const MESSAGING_TYPES = ['RESPONSE', 'UPDATE', 'MESSAGE_TAG'];
const MESSAGE_TAGS = ['ACCOUNT_UPDATE', 'CONFIRMED_EVENT_UPDATE', 'CUSTOMER_FEEDBACK', 'HUMAN_AGENT', 'POST_PURCHASE_UPDATE'];
const SENDER_ACTIONS = ['mark_seen', 'typing_on', 'typing_off'];

// Unique within the process by the counter, across processes by the prefix,
// and free of the cost of fresh randomness on every send.
const MESSAGE_ID_PREFIX = `m_${randomBytes(9).toString('base64url')}`;
let messagesSent = 0;

function newMessageId(): string {
  messagesSent += 1;
  return `${MESSAGE_ID_PREFIX}${messagesSent.toString(36).padStart(8, '0')}`;
}

type MessageContent = Omit<SentMessage, 'seq' | 'at' | 'messageId'>;

function isSenderAction(body: unknown): boolean {
  return isRecord(body) && body.sender_action !== undefined && body.message === undefined;
}

function oneOf(value: unknown, allowed: readonly string[], param: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) throw invalidParameter(`Param ${param} must be one of {${allowed.join(', ')}}`);
  return value;
}

function parseQuickReplies(value: unknown): QuickReply[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw invalidParameter('Param message[quick_replies] must be an array');
  if (value.length > MAX_QUICK_REPLIES) {
    throw invalidParameter(`Param message[quick_replies] must be an array of at most ${MAX_QUICK_REPLIES} elements`);
  }
  return value.map((reply: unknown, index) => {
    const param = `message[quick_replies][${index}]`;
    if (!isRecord(reply)) throw invalidParameter(`Param ${param} must be an object`);
    // The other content types (user_email, user_phone_number) are not emulated: the bot sends text replies.
    oneOf(reply.content_type, ['text'], `${param}[content_type]`);
    return {
      title: requiredString(reply.title, `${param}[title]`, MAX_QUICK_REPLY_TITLE),
      payload: requiredString(typeof reply.payload === 'number' ? String(reply.payload) : reply.payload, `${param}[payload]`, MAX_PAYLOAD),
    };
  });
}

function parseMessage(body: Record<string, unknown>, recipientId: string): MessageContent {
  if (body.messaging_type === undefined) throw invalidParameter('The parameter messaging_type is required');
  const messagingType = oneOf(body.messaging_type, MESSAGING_TYPES, 'messaging_type');
  let tag: string | undefined;
  if (body.tag !== undefined) {
    if (messagingType !== 'MESSAGE_TAG') throw invalidParameter('Param tag can only be used with messaging_type MESSAGE_TAG');
    tag = oneOf(body.tag, MESSAGE_TAGS, 'tag');
  } else if (messagingType === 'MESSAGE_TAG') {
    throw invalidParameter('Param tag is required when messaging_type is MESSAGE_TAG');
  }

  const { message } = body;
  if (!isRecord(message)) throw invalidParameter('Param message must be an object');
  if (message.text === undefined) {
    if (message.attachment !== undefined) throw invalidParameter('The graph emulator sends text messages only: message[attachment] is not supported');
    throw invalidParameter('Message cannot be empty, must provide valid attachment or text');
  }
  const content: MessageContent = {
    recipientId,
    text: requiredString(message.text, 'message[text]', MAX_TEXT),
    messagingType,
  };
  const quickReplies = parseQuickReplies(message.quick_replies);
  if (quickReplies !== undefined) content.quickReplies = quickReplies;
  const metadata = optionalString(message.metadata, 'message[metadata]', MAX_METADATA);
  if (metadata !== undefined) content.metadata = metadata;
  if (tag !== undefined) content.tag = tag;
  return content;
}

/** `POST /{version}/me/messages`: messages and sender actions. */
export const messagesEdge: Edge = {
  kind: (request) => (isSenderAction(request.body) ? 'sender_action' : 'message'),

  prepare(request): Operation {
    const body = requireBody(request.body);
    const recipientId = requireRecipientId(body);
    const hasMessage = body.message !== undefined;
    const hasAction = body.sender_action !== undefined;
    if (hasMessage && hasAction) throw invalidParameter('Only one of message and sender_action may be sent in a request');
    if (!hasMessage && !hasAction) throw invalidParameter('Must send either message or sender_action');

    if (hasAction) {
      oneOf(body.sender_action, SENDER_ACTIONS, 'sender_action');
      return () => ({ response: { recipient_id: recipientId } });
    }
    const content = parseMessage(body, recipientId);
    return () => {
      const messageId = newMessageId();
      return { response: { recipient_id: recipientId, message_id: messageId }, message: { ...content, messageId } };
    };
  },
};
