import type { Answerer, TurnReply } from './answerer.ts';

export const GET_STARTED_PAYLOAD = 'GET_STARTED';

const HELP_CHOICES = [
  { title: 'Talk to a person', payload: 'HUMAN_AGENT_REQUEST' },
  { title: 'eCitizen help', payload: 'ECITIZEN_HELP' },
];

const SWAHILI_HINTS = /\b(habari|jambo|nime|nina|naomba|tafadhali|asante|kitambulisho|leseni|malipo|kulipa|sijapata|ninawezaje|huduma)\w*/i;

/**
 * A fixed, polite acknowledgement in the citizen's language: the answer the
 * pipeline gives until the knowledge-based answerer is plugged in, and the
 * instant answer the benchmarks use. Attachments get a note that only text is
 * read; the Get Started button gets a welcome.
 */
export const acknowledgementAnswerer: Answerer = async ({ messages }) => {
  const last = messages.at(-1);
  if (last?.payload === GET_STARTED_PAYLOAD) {
    return {
      text: 'Karibu! Welcome to eCitizen support. Ask me about any eCitizen service, in English or Kiswahili.',
      quickReplies: HELP_CHOICES,
    };
  }
  const texts = messages.map((message) => message.text ?? '').join(' ').trim();
  if (texts === '' && messages.some((message) => message.attachments.length > 0)) {
    return {
      text: 'Thanks! I can only read text for now: please type your question. / Asante! Kwa sasa ninasoma maandishi tu: tafadhali andika swali lako.',
    };
  }
  const reply: TurnReply = SWAHILI_HINTS.test(texts)
    ? { text: 'Asante kwa ujumbe wako. Tumeupokea na tutakujibu hivi punde.', quickReplies: HELP_CHOICES }
    : { text: 'Thank you for your message. We have received it and will get back to you shortly.', quickReplies: HELP_CHOICES };
  return reply;
};
