// Shared test setup: the real dataset is read from KB_DIR (default
// ../shared/kb next to the repository) and indexed once per test file.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDatasetDir, documentsFromDataset, KnowledgeIndex, readDataset, type Dataset } from '../src/index.ts';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const kbDir = defaultDatasetDir();
export const devQuestionsFile = join(kbDir, 'dev-questions.jsonl');
/**
 * The development questions come with the workplace's copy of the dataset,
 * not with its public release (what GitHub's CI fetches): tests on them are
 * skipped, saying why, where the file is not there.
 */
export const skipWithoutDevQuestions: string | false = existsSync(devQuestionsFile) ? false : `${devQuestionsFile} is not there (the public release has no dev-questions.jsonl)`;

let dataset: Promise<Dataset> | undefined;
let index: Promise<KnowledgeIndex> | undefined;

export function realDataset(): Promise<Dataset> {
  dataset ??= readDataset(kbDir);
  return dataset;
}

export function realIndex(): Promise<KnowledgeIndex> {
  index ??= realDataset().then((data) => KnowledgeIndex.build(documentsFromDataset(data)));
  return index;
}
