import { defaultDatasetDir } from '@ecitizen/knowledge';
import { importDatasetInto } from '@ecitizen/knowledge/store';

/** Loads the eCitizen dataset (../shared/kb, or KB_DIR) into a test database, as `pnpm kb:import` does. */
export async function importKnowledge(databaseUrl: string): Promise<void> {
  await importDatasetInto(databaseUrl, defaultDatasetDir());
}
