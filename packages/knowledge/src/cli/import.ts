// `pnpm kb:import <dir>`: loads the eCitizen dataset's CSV files into MySQL
// (DATABASE_URL), idempotently, with progress and a summary. Exit code 1 when
// the directory or a required file cannot be read, 2 on bad arguments; rows
// that cannot be read are reported with their line and skipped.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, DEFAULT_DATABASE_URL, loadModelSettings } from '@ecitizen/config';
import { createPrismaClient, migrate } from '@ecitizen/db';
import { readDataset } from '../dataset/index.ts';
import { createEmbedder, syncEmbeddings, type Embedder } from '../semantic/index.ts';
import { DATASET_TABLES, importDataset, knowledgeDocuments, type ImportSummary } from '../store/index.ts';

const USAGE = 'usage: pnpm kb:import <dataset dir>   (the layout of the Kenya eCitizen Services Dataset: services.csv, agencies.csv, …)';
const PROBLEMS_SHOWN = 50;

function summaryTable(summary: ImportSummary): string {
  const rows = DATASET_TABLES.map((table) => {
    const { inserted, updated, unchanged, notInRelease } = summary[table];
    return `  ${table.padEnd(12)} ${String(inserted).padStart(8)} ${String(updated).padStart(8)} ${String(unchanged).padStart(10)} ${String(notInRelease).padStart(15)}`;
  });
  return [`  ${'table'.padEnd(12)} ${'inserted'.padStart(8)} ${'updated'.padStart(8)} ${'unchanged'.padStart(10)} ${'not in release'.padStart(15)}`, ...rows].join('\n');
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const [dirArgument] = parsed.positionals;
  if (!dirArgument) {
    console.error(`missing the dataset directory\n${USAGE}`);
    return 2;
  }
  // pnpm runs scripts from the workspace root; INIT_CWD is where the user typed the command.
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), dirArgument);
  let embedder: Embedder | null;
  try {
    embedder = createEmbedder(loadModelSettings());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 2;
  }
  const databaseUrl = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  const started = Date.now();

  let dataset;
  try {
    console.log(`reading ${dir}`);
    let lastFile = '';
    dataset = await readDataset(dir, {
      onProgress: (file, rows) => {
        if (file !== lastFile) lastFile = file;
        process.stdout.write(`  ${file}: ${rows} rows read\n`);
      },
    });
  } catch (error) {
    console.error(`cannot import: ${(error as Error).message}`);
    return 1;
  }

  await migrate(databaseUrl, { log: () => {} });
  const db = createPrismaClient(databaseUrl);
  try {
    console.log('writing to MySQL');
    const summary = await importDataset(db, dataset, {
      onProgress: (table, done, total) => process.stdout.write(`  ${table}: ${done}/${total}\n`),
    });
    console.log(`\nimported in ${((Date.now() - started) / 1000).toFixed(1)} s:\n${summaryTable(summary)}`);
    const { problems } = dataset;
    if (problems.length > 0) {
      console.log(`\n${problems.length} row(s) skipped:`);
      for (const problem of problems.slice(0, PROBLEMS_SHOWN)) console.log(`  ${problem.file}:${problem.line}: ${problem.message}`);
      if (problems.length > PROBLEMS_SHOWN) console.log(`  … and ${problems.length - PROBLEMS_SHOWN} more`);
    } else {
      console.log('\nevery row was read');
    }
    return embedder === null ? 0 : await embed(db, embedder);
  } finally {
    await db.$disconnect();
  }
}

/** OPENAI_API_KEY and OPENAI_EMBEDDING_MODEL set: the embeddings of what is new or changed. */
async function embed(db: ReturnType<typeof createPrismaClient>, embedder: Embedder): Promise<number> {
  console.log(`\nembedding with ${embedder.model}`);
  const started = Date.now();
  try {
    const documents = await knowledgeDocuments(db);
    const summary = await syncEmbeddings(db, documents, embedder, {
      complete: true,
      onProgress: (done, total) => {
        if (total > 0) process.stdout.write(`  embeddings: ${done}/${total}\n`);
      },
    });
    console.log(
      `embeddings (${embedder.model}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.embedded} computed, ${summary.unchanged} unchanged, ${summary.removed} removed`,
    );
    return 0;
  } catch (error) {
    console.error(`the dataset is imported, but embeddings failed: ${(error as Error).message.replace(/\.$/, '')}. Search works without them; run the import again to retry.`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
