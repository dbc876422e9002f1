// Search latency over the whole eCitizen dataset held in memory.
// Run: node --import tsx bench/search.ts [datasetDir]  (prints JSON)
import { join } from 'node:path';
import { machineLine, writeReport } from './lib/measure.ts';
import { defaultDatasetDir, documentsFromDataset, KnowledgeIndex, readDataset, readQuestions } from '../packages/knowledge/src/index.ts';

export interface SearchBenchResult {
  documents: number;
  buildMs: number;
  queries: number;
  p50Ms: number;
  p99Ms: number;
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

export async function benchSearch(datasetDir: string): Promise<SearchBenchResult> {
  const dataset = await readDataset(datasetDir);
  const documents = documentsFromDataset(dataset);
  const questions = await readQuestions(join(datasetDir, 'dev-questions.jsonl'));

  const buildStart = performance.now();
  const index = KnowledgeIndex.build(documents);
  const buildMs = performance.now() - buildStart;

  const queries = [...questions.map((q) => q.question), ...questions.map((q) => q.question.toLowerCase().replace(/[aeiou](?=\w{3})/, '')), ...EXTRA_QUERIES];
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) for (const query of queries) index.search(query);

  const timings = new Float64Array(SEARCHES);
  for (let i = 0; i < SEARCHES; i += 1) {
    const query = queries[i % queries.length]!;
    const start = performance.now();
    index.search(query);
    timings[i] = performance.now() - start;
  }
  timings.sort();

  return {
    documents: index.size,
    buildMs: round(buildMs),
    queries: SEARCHES,
    p50Ms: round(percentile(timings, 0.5)),
    p99Ms: round(percentile(timings, 0.99)),
    heapUsedMB: round(process.memoryUsage().heapUsed / 1024 / 1024),
  };
}

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchSearch(process.argv[2] ?? defaultDatasetDir());
  writeReport(
    'search',
    [
      machineLine(),
      `Run: ${new Date().toISOString()}.`,
      '',
      `Search over the whole dataset in memory (${result.documents} documents), one process, no cache: index built in ${result.buildMs} ms;`,
      `${result.queries} searches (dev questions, their misspelled variants, messy and off-topic messages): p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms; heap ${result.heapUsedMB} MB.`,
    ].join('\n'),
  );
}
