// Search latency over the whole eCitizen dataset held in memory, for two sets
// of messages: the short ones (the dev questions, misspelled variants, messy
// and off-topic messages) and the question sets written as citizens write to
// the page (packages/knowledge/test/fixtures: a third of them long stories).
// Run: node --import tsx bench/search.ts [datasetDir]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine, writeReport } from './lib/measure.ts';
import { defaultDatasetDir, documentsFromDataset, KnowledgeIndex, readDataset, readQuestions } from '../packages/knowledge/src/index.ts';

export interface Latency {
  queries: number;
  searches: number;
  p50Ms: number;
  p99Ms: number;
}

export interface SearchBenchResult {
  documents: number;
  buildMs: number;
  short: Latency;
  citizens: Latency;
  heapUsedMB: number;
}

/** Messy variants of real questions: what the dev set does not show (typos, Sheng, Swahili, abbreviations). */
const EXTRA_QUERIES = [
  'pasport aplication',
  'renew DL',
  'KRA pin',
  'ID',
  'Nimepoteza kitambulisho changu',
  'leseni ya kuendesha gari',
  'cheti cha kuzaliwa',
  'how do I pay using mpesa',
  'certificate of good conduct',
  'nataka kusajili jina la biashara',
  'duplicate logbook',
  'work permit',
  'title deed search',
  'I lost my national identity card what should I do to get another one quickly',
  'what is the weather in Mombasa',
  'tell me a joke',
];

const WARM_UP_ROUNDS = 3;
const SEARCHES = 5_000;
const fixturesDir = fileURLToPath(new URL('../packages/knowledge/test/fixtures/', import.meta.url));

export async function benchSearch(datasetDir: string): Promise<SearchBenchResult> {
  const dataset = await readDataset(datasetDir);
  const documents = documentsFromDataset(dataset);
  const questions = await readQuestions(join(datasetDir, 'dev-questions.jsonl'));
  const citizens: string[] = [];
  for (const file of readdirSync(fixturesDir).filter((name) => /^holdout\d*-questions\.jsonl$/.test(name))) {
    for (const question of await readQuestions(join(fixturesDir, file))) citizens.push(question.question);
  }

  const buildStart = performance.now();
  const index = KnowledgeIndex.build(documents);
  const buildMs = performance.now() - buildStart;

  const short = [...questions.map((q) => q.question), ...questions.map((q) => q.question.toLowerCase().replace(/[aeiou](?=\w{3})/, '')), ...EXTRA_QUERIES];
  return {
    documents: index.size,
    buildMs: round(buildMs),
    short: time(index, short, SEARCHES),
    // Each question twice: as many searches again, every one different from the last.
    citizens: time(index, citizens, citizens.length * 2),
    heapUsedMB: round(process.memoryUsage().heapUsed / 1024 / 1024),
  };
}

function time(index: KnowledgeIndex, queries: readonly string[], searches: number): Latency {
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) for (const query of queries) index.search(query);
  const timings = new Float64Array(searches);
  for (let i = 0; i < searches; i += 1) {
    const query = queries[i % queries.length]!;
    const start = performance.now();
    index.search(query);
    timings[i] = performance.now() - start;
  }
  timings.sort();
  return { queries: queries.length, searches, p50Ms: round(percentile(timings, 0.5)), p99Ms: round(percentile(timings, 0.99)) };
}

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchSearch(process.argv[2] ?? defaultDatasetDir());
  const line = (name: string, latency: Latency): string =>
    `${name}: ${latency.searches} searches of ${latency.queries} messages: p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms.`;
  writeReport(
    'search',
    [
      machineLine(),
      `Run: ${new Date().toISOString()}.`,
      '',
      `Search over the whole dataset in memory (${result.documents} documents), one process, no cache: index built in ${result.buildMs} ms; heap ${result.heapUsedMB} MB.`,
      line('Short messages (dev questions, their misspelled variants, messy and off-topic messages)', result.short),
      line('As citizens write (the question sets: English and Swahili, a third long stories)', result.citizens),
    ].join('\n'),
  );
}
