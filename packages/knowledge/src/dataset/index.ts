export type { Agency, Dataset, DatasetProblem, Department, Faq, Ministry, ReadDatasetOptions, Service } from './types.ts';
export { readDataset } from './read-dataset.ts';
export { defaultDatasetDir } from './location.ts';
