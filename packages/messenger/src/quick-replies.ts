import { truncateCodeUnits } from './code-units.ts';

export const MAX_QUICK_REPLIES = 13;
export const QUICK_REPLY_TITLE_LIMIT = 20;
export const QUICK_REPLY_PAYLOAD_LIMIT = 1000;

export interface QuickReply {
  title: string;
  payload: string;
}

export interface GraphQuickReply {
  content_type: 'text';
  title: string;
  payload: string;
}

function fitTitle(title: string): string {
  if (title.length <= QUICK_REPLY_TITLE_LIMIT) return title;
  return `${truncateCodeUnits(title, QUICK_REPLY_TITLE_LIMIT - 1).trimEnd()}…`;
}

/**
 * Quick replies in the shape and within the limits Graph accepts. Graph
 * rejects the whole message when one button is out of bounds, so buttons are
 * shortened or left out here instead: the answer still reaches the citizen.
 */
export function toQuickReplies(options: QuickReply[]): GraphQuickReply[] {
  return options
    .map((option) => ({
      content_type: 'text' as const,
      title: fitTitle(option.title.trim()),
      payload: truncateCodeUnits(option.payload, QUICK_REPLY_PAYLOAD_LIMIT),
    }))
    // Graph requires both; dropping a blank button beats losing the message.
    .filter((reply) => reply.title !== '' && reply.payload !== '')
    .slice(0, MAX_QUICK_REPLIES);
}
