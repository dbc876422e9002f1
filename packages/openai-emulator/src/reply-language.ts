import { messageText } from './message-text.ts';
import type { ChatMessage } from './types.ts';

export type ReplyLanguage = 'en' | 'sw';

const INSTRUCTION = /\b(?:reply|replies|respond|responses?|answer|answers|write|speak|language)\b/i;
const SWAHILI = /\b(?:ki)?swahili\b/i;
const ENGLISH = /\benglish\b/i;
const NEGATION = /\b(?:not|never|don't|avoid)\b/i;

/**
 * Swahili when a system or developer message has a sentence (or line) that
 * tells the model how to reply, names Swahili or Kiswahili, names no English
 * and negates nothing: "Reply in Kiswahili.", "Answer the citizen in
 * Swahili", "Reply language: Swahili". English otherwise, including "Reply
 * in English or Kiswahili, as the citizen wrote" and "Never reply in Swahili":
 * those leave the choice to the model, and a stand-in that cannot understand
 * the citizen takes the default.
 */
export function replyLanguage(messages: readonly ChatMessage[]): ReplyLanguage {
  for (const message of messages) {
    if (message.role !== 'system' && message.role !== 'developer') continue;
    for (const sentence of messageText(message).split(/(?<=[.!?])\s+|\n+/)) {
      if (INSTRUCTION.test(sentence) && SWAHILI.test(sentence) && !ENGLISH.test(sentence) && !NEGATION.test(sentence)) return 'sw';
    }
  }
  return 'en';
}
