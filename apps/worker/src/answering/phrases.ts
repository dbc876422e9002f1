import type { Language } from '@ecitizen/understanding';

/**
 * Everything the bot says in its own words, in English and Kiswahili. Answers
 * themselves come from the knowledge base; these frame them. Quick-reply
 * titles stay within Messenger's 20 characters.
 */
export interface Phrases {
  welcome: string;
  askQuestion: string;
  textOnly: string;
  greeting: string;
  thanks: string;
  goodbye: string;
  service(title: string, agency: string | null, url: string | null): string;
  agency(name: string, description: string, url: string | null): string;
  faq(answer: string): string;
  article(answer: string, url: string | null): string;
  alsoSee: string;
  /** Before an answer found from part of a long message: said as a guess, not a certainty. */
  likely: string;
  notFound: string;
  /** Services that may be what an unclear message asks for, one per line. */
  didYouMean(choices: readonly string[]): string;
  offTopic: string;
  sensitiveData: string;
  sorry: string;
  handoverOpen: string;
  handoverClosed(hours: string): string;
  talkToPerson: string;
  askAnother: string;
}

export const PHRASES: Record<Language, Phrases> = {
  en: {
    welcome: 'Karibu! I am the eCitizen assistant. Ask me about any eCitizen service (passports, IDs, driving licences, business names, payments…) in English or Kiswahili.',
    askQuestion: 'Sure: type your question, for example "renew driving licence" or "apply for a passport".',
    textOnly: 'Thanks! I can only read text: please type your question.',
    greeting: 'Hello! How can I help you with eCitizen services today?',
    thanks: "You're welcome! Is there anything else I can help with?",
    goodbye: 'Goodbye! Come back any time you need help with eCitizen.',
    service: (title, agency, url) =>
      `${title}${agency ? ` is offered by ${agency}` : ' is an eCitizen service'}.${url ? ` You can apply or learn more here: ${url}` : ''}`,
    agency: (name, description, url) => `${name}: ${description}${url ? ` Website: ${url}` : ''}`,
    faq: (answer) => answer,
    article: (answer, url) => `${answer}${url ? ` More: ${url}` : ''}`,
    alsoSee: 'Not what you need? Related services are below.',
    likely: 'I think this is what you need:',
    notFound:
      'Sorry, I could not find an eCitizen service for that. Could you say it in other words (for example "apply for a passport")? I can also pass you to a person.',
    didYouMean: (choices) => `I am not sure which service you need. Is it one of these?\n${choices.join('\n')}\nIf not, say it in other words, or ask for a person.`,
    offTopic: 'I can only help with eCitizen government services. Ask me about a service, for example "how do I renew my driving licence?"',
    sensitiveData: 'For your safety, please do not share ID numbers, phone numbers, M-Pesa codes, card numbers or passwords here: I have not kept them.',
    sorry: 'I am sorry about the trouble.',
    handoverOpen: 'I have passed your conversation to our support team: a person will reply here soon.',
    handoverClosed: (hours) =>
      `I have passed your conversation to our support team. They are available ${hours} (Kenya time) and will reply here when they are back.`,
    talkToPerson: 'Talk to a person',
    askAnother: 'Ask something else',
  },
  sw: {
    welcome: 'Karibu! Mimi ni msaidizi wa eCitizen. Niulize kuhusu huduma yoyote ya eCitizen (pasipoti, kitambulisho, leseni ya udereva, jina la biashara, malipo…) kwa Kiswahili au Kiingereza.',
    askQuestion: 'Sawa: andika swali lako, kwa mfano "kufanya upya leseni ya udereva" au "kuomba pasipoti".',
    textOnly: 'Asante! Ninasoma maandishi tu: tafadhali andika swali lako.',
    greeting: 'Habari! Nikusaidie vipi na huduma za eCitizen leo?',
    thanks: 'Karibu! Kuna jambo lingine nikusaidie?',
    goodbye: 'Kwaheri! Karibu tena wakati wowote.',
    service: (title, agency, url) =>
      `${title}${agency ? ` hutolewa na ${agency}` : ' ni huduma ya eCitizen'}.${url ? ` Unaweza kutuma ombi au kupata maelezo zaidi hapa: ${url}` : ''}`,
    agency: (name, description, url) => `${name}: ${description}${url ? ` Tovuti: ${url}` : ''}`,
    faq: (answer) => `(Kwa Kiingereza) ${answer}`,
    article: (answer, url) => `${answer}${url ? ` Zaidi: ${url}` : ''}`,
    alsoSee: 'Sio unachohitaji? Huduma zinazohusiana ziko hapa chini.',
    likely: 'Nadhani hiki ndicho unachohitaji:',
    notFound:
      'Samahani, sikupata huduma ya eCitizen kwa hilo. Unaweza kueleza kwa maneno mengine (kwa mfano "kuomba pasipoti")? Ninaweza pia kukuunganisha na mtu.',
    didYouMean: (choices) => `Sina uhakika ni huduma gani unahitaji. Je, ni mojawapo ya hizi?\n${choices.join('\n')}\nKama sivyo, eleza kwa maneno mengine, au uombe kuongea na mtu.`,
    offTopic: 'Ninaweza kusaidia tu kuhusu huduma za serikali kwenye eCitizen. Niulize kuhusu huduma, kwa mfano "nitafanyaje upya leseni ya udereva?"',
    sensitiveData:
      'Kwa usalama wako, tafadhali usitume namba ya kitambulisho, namba ya simu, msimbo wa M-Pesa, namba ya kadi au nenosiri hapa: sijazihifadhi.',
    sorry: 'Samahani kwa usumbufu.',
    handoverOpen: 'Nimekuunganisha na timu yetu ya huduma: mtu atakujibu hapa hivi karibuni.',
    handoverClosed: (hours) => `Nimekuunganisha na timu yetu ya huduma. Wanapatikana ${hours} (saa za Kenya) na watakujibu hapa watakaporudi.`,
    talkToPerson: 'Ongea na mtu',
    askAnother: 'Uliza kingine',
  },
};
