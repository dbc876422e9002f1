import { isWorthSuggesting } from '../search/confidence.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { searchMessage } from '../search/message.ts';
import type { EvalQuestion } from './questions.ts';

export interface EvalScores {
  total: number;
  /** Fraction 0..1 of questions whose first result is expected. */
  hit1: number;
  /** Fraction 0..1 of questions with an expected id among the first three results. */
  hit3: number;
  /**
   * Fraction 0..1 the bot would answer: the search is confident and an
   * expected id is among the first three. A hit the search is unsure of gets
   * "I could not find that" instead.
   */
  answered: number;
  /** Fraction 0..1 where the search is confident and wrong: the bot offers the wrong services. */
  wrong: number;
  /** Fraction 0..1 where the search is unsure but offers choices, the right one among them. */
  offered: number;
}

export interface EvalReport extends EvalScores {
  byLanguage: Record<string, EvalScores>;
  misses: Array<{ question: string; lang: string; expect: string[]; got: Array<{ externalId: string; title: string }> }>;
}

const TOP = 3;

/**
 * Runs every question against the index as the bot searches a message (the
 * whole of it, then its sentences: searchMessage); a miss is a question with
 * no expected id in the top three.
 */
export function evaluate(index: KnowledgeIndex, questions: readonly EvalQuestion[]): EvalReport {
  const counts = new Map<string, Counts>();
  const overall = noCounts();
  const misses: EvalReport['misses'] = [];

  for (const question of questions) {
    const found = searchMessage((query, options) => index.search(query, options), question.question);
    const results = found.results.slice(0, TOP);
    const expected = new Set(question.expect);
    const hit1 = results[0] !== undefined && expected.has(results[0].externalId);
    const hit3 = results.some((result) => expected.has(result.externalId));
    const confident = found.confident;
    const language = counts.get(question.lang) ?? noCounts();
    for (const bucket of [overall, language]) {
      bucket.total += 1;
      if (hit1) bucket.hit1 += 1;
      if (hit3) bucket.hit3 += 1;
      if (confident && hit3) bucket.answered += 1;
      if (confident && !hit3) bucket.wrong += 1;
      if (!confident && hit3 && isWorthSuggesting(results)) bucket.offered += 1;
    }
    counts.set(question.lang, language);
    if (!hit3) {
      misses.push({
        question: question.question,
        lang: question.lang,
        expect: question.expect,
        got: results.map((result) => ({ externalId: result.externalId, title: result.title })),
      });
    }
  }

  const byLanguage: Record<string, EvalScores> = {};
  for (const [language, bucket] of [...counts].sort(([a], [b]) => a.localeCompare(b))) byLanguage[language] = fractions(bucket);
  return { ...fractions(overall), byLanguage, misses };
}

/** The same fields as the scores, counted instead of shared out. */
type Counts = Record<keyof EvalScores, number>;

function noCounts(): Counts {
  return { total: 0, hit1: 0, hit3: 0, answered: 0, wrong: 0, offered: 0 };
}

function fractions(counts: Counts): EvalScores {
  const share = (count: number): number => (counts.total === 0 ? 0 : count / counts.total);
  return { total: counts.total, hit1: share(counts.hit1), hit3: share(counts.hit3), answered: share(counts.answered), wrong: share(counts.wrong), offered: share(counts.offered) };
}
