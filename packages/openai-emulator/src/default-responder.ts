/**
 * # The default responder
 *
 * What the emulator answers to a chat completion when no test set a
 * responder: a short answer that is deterministic (the same request always
 * gets the same answer) and grounded in the request, so that an end-to-end
 * run of the bot produces a plausible reply that tests can predict.
 *
 * ## Sources
 *
 * The context is the text of the system, developer and tool messages, in
 * order, then of the last user message (prompts often put the retrieved
 * passages there, above the question). Earlier user and assistant turns are
 * conversation history, not context. The first http(s) URL in the context is
 * the source the answer points to. Its title is taken
 * when recognisable (see context-sources.ts): a Markdown link's text, a
 * `title:` field, text set apart before the URL on its line
 * ("Passport — https://…"), a list item above it ("[1] Passport
 * application"), or a heading-like first line of its paragraph.
 *
 * ## Language
 *
 * Swahili when a system or developer message contains a sentence that
 * instructs how to reply, names Swahili or Kiswahili, does not name English
 * and negates nothing ("Reply in Kiswahili.", "Reply language: Swahili");
 * English otherwise (see reply-language.ts). The citizen's own words are not
 * looked at: the prompt decides, as it would for the real model.
 *
 * ## Answers
 *
 * | context                | English                                                   | Swahili                                                      |
 * | ---------------------- | --------------------------------------------------------- | ------------------------------------------------------------ |
 * | URL with a title       | For "<title>", you can apply here: <url>                  | Kwa "<title>", unaweza kutuma ombi hapa: <url>               |
 * | URL, no title          | You can apply here: <url>                                 | Unaweza kutuma ombi hapa: <url>                              |
 * | no URL                 | I'm sorry, I don't know the answer to that, but I can connect you with a person who can help. | Samahani, sijui jibu la swali hilo, lakini ninaweza kukuunganisha na mtu atakayekusaidia. |
 *
 * The URL always ends the answer, with nothing after it, so a test (or the
 * bot) can take it from the end of the text.
 */
import { firstSource, type Source } from './context-sources.ts';
import { replyLanguage, type ReplyLanguage } from './reply-language.ts';
import type { ChatRequest } from './types.ts';

export const NO_ANSWER: Record<ReplyLanguage, string> = {
  en: "I'm sorry, I don't know the answer to that, but I can connect you with a person who can help.",
  sw: 'Samahani, sijui jibu la swali hilo, lakini ninaweza kukuunganisha na mtu atakayekusaidia.',
};

function pointTo(source: Source, language: ReplyLanguage): string {
  if (language === 'sw') return source.title ? `Kwa "${source.title}", unaweza kutuma ombi hapa: ${source.url}` : `Unaweza kutuma ombi hapa: ${source.url}`;
  return source.title ? `For "${source.title}", you can apply here: ${source.url}` : `You can apply here: ${source.url}`;
}

export function defaultResponder(request: ChatRequest): string {
  const language = replyLanguage(request.messages);
  const source = firstSource(request.messages);
  return source ? pointTo(source, language) : NO_ANSWER[language];
}
