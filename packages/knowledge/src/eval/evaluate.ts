import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { EvalQuestion } from './questions.ts';

export interface EvalScores {
  total: number;
  /** Fraction 0..1 of questions whose first result is expected. */
  hit1: number;
  /** Fraction 0..1 of questions with an expected id among the first three results. */
  hit3: number;
}

export interface EvalReport extends EvalScores {
  byLanguage: Record<string, EvalScores>;
  misses: Array<{ question: string; lang: string; expect: string[]; got: Array<{ externalId: string; title: string }> }>;
}

const TOP = 3;

/** Runs every question against the index; a miss is a question with no expected id in the top three. */
export function evaluate(index: KnowledgeIndex, questions: readonly EvalQuestion[]): EvalReport {
  const counts = new Map<string, { total: number; hit1: number; hit3: number }>();
  const overall = { total: 0, hit1: 0, hit3: 0 };
  const misses: EvalReport['misses'] = [];

  for (const question of questions) {
    const results = index.search(question.question, { limit: TOP });
    const expected = new Set(question.expect);
    const hit1 = results[0] !== undefined && expected.has(results[0].externalId);
    const hit3 = results.some((result) => expected.has(result.externalId));
    const language = counts.get(question.lang) ?? { total: 0, hit1: 0, hit3: 0 };
    for (const bucket of [overall, language]) {
      bucket.total += 1;
      if (hit1) bucket.hit1 += 1;
      if (hit3) bucket.hit3 += 1;
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

function fractions(bucket: { total: number; hit1: number; hit3: number }): EvalScores {
  return {
    total: bucket.total,
    hit1: bucket.total === 0 ? 0 : bucket.hit1 / bucket.total,
    hit3: bucket.total === 0 ? 0 : bucket.hit3 / bucket.total,
  };
}
