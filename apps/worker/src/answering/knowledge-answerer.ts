import type { Logger } from 'pino';
import { isWithinSupportHours, type Config } from '@ecitizen/config';
import { CONFIDENCE_THRESHOLD, isConfident, isWorthSuggesting, searchMessage, searchResult, type KnowledgeKind, type SearchResult } from '@ecitizen/knowledge';
import { fuseRankings, MEANING_SIMILARITY } from '@ecitizen/knowledge/semantic';
import type { KnowledgeBase } from '@ecitizen/knowledge/store';
import { understand, type Language } from '@ecitizen/understanding';
import type { Answerer, HandoverReason, TurnInput, TurnReply } from './answerer.ts';
import { alternativesOf, describeEntry, sourceOf, suggestionsOf, talkToPerson } from './compose-embedded.ts';
import { meaningSearches, modelLatency, queryRewrites } from '../metrics.ts';
import type { ModelClient } from './model-client.ts';
import { buildPrompt, type ChatMessage } from './model-prompt.ts';
import { buildRewritePrompt, parseRewrite } from './query-rewrite.ts';
import { ASK_QUESTION_PAYLOAD, GET_STARTED_PAYLOAD, HUMAN_AGENT_PAYLOAD, parseKnowledgePayload } from './payloads.ts';
import { PHRASES, type Phrases } from './phrases.ts';
import { mentionsGovernmentService } from './topic.ts';

export interface KnowledgeAnswererOptions {
  knowledge: KnowledgeBase;
  /** The language model; without it every answer is composed from search results. */
  model?: ModelClient;
  handover: Config['handover'];
  log: Logger;
  now?: () => Date;
}

const SEARCH_LIMIT = 5;

/**
 * The bot's answers: what the citizen asked, understood (language, intent,
 * personal data removed, attempts to re-instruct the bot dropped), looked up
 * in the knowledge base, and answered from what was found: by the model when
 * one is configured (falling back to the embedded composition if it fails),
 * else composed here. Asking for a person, anger, or repeated misses hand the
 * conversation over.
 */
export function createKnowledgeAnswerer(options: KnowledgeAnswererOptions): Answerer {
  const { knowledge, log } = options;
  const now = options.now ?? (() => new Date());

  const handover = (phrases: Phrases, language: Language, reason: HandoverReason, prefix: string[] = []): TurnReply => {
    const open = isWithinSupportHours(options.handover.supportHours, now());
    const text = [...prefix, reason === 'angry' ? phrases.sorry : '', open ? phrases.handoverOpen : phrases.handoverClosed(options.handover.supportHours.text)];
    return { text: text.filter(Boolean).join(' '), outcome: 'handover', language, handover: reason };
  };

  const answerEntry = (results: SearchResult[], chosen: SearchResult, phrases: Phrases, language: Language, prefix: string[]): TurnReply => {
    const alternatives = alternativesOf(results, chosen);
    // Found from part of a long message: offered as a guess, the alternatives right below.
    const guess = chosen.confidence < CONFIDENCE_THRESHOLD;
    const text = [...prefix, guess ? `${phrases.likely} ${describeEntry(chosen, phrases)}` : describeEntry(chosen, phrases), alternatives.length > 0 ? phrases.alsoSee : '']
      .filter(Boolean)
      .join('\n\n');
    return {
      text,
      quickReplies: [...alternatives, talkToPerson(phrases)],
      sources: [sourceOf(chosen)],
      outcome: 'answered',
      language,
      matchedKey: `${chosen.kind}:${chosen.externalId}`,
    };
  };

  // Every call to the model, timed in one place: answered or failed (a turn
  // given up on is neither).
  const complete = async (messages: ChatMessage[], signal: AbortSignal): Promise<string> => {
    const started = Date.now();
    try {
      const text = await options.model!.complete(messages, signal);
      modelLatency.observe({ result: 'ok' }, (Date.now() - started) / 1000);
      return text;
    } catch (error) {
      if (!signal.aborted) modelLatency.observe({ result: 'failed' }, (Date.now() - started) / 1000);
      throw error;
    }
  };

  // The search was unsure of the citizen's words: ask the model for the
  // search a clerk would type, and keep it only if the catalogue answers it.
  const searchRestated = async (input: TurnInput, question: string, language: Language): Promise<SearchResult[] | undefined> => {
    try {
      const query = parseRewrite(await complete(buildRewritePrompt(question, language), input.signal));
      if (query === null) {
        queryRewrites.inc({ result: 'declined' });
        return undefined;
      }
      const results = knowledge.search(query, { limit: SEARCH_LIMIT });
      const used = isConfident(results);
      queryRewrites.inc({ result: used ? 'used' : 'unhelpful' });
      log.info({ conversationId: input.conversationId, query, used }, 'search restated by the model');
      return used ? results : undefined;
    } catch (error) {
      if (input.signal.aborted) throw error;
      queryRewrites.inc({ result: 'failed' });
      log.warn({ err: error, conversationId: input.conversationId }, 'model failed to restate the search: using the citizen\'s words');
      return undefined;
    }
  };

  // Choices for a message the search is unsure of: what its words found, if
  // worth offering, and with embeddings what is nearest in meaning, the two
  // rankings fused. Offered only: meaning alone never makes an answer.
  const choicesFor = async (input: TurnInput, question: string, results: SearchResult[]): Promise<SearchResult[]> => {
    const byWords = isWorthSuggesting(results) ? results : [];
    if (!knowledge.semantic) return byWords;
    const started = Date.now();
    try {
      const byMeaning = (await knowledge.searchByMeaning(question, { limit: SEARCH_LIMIT, signal: input.signal })).filter((result) => (result.similarity ?? 0) >= MEANING_SIMILARITY);
      meaningSearches.inc({ result: byMeaning.length > 0 ? 'found' : 'nothing' });
      log.info({ conversationId: input.conversationId, found: byMeaning.length, ms: Date.now() - started }, 'searched by meaning');
      return fuseRankings([byWords, byMeaning], SEARCH_LIMIT);
    } catch (error) {
      if (input.signal.aborted) throw error;
      meaningSearches.inc({ result: 'failed' });
      log.warn({ err: error, conversationId: input.conversationId }, 'search by meaning failed: offering what the words found');
      return byWords;
    }
  };

  const askModel = async (input: TurnInput, question: string, results: SearchResult[], language: Language, phrases: Phrases, prefix: string[]) => {
    const started = Date.now();
    try {
      const text = await complete(buildPrompt({ question, language, results: results.slice(0, SEARCH_LIMIT), history: input.history }), input.signal);
      log.info({ conversationId: input.conversationId, modelMs: Date.now() - started }, 'model answered');
      const [best] = results;
      return {
        text: [...prefix, text].join('\n\n'),
        quickReplies: [talkToPerson(phrases)],
        sources: results.slice(0, 3).map(sourceOf),
        outcome: 'answered' as const,
        language,
        matchedKey: best ? `${best.kind}:${best.externalId}` : undefined,
      };
    } catch (error) {
      if (input.signal.aborted) throw error;
      log.warn({ err: error, conversationId: input.conversationId, modelMs: Date.now() - started }, 'model failed: answering from search results');
      return undefined;
    }
  };

  return async function answer(input) {
    const last = input.messages.at(-1);
    const previous = input.language === 'sw' || input.language === 'en' ? input.language : undefined;
    const payload = last?.payload ?? null;

    if (payload === GET_STARTED_PAYLOAD) {
      const language = previous ?? 'en';
      return { text: PHRASES[language].welcome, quickReplies: [talkToPerson(PHRASES[language])], outcome: 'smalltalk', language };
    }
    if (payload === ASK_QUESTION_PAYLOAD) {
      const language = previous ?? 'en';
      return { text: PHRASES[language].askQuestion, outcome: 'smalltalk', language };
    }
    if (payload === HUMAN_AGENT_PAYLOAD) {
      const language = previous ?? 'en';
      return handover(PHRASES[language], language, 'requested');
    }
    const named = parseKnowledgePayload(payload);
    const chosen = named ? knowledge.get(named.kind as KnowledgeKind, named.externalId) : undefined;
    if (chosen) {
      const language = previous ?? 'en';
      const entry = searchResult(chosen, { score: 1, confidence: 1, knownCoverage: 1, evidence: 1 });
      return answerEntry([entry], entry, PHRASES[language], language, []);
    }

    const said = input.messages.map((message) => message.text ?? '').join('\n').trim();
    if (said === '') {
      const language = previous ?? 'en';
      return { text: PHRASES[language].textOnly, outcome: 'smalltalk', language };
    }

    const understood = understand(said, previous ? { previousLanguage: previous } : {});
    const language = understood.language;
    const phrases = PHRASES[language];
    const sharedPersonalData = understood.redacted.length > 0 || input.messages.some((message) => message.redacted.length > 0);
    const prefix = sharedPersonalData ? [phrases.sensitiveData] : [];

    if (understood.intent === 'handover') return handover(phrases, language, 'requested', prefix);
    if (understood.angry) return handover(phrases, language, 'angry', prefix);
    if (understood.intent === 'greeting' || understood.intent === 'thanks' || understood.intent === 'goodbye') {
      return { text: [...prefix, phrases[understood.intent]].join(' '), outcome: 'smalltalk', language };
    }
    // "What is your name?": who the bot is and what to ask it, not a search for "name".
    if (understood.intent === 'about_assistant') return { text: [...prefix, phrases.welcome].join(' '), quickReplies: [talkToPerson(phrases)], outcome: 'smalltalk', language };

    let { results, confident } = searchMessage((query, searchOptions) => knowledge.search(query, searchOptions), understood.text);
    if (!confident && options.model) {
      const restated = await searchRestated(input, understood.text, language);
      if (restated !== undefined) [results, confident] = [restated, true];
    }
    if (!confident) {
      if (!mentionsGovernmentService(understood.text)) return { text: [...prefix, phrases.offTopic].join(' '), outcome: 'off_topic', language };
      if (input.unansweredStreak + 1 >= options.handover.unansweredLimit) return handover(phrases, language, 'unanswered', prefix);
      // Unsure is not nothing: the service is often among the first few, and
      // a tap on it answers exactly that. Still a miss for the handover count.
      const { lines, quickReplies, offered } = suggestionsOf(await choicesFor(input, understood.text, results));
      if (lines.length > 0) {
        return {
          text: [...prefix, phrases.didYouMean(lines)].join(' '),
          quickReplies: [...quickReplies, talkToPerson(phrases)],
          outcome: 'no_match',
          language,
          sources: offered.map(sourceOf),
        };
      }
      return { text: [...prefix, phrases.notFound].join(' '), quickReplies: [talkToPerson(phrases)], outcome: 'no_match', language };
    }

    if (options.model) {
      const modelReply = await askModel(input, understood.text, results, language, phrases, prefix);
      if (modelReply) return modelReply;
    }
    return answerEntry(results, results[0]!, phrases, language, prefix);
  };
}
