import type { Database } from '@ecitizen/db';
import type { Dataset } from '../dataset/types.ts';

export type DatasetTable = 'ministries' | 'departments' | 'agencies' | 'services' | 'faqs';
export const DATASET_TABLES: readonly DatasetTable[] = ['ministries', 'departments', 'agencies', 'services', 'faqs'];

export interface TableSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  /** In the database but not in this release: kept, so answers and turns that cite them stay valid. */
  notInRelease: number;
}

export type ImportSummary = Record<DatasetTable, TableSummary>;

export interface ImportOptions {
  /** Called as rows are written: table, rows done, rows in the table. */
  onProgress?: (table: DatasetTable, done: number, total: number) => void;
}

const WRITE_CHUNK = 500;

type Row = { externalId: string } & Record<string, string | null>;

/** Prisma delegates differ per model; the import needs the same four calls of each. */
interface TableAccess {
  findMany(args: { select?: Record<string, boolean> }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  update(args: { where: { externalId: string }; data: Row }): Promise<unknown>;
}

function tableOf(db: Database, table: DatasetTable): TableAccess {
  const delegates = { ministries: db.kbMinistry, departments: db.kbDepartment, agencies: db.kbAgency, services: db.kbService, faqs: db.kbFaq };
  return delegates[table] as unknown as TableAccess;
}

function rowsOf(dataset: Dataset, table: DatasetTable): Row[] {
  return dataset[table] as unknown as Row[];
}

function sameRow(stored: Row, incoming: Row): boolean {
  return Object.keys(incoming).every((field) => (stored[field] ?? null) === (incoming[field] ?? null));
}

/**
 * Loads a release of the dataset into MySQL, keyed by the dataset's own ids:
 * new rows are inserted, changed ones updated, identical ones left alone, so
 * importing the same release twice changes nothing. Rows a release no longer
 * has are kept (and counted). When anything changed, ends by bumping the
 * knowledge revision, which makes running api and worker processes rebuild
 * their search index.
 */
export async function importDataset(db: Database, dataset: Dataset, options: ImportOptions = {}): Promise<ImportSummary> {
  const summary = {} as ImportSummary;
  for (const table of DATASET_TABLES) {
    const access = tableOf(db, table);
    const incoming = rowsOf(dataset, table);
    const fields = Object.keys(incoming[0] ?? { externalId: '' });
    const stored = new Map((await access.findMany({ select: Object.fromEntries(fields.map((field) => [field, true])) })).map((row) => [row.externalId, row]));
    const fresh = incoming.filter((row) => !stored.has(row.externalId));
    const changed = incoming.filter((row) => stored.has(row.externalId) && !sameRow(stored.get(row.externalId)!, row));
    const seen = new Set(incoming.map((row) => row.externalId));
    let done = incoming.length - fresh.length - changed.length;
    options.onProgress?.(table, done, incoming.length);
    for (let start = 0; start < fresh.length; start += WRITE_CHUNK) {
      const chunk = fresh.slice(start, start + WRITE_CHUNK);
      await access.createMany({ data: chunk });
      done += chunk.length;
      options.onProgress?.(table, done, incoming.length);
    }
    for (let start = 0; start < changed.length; start += WRITE_CHUNK) {
      const chunk = changed.slice(start, start + WRITE_CHUNK);
      // One transaction a chunk: one commit for many small updates.
      await db.$transaction(chunk.map(({ externalId, ...data }) => access.update({ where: { externalId }, data: data as Row }) as never));
      done += chunk.length;
      options.onProgress?.(table, done, incoming.length);
    }
    summary[table] = {
      inserted: fresh.length,
      updated: changed.length,
      unchanged: incoming.length - fresh.length - changed.length,
      notInRelease: [...stored.keys()].filter((id) => !seen.has(id)).length,
    };
  }
  if (DATASET_TABLES.some((table) => summary[table].inserted + summary[table].updated > 0)) await bumpDatasetRevision(db);
  return summary;
}

export async function bumpDatasetRevision(db: Database): Promise<void> {
  await db.knowledgeState.upsert({ where: { id: 1 }, create: { id: 1, datasetRevision: 1 }, update: { datasetRevision: { increment: 1 } } });
}
