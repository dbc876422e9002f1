import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type CsvError } from 'csv-parse';
import { RowError } from './fields.ts';
import type { DatasetProblem } from './types.ts';

export interface CsvFileSpec<T extends { externalId: string }> {
  /** File name inside the dataset directory, e.g. `services.csv`. */
  file: string;
  /** Columns the header must contain; other columns are ignored. */
  required: readonly string[];
  /** Column holding the row id, used in duplicate reports. */
  idColumn: string;
  /** Maps one row to a record; throws RowError when the row is unusable. */
  toRecord(row: ReadonlyMap<string, string>): T;
}

export interface CsvLoadContext {
  problems: DatasetProblem[];
  onProgress?: (file: string, rowsRead: number) => void;
}

const PROGRESS_EVERY = 1_000;

/**
 * Reads one CSV file of the dataset. Bad rows become problems (with the line
 * where the record starts) so one broken row never hides the rest of the file.
 */
export async function loadCsvFile<T extends { externalId: string }>(
  dir: string,
  spec: CsvFileSpec<T>,
  context: CsvLoadContext,
): Promise<T[]> {
  const path = join(dir, spec.file);
  await assertReadableFile(path);

  const parser = createReadStream(path).pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true }),
  );
  const report = (line: number, message: string): void => {
    context.problems.push({ file: spec.file, line, message });
  };
  parser.on('skip', (error: CsvError & { lines?: number }) => {
    report(error.lines ?? 0, `unreadable CSV record: ${error.message}`);
  });

  let header: string[] | null = null;
  const records: T[] = [];
  const firstLineById = new Map<string, number>();
  let rowsRead = 0;

  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // csv-parse reports the line where a record ends; quoted newlines push it down.
      const line = info.lines - countNewlines(record);
      if (header === null) {
        header = record.map((name) => name.trim());
        const missing = spec.required.find((column) => !header!.includes(column));
        if (missing !== undefined) throw new Error(`${path}: header is missing required column "${missing}"`);
        continue;
      }
      rowsRead += 1;
      if (rowsRead % PROGRESS_EVERY === 0) context.onProgress?.(spec.file, rowsRead);

      if (record.length !== header.length) {
        report(line, `expected ${header.length} columns, found ${record.length}`);
        continue;
      }
      const row = new Map<string, string>();
      header.forEach((column, i) => row.set(column, record[i] ?? ''));

      let item: T;
      try {
        item = spec.toRecord(row);
      } catch (error) {
        if (error instanceof RowError) {
          report(line, error.message);
          continue;
        }
        throw error;
      }
      const firstLine = firstLineById.get(item.externalId);
      if (firstLine !== undefined) {
        report(line, `duplicate ${spec.idColumn} "${item.externalId}" (first seen on line ${firstLine}); row skipped`);
        continue;
      }
      firstLineById.set(item.externalId, line);
      records.push(item);
    }
  } catch (error) {
    parser.destroy();
    if (error instanceof Error && error.message.startsWith(path)) throw error;
    throw new Error(`${path}: cannot read CSV: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }

  if (header === null) throw new Error(`${path}: file is empty (no header line)`);
  context.onProgress?.(spec.file, rowsRead);
  return records;
}

async function assertReadableFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `dataset file not found: ${path}` : `cannot read dataset file ${path}: ${code ?? String(error)}`, {
      cause: error,
    });
  }
  if (!info.isFile()) throw new Error(`dataset path is not a file: ${path}`);
}

function countNewlines(record: readonly string[]): number {
  let count = 0;
  for (const field of record) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) count += 1;
  }
  return count;
}
