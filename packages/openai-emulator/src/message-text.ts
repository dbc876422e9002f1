import type { ChatMessage } from './types.ts';

/** The text of a message: its string content, or its text parts joined by newlines (images and the like have none). */
export function messageText(message: Pick<ChatMessage, 'content'>): string {
  const { content } = message;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .flatMap((part) => (typeof part.text === 'string' ? [part.text] : []))
    .join('\n');
}
