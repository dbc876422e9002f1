// Is the citizen angry? Used to soften the reply and to bring a person in
// sooner, so it looks for insults and shouting, not for complaints: "my
// payment has not reflected" is the bot's everyday work, not anger.

import { clean, words } from './text.ts';
import { ANGRY_PHRASES, INSULT_WORDS, POSITIVE_WORDS, PROFANE_PREFIXES } from './words/insults.ts';

// Self-censored profanity keeps its shape: "f***", "f*ck", "sh*t".
const CENSORED = /\bf[*#@$%]{2,4}|\bf[*#]ck|\bsh[*#!1]t\b/i;

interface Punctuation {
  /** Most "!" in one run of "!" and "?". */
  bangs: number;
  /** A run mixing "!" and "?" ("?!", "!?!"). */
  interrobang: boolean;
}

function exclamation(text: string): Punctuation {
  let bangs = 0;
  let interrobang = false;
  let runBangs = 0;
  let runQuestions = 0;
  for (const ch of text) {
    if (ch === '!') runBangs++;
    else if (ch === '?') runQuestions++;
    else {
      runBangs = 0;
      runQuestions = 0;
      continue;
    }
    bangs = Math.max(bangs, runBangs);
    if (runBangs > 0 && runQuestions > 0) interrobang = true;
  }
  return { bangs, interrobang };
}

// Capitals on a long message read as shouting; on "KRA PIN" they are just an acronym.
function isShouting(text: string, wordCount: number): boolean {
  if (wordCount < 4) return false;
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Lu}/u.test(ch)) upper++;
    }
  }
  return letters >= 15 && upper / letters >= 0.8;
}

export function isAngry(text: string): boolean {
  const cleaned = clean(text);
  const ws = words(cleaned);
  if (ws.some((w) => INSULT_WORDS.has(w) || PROFANE_PREFIXES.some((p) => w.startsWith(p)))) return true;
  const joined = ws.join(' ');
  if (ANGRY_PHRASES.some((p) => p.test(joined)) || CENSORED.test(cleaned)) return true;

  // Shouting and "!!!" are anger only without a kind word: "THANK YOU SO MUCH!!!" is delight.
  if (ws.some((w) => POSITIVE_WORDS.has(w))) return false;
  const { bangs, interrobang } = exclamation(cleaned);
  const longish = ws.length >= 4;
  if (longish && (bangs >= 3 || interrobang || (bangs >= 2 && ws.length >= 8))) return true;
  return isShouting(cleaned, ws.length);
}
