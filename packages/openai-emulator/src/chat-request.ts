import { invalidRequest, invalidType, invalidValue, missingParameter, RefusedRequest } from './openai-errors.ts';
import { isRecord } from './is-record.ts';
import { optionalNumber, requireModel, requireObjectBody } from './request-fields.ts';
import { CHAT_ROLES, type ChatRequest, type ChatRole } from './types.ts';

function isRole(value: unknown): value is ChatRole {
  return typeof value === 'string' && (CHAT_ROLES as string[]).includes(value);
}

function checkMessage(message: unknown, index: number): void {
  const at = `messages[${index}]`;
  if (!isRecord(message)) throw new RefusedRequest(invalidType(at, 'an object', message));
  const { role, content } = message;
  if (role === undefined) throw new RefusedRequest(missingParameter(`${at}.role`));
  if (!isRole(role)) throw new RefusedRequest(invalidValue(`${at}.role`, role, CHAT_ROLES));
  // An assistant turn that only called tools has no content; every other turn must have some.
  if (content === undefined || content === null) {
    if (role === 'assistant') return;
    throw new RefusedRequest(missingParameter(`${at}.content`));
  }
  if (typeof content === 'string') return;
  if (!Array.isArray(content)) throw new RefusedRequest(invalidType(`${at}.content`, 'one of a string or an array', content));
  content.forEach((part: unknown, partIndex) => {
    const partAt = `${at}.content[${partIndex}]`;
    if (!isRecord(part)) throw new RefusedRequest(invalidType(partAt, 'an object', part));
    if (typeof part.type !== 'string') throw new RefusedRequest(missingParameter(`${partAt}.type`));
    if (part.type === 'text' && typeof part.text !== 'string') throw new RefusedRequest(invalidType(`${partAt}.text`, 'a string', part.text));
  });
}

/**
 * Checks a chat completions body the way OpenAI does for the fields the
 * emulator reads, and returns it unchanged (every other field kept) so the
 * recorded request is exactly what the client sent.
 */
export function parseChatRequest(input: unknown): ChatRequest {
  const body = requireObjectBody(input);
  requireModel(body);
  const { messages, stream } = body;
  if (messages === undefined) throw new RefusedRequest(missingParameter('messages'));
  if (!Array.isArray(messages)) throw new RefusedRequest(invalidType('messages', 'an array', messages));
  if (messages.length === 0) {
    throw new RefusedRequest(
      invalidRequest("Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", 'messages', 'empty_array'),
    );
  }
  messages.forEach(checkMessage);
  if (stream !== undefined && stream !== null && typeof stream !== 'boolean') throw new RefusedRequest(invalidType('stream', 'a boolean', stream));
  optionalNumber(body, 'temperature', { min: 0, max: 2 });
  optionalNumber(body, 'top_p', { min: 0, max: 1 });
  optionalNumber(body, 'max_tokens', { min: 1, integer: true });
  optionalNumber(body, 'max_completion_tokens', { min: 1, integer: true });
  return body as ChatRequest;
}
