// Shared test setup: the real dataset is read from KB_DIR (default
// ../shared/kb next to the repository) and indexed once per test file.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDatasetDir, documentsFromDataset, KnowledgeIndex, readDataset, type Dataset } from '../src/index.ts';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const kbDir = defaultDatasetDir();

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
