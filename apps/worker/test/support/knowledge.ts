import { loadModelSettings } from '@ecitizen/config';
import { defaultDatasetDir } from '@ecitizen/knowledge';
import { createEmbedder } from '@ecitizen/knowledge/semantic';
import { importDatasetInto } from '@ecitizen/knowledge/store';

/**
 * Loads the eCitizen dataset (../shared/kb, or KB_DIR) into a test database,
 * as `pnpm kb:import` does: with the embeddings too when `settings` name an
 * API key and an embedding model (OPENAI_*).
 */
export async function importKnowledge(databaseUrl: string, settings: Record<string, string> = {}): Promise<void> {
  await importDatasetInto(databaseUrl, defaultDatasetDir(), { embedder: createEmbedder(loadModelSettings(settings)) });
}
