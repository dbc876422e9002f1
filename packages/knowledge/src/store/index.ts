export { importDataset, bumpDatasetRevision, DATASET_TABLES, type DatasetTable, type ImportSummary, type TableSummary } from './import-dataset.ts';
export { articleExternalId, documentFromArticle, datasetFromDatabase, knowledgeDocuments } from './documents-from-database.ts';
export { KnowledgeBase, type KnowledgeBaseOptions } from './knowledge-base.ts';
export { importDatasetInto } from './import-into-database.ts';
