// What the citizen wants from this message: a person, small talk, or an
// answer. Anything that is not clearly one of the first four is a question,
// because answering a greeting with search results is a smaller failure than
// greeting back someone who asked something.

import { isKnownWord } from './language.ts';
import { clean, words } from './text.ts';
import { BARE_REQUEST_FILLERS, PEOPLE, SWAHILI_ASKING, SWAHILI_TALK_ROOTS } from './words/handover.ts';
import {
  ABOUT_ASSISTANT_PHRASES,
  GOODBYE_WORDS,
  GREETING_PHRASES,
  GREETING_WORDS,
  SMALL_TALK_FILLERS,
  THANKS_FILLERS,
  THANKS_WORDS,
} from './words/social.ts';

export type Intent = 'handover' | 'greeting' | 'thanks' | 'goodbye' | 'about_assistant' | 'question';

// Postback payloads of the page's "Talk to a person" buttons arrive as text.
const PAYLOADS = new Set(['HANDOVER', 'TALK_TO_PERSON']);

// --- Asking for a person ---------------------------------------------------------

// "Agent" is also M-Pesa and company vocabulary ("agent number", "agent of a
// company"): it names a person only when no such noun follows.
const PERSON =
  '(?:(?:person|human being|humans?|someone|somebody|representative|rep|officer|operator|staff|attendant|' +
  'customer (?:care|service|support)|support (?:team|staff)|mhudumu|binadamu|afisa|mwakilishi)\\b' +
  '|(?:agents?|wakala)\\b(?! (?:number|no|code|id|registration|licen[cs]e|of|for|account|till|business|location|near|outlet)\\b))';

// Applied to the message's words joined by single spaces; every repetition is
// bounded, so matching stays linear.
const ENGLISH_HANDOVER: readonly RegExp[] = [
  new RegExp(`\\b(?:talk|speak|chat|converse|communicate|connect me|transfer me|put me through|escalate|reach|contact)(?: [^ ]+){0,4}? ${PERSON}`),
  new RegExp(`\\b(?:want|need|get|give|send|find|request|prefer|assign)(?: me| us)?(?: to)?(?: (?:a|an|the|some|real|live|actual|proper)){0,2} ${PERSON}`),
  /\b(?:real|live|actual|physical) (?:person|human|agent|people|being|officer)\b/,
  /\bhuman (?:being|agent|support|assistance|help|please)\b/,
  /\bcustomer (?:care|service|services|support)\b/,
  /\b(?:call|phone|ring) me\b|\bcall me back\b|\bgive me a call\b|\bcall back\b/,
  /\b(?:not|no|stop|hate|do not want)(?: (?:a|the|this|talking|chatting|to|with)){0,3} (?:bot|robot|machine)s?\b/,
];

const SWAHILI_HANDOVER: readonly RegExp[] = [
  /\b(?:mtu|binadamu|watu) (?:halisi|wa kweli)\b/,
  // "nipigie", "mnipigie", "unipigie", "kunipigia": call me (us).
  /\b(?:ku|m|u|mu)?(?:ni|tu)pigi(?:a|e|eni|we|ye)\b/,
];

const SWAHILI_PEOPLE = new Set([...PEOPLE, 'mtu', 'watu']);

// "nataka kuongea na mtu", "naomba kuongea na binadamu", "ongea na mtu":
// a verb of speaking, then "na" + a person within a few words.
function asksToTalkInSwahili(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!SWAHILI_TALK_ROOTS.some((root) => w.includes(root))) continue;
    for (let j = i + 1; j < Math.min(ws.length - 1, i + 5); j++) {
      if (ws[j] === 'na' && SWAHILI_PEOPLE.has(ws[j + 1]!)) return true;
      if (ws[j] === 'na' && ws[j + 1] === 'customer' && ws[j + 2] === 'care') return true;
    }
  }
  return false;
}

// "nipe mhudumu", "naomba binadamu", "nataka mtu halisi". A bare "mtu" is
// too common ("nataka mtu wa kuchukua kitambulisho") unless it ends the request.
function asksForPersonInSwahili(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    if (!SWAHILI_ASKING.has(ws[i]!)) continue;
    for (let j = i + 1; j <= Math.min(ws.length - 1, i + 3); j++) {
      const w = ws[j]!;
      if (PEOPLE.has(w) && w !== 'people') return true;
      if (w === 'mtu') {
        const next = ws[j + 1];
        if (next === undefined || next === 'tafadhali' || next === 'halisi' || next.startsWith('anisaidi') || next.startsWith('tuongee') || next.startsWith('niongee')) return true;
      }
    }
  }
  return false;
}

// "agent", "Human please!!", "mhudumu tafadhali": nothing but the request.
function isBareRequest(ws: readonly string[]): boolean {
  let person = false;
  for (const w of ws) {
    if (PEOPLE.has(w) || w === 'handover' || w === 'mtu') person = true;
    else if (!BARE_REQUEST_FILLERS.has(w)) return false;
  }
  return person;
}

export function wantsPerson(text: string): boolean {
  const ws = words(text);
  const joined = ws.join(' ');
  return (
    ENGLISH_HANDOVER.some((p) => p.test(joined)) ||
    SWAHILI_HANDOVER.some((p) => p.test(joined)) ||
    asksToTalkInSwahili(ws) ||
    asksForPersonInSwahili(ws) ||
    isBareRequest(ws)
  );
}

// --- Small talk --------------------------------------------------------------------

const THANKS_EMOJI = /\u{1F64F}|\u{1F44D}|\u2764|\u{1F60A}|\u{1F642}|\u{1F91D}/u;
const WAVE_EMOJI = /\u{1F44B}/u;

type SmallTalk = 'greeting' | 'thanks' | 'goodbye';

/** Greeting, thanks or goodbye when the message is (almost) nothing else; null otherwise. */
export function smallTalk(text: string): SmallTalk | null {
  const ws = words(text);
  if (ws.length === 0) {
    if (THANKS_EMOJI.test(text)) return 'thanks';
    if (WAVE_EMOJI.test(text)) return 'greeting';
    return null;
  }
  const joined = ws.join(' ');
  let greeting = GREETING_PHRASES.some((p) => p.test(joined));
  let thanks = false;
  let goodbye = false;
  let thanksOnly = false;
  const others: string[] = [];
  for (const w of ws) {
    if (GREETING_WORDS.has(w)) greeting = true;
    else if (THANKS_WORDS.has(w)) thanks = true;
    else if (GOODBYE_WORDS.has(w)) goodbye = true;
    else if (SMALL_TALK_FILLERS.has(w)) continue;
    else if (THANKS_FILLERS.has(w)) thanksOnly = true;
    else others.push(w);
  }
  if (!greeting && !thanks && !goodbye) return null;
  if (thanksOnly && !thanks) return null;
  // One word that belongs to no vocabulary is most likely a name ("Hello
  // Wanjiku"); a real word ("hi passport") means there is a request in it.
  if (others.length > 1) return null;
  const other = others[0];
  if (other !== undefined && (/\d/.test(other) || isKnownWord(other))) return null;
  // "asante, kwaheri" closes the conversation; "hi, thanks" thanks.
  if (goodbye) return 'goodbye';
  if (thanks) return 'thanks';
  return 'greeting';
}

/** Words at most in a message that only asks about the assistant: more, and there is a request in it too. */
const ABOUT_ASSISTANT_WORDS = 8;

/** "what is your name", "wewe ni robot?": a short message asking who or what the bot is. */
function asksAboutAssistant(text: string): boolean {
  const ws = words(text);
  return ws.length <= ABOUT_ASSISTANT_WORDS && ABOUT_ASSISTANT_PHRASES.some((p) => p.test(ws.join(' ')));
}

export function detectIntent(text: string): Intent {
  const cleaned = clean(text).trim();
  if (PAYLOADS.has(cleaned)) return 'handover';
  if (asksAboutAssistant(cleaned)) return 'about_assistant';
  if (wantsPerson(cleaned)) return 'handover';
  return smallTalk(cleaned) ?? 'question';
}
