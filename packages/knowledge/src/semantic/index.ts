export { createEmbedder, type Embedder } from './embedder.ts';
export { syncEmbeddings, loadEmbeddings, type EmbeddingSyncOptions, type EmbeddingSyncSummary } from './embedding-store.ts';
export { embeddingText, contentHash } from './embedding-text.ts';
export { cosine, normalised, toBytes, fromBytes } from './vectors.ts';
export { fuseRankings, MEANING_SIMILARITY } from './fuse.ts';
