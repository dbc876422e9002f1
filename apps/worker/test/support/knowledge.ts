import { createPrismaClient } from '@ecitizen/db';
import { defaultDatasetDir, readDataset } from '@ecitizen/knowledge';
import { importDataset } from '@ecitizen/knowledge/store';

/** Loads the eCitizen dataset (../shared/kb, or KB_DIR) into a test database, as `pnpm kb:import` does. */
export async function importKnowledge(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl, { connectionLimit: 2 });
  try {
    await importDataset(db, await readDataset(defaultDatasetDir()));
  } finally {
    await db.$disconnect();
  }
}
