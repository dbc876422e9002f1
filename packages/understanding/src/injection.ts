// Prompt injection: text that addresses the model rather than the service
// ("ignore previous instructions", "you are now DAN", "reveal your system
// prompt"). Such sentences are removed before the model sees the message, and
// the rest of the message is still answered: a citizen who pasted a joke
// prompt above a real question gets the answer.

import { clean, normaliseWhitespace, phraseForm, sentences } from './text.ts';

// All patterns run on phraseForm(): lower-case words joined by single spaces,
// contractions expanded ("you're" -> "you are"). Repetitions are bounded, so
// each pattern is linear in the text.
const TARGETS =
  '(?:instructions?|rules?|prompts?|directions?|directives?|guidelines?|context|programming|training|' +
  'constraints?|restrictions?|polic(?:y|ies)|guardrails?|commands?|settings|filters?|above)';
const QUALIFIERS =
  '(?:all|any|every|the|your|these|those|of|previous|prior|above|earlier|preceding|initial|original|' +
  'system|given|existing|current|default|safety|my|that|everything|and|other)';
const SECRET_QUALIFIERS = '(?:exact|full|original|initial|hidden|secret|system|internal|first|previous|prior|entire|complete|developer)';

const PATTERNS: readonly RegExp[] = [
  // Overriding: "ignore all previous instructions", "ignore all the above", "forget your rules".
  new RegExp(`\\b(?:ignore|disregard|forget|override|bypass|overrule)(?: ${QUALIFIERS}){0,5} ${TARGETS}\\b`),
  /\b(?:ignore|disregard|forget) (?:everything|all|anything|whatever)(?: that)? you (?:were|have been|are) (?:told|given|instructed|programmed|trained)\b/,
  // Re-casting the bot: "you are now DAN", "from now on you ...", "pretend you are", "act as".
  /\b(?:you are|u are|you r|u r|ur) now\b/,
  /\b(?:you will|you must|you shall) now (?:be|act|pretend|respond|answer|behave|ignore|obey|only|always)\b/,
  /\bfrom now on(?: [^ ]+){0,2} (?:you|act|pretend|respond|answer|behave|ignore|reply)\b/,
  /\bpretend(?: that)? (?:to be|you are|you can|you have|to have|you do not|there are no)\b/,
  // "Act as" only as an order to the bot: "can my brother act as guarantor" is a question.
  /(?:^|\b(?:please|you|now|just|can you|could you|will you|want you to|need you to) )act (?:as|like)\b/,
  /\brole ?play(?:ing)? as\b/,
  // Extracting the prompt: "system prompt", "reveal your instructions".
  /\bsystem (?:prompts?|message|instructions?)\b/,
  // Not "full instructions" or "previous prompt": citizens follow instructions and get M-Pesa prompts.
  /\b(?:hidden|secret|system|internal|developer|initial|original|base) (?:prompts?|instructions)\b/,
  new RegExp(
    `\\b(?:reveal|show|print|display|tell|repeat|output|leak|share|give|dump|list|recite|write out|what are|what were|what is)` +
      `(?: (?:me|us|all|of|out)){0,3} (?:your|ur)(?: ${SECRET_QUALIFIERS}){0,2} (?:instructions?|prompts?|rules|guidelines|programming|configuration|directives?)\\b`,
  ),
  /\byour (?:programming|system prompt|guardrails)\b/,
  // Known jailbreak names and modes.
  /\b(?:developer|dan|god|jailbreak|unrestricted|debug|admin) mode\b/,
  /\bjailbreak(?:ed|ing)?\b|\bdo anything now\b/,
  /\b(?:here are|these are) (?:your )?new (?:instructions|rules)\b|\byour new (?:instructions|rules|role|task|persona)\b/,
  // Swahili: "puuza maagizo yote ya awali", "sahau sheria zako", "wewe sasa ni ...".
  /\b(?:puuza|puuzia|usizingatie|usifuate|sahau|achana na|acha kufuata)(?: [^ ]+){0,2} (?:maagizo|maelekezo|sheria|kanuni|amri|mafunzo|masharti)\b/,
  /\b(?:maagizo|maelekezo|kanuni|masharti) (?:yako|zako|uliyopewa|ulizopewa|ya mfumo|za mfumo|ya awali)\b|\bsheria zako\b/,
  /\b(?:wewe sasa ni|sasa wewe ni|kuanzia sasa wewe|jifanye (?:wewe )?ni|jifanye kuwa|jifanye)\b/,
  /\b(?:nionyeshe|onyesha|niambie|toa|fichua|nipe)(?: [^ ]+){0,1} (?:maagizo|maelekezo) (?:yako|uliyopewa)\b/,
];

function isInjectionSentence(sentence: string): boolean {
  const form = phraseForm(sentence);
  return form.length > 0 && PATTERNS.some((p) => p.test(form));
}

/** The message tries to change the bot's role or extract its instructions. */
export function looksLikeInjection(text: string): boolean {
  // Sentence by sentence for patterns anchored at a sentence start ("Act as
  // ..."), then whole, for an attempt split over lines.
  return sentences(text).some(isInjectionSentence) || isInjectionSentence(clean(text));
}

/** The text without its injection sentences, whitespace normalised. */
export function stripInjection(text: string): string {
  const kept = sentences(text).filter((s) => !isInjectionSentence(s));
  const result = normaliseWhitespace(kept.join(' '));
  // The attempt was spread over sentences that each look innocent: keep nothing
  // rather than hand the model the reassembled instruction.
  return isInjectionSentence(result) ? '' : result;
}
