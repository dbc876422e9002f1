import { createPrismaClient } from '@ecitizen/db';
import { readDataset } from '../dataset/read-dataset.ts';
import { importDataset, type ImportSummary } from './import-dataset.ts';

/** Reads a dataset directory and imports it into the database at `databaseUrl` with a client of its own (tests, benchmarks). */
export async function importDatasetInto(databaseUrl: string, dir: string): Promise<ImportSummary> {
  const db = createPrismaClient(databaseUrl, { connectionLimit: 2 });
  try {
    return await importDataset(db, await readDataset(dir));
  } finally {
    await db.$disconnect();
  }
}
