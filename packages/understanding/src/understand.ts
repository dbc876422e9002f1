// One call for the bot: everything it needs to know about a citizen's message
// before searching the knowledge base.

import { isAngry } from './anger.ts';
import { stripInjection, looksLikeInjection } from './injection.ts';
import { detectIntent, type Intent } from './intent.ts';
import { detectLanguage, type Language } from './language.ts';
import { PLACEHOLDERS, redactKeepingLayout, type SensitiveKind } from './redaction.ts';
import { clean, normaliseWhitespace } from './text.ts';

export interface Understanding {
  language: Language;
  /** The redacted text with any prompt-injection sentences removed: what search and the model may see. */
  text: string;
  redacted: SensitiveKind[];
  intent: Intent;
  angry: boolean;
  /** The message tried to change the bot's role / reveal its instructions. */
  injection: boolean;
}

// Placeholders are English ("[phone number]") and would tip a Swahili message
// towards English; language is judged on the citizen's own words.
const PLACEHOLDER_TEXT = new Set(Object.values(PLACEHOLDERS));
function withoutPlaceholders(text: string): string {
  return text.replace(/\[[^\]]{1,20}\]/g, (m) => (PLACEHOLDER_TEXT.has(m) ? ' ' : m));
}

export function understand(text: string, options: { previousLanguage?: Language } = {}): Understanding {
  const raw = clean(text);
  // Redact first, keeping line breaks: they mark the sentence boundaries that
  // injection stripping needs.
  const redaction = redactKeepingLayout(raw);
  const visible = stripInjection(redaction.text);
  const injection = looksLikeInjection(raw);
  // A message that was nothing but an injection still has a language to be answered in.
  const own = withoutPlaceholders(visible) || withoutPlaceholders(redaction.text);
  return {
    language: detectLanguage(own, options.previousLanguage ?? 'en'),
    text: visible,
    redacted: redaction.found,
    intent: detectIntent(visible),
    // Shouting inside a pasted jailbreak is not the citizen's mood.
    angry: isAngry(injection ? stripInjection(raw) : normaliseWhitespace(raw)),
    injection,
  };
}
