import { createPrismaClient } from '@ecitizen/db';
import { readDataset } from '../dataset/read-dataset.ts';
import type { Embedder } from '../semantic/embedder.ts';
import { syncEmbeddings } from '../semantic/embedding-store.ts';
import { knowledgeDocuments } from './documents-from-database.ts';
import { importDataset, type ImportSummary } from './import-dataset.ts';

/**
 * Reads a dataset directory and imports it into the database at
 * `databaseUrl` with a client of its own (tests, benchmarks), and with an
 * embedder computes the embeddings, as `pnpm kb:import` does.
 */
export async function importDatasetInto(databaseUrl: string, dir: string, options: { embedder?: Embedder | null } = {}): Promise<ImportSummary> {
  const db = createPrismaClient(databaseUrl, { connectionLimit: 2 });
  try {
    const summary = await importDataset(db, await readDataset(dir));
    if (options.embedder) await syncEmbeddings(db, await knowledgeDocuments(db), options.embedder, { complete: true });
    return summary;
  } finally {
    await db.$disconnect();
  }
}
