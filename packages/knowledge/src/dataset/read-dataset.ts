import { stat } from 'node:fs/promises';
import { loadCsvFile, type CsvLoadContext } from './csv-file.ts';
import { agenciesFile, departmentsFile, faqsFile, ministriesFile, servicesFile } from './files.ts';
import type { Dataset, ReadDatasetOptions } from './types.ts';

/**
 * Reads the eCitizen dataset CSVs from `dir`. Throws when the directory or a
 * file is missing or a header lacks a column; malformed rows are skipped and
 * listed in `problems` instead.
 */
export async function readDataset(dir: string, options: ReadDatasetOptions = {}): Promise<Dataset> {
  await assertDirectory(dir);
  const context: CsvLoadContext = { problems: [], onProgress: options.onProgress };
  // Sequential so that problems come out grouped by file, in file order.
  const ministries = await loadCsvFile(dir, ministriesFile, context);
  const departments = await loadCsvFile(dir, departmentsFile, context);
  const agencies = await loadCsvFile(dir, agenciesFile, context);
  const services = await loadCsvFile(dir, servicesFile, context);
  const faqs = await loadCsvFile(dir, faqsFile, context);
  return { ministries, departments, agencies, services, faqs, problems: context.problems };
}

async function assertDirectory(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `dataset directory not found: ${dir}` : `cannot read dataset directory ${dir}: ${code ?? String(error)}`, {
      cause: error,
    });
  }
  if (!info.isDirectory()) throw new Error(`dataset path is not a directory: ${dir}`);
}
