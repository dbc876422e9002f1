// Usage: tsx packages/knowledge/src/cli/eval.ts [questions.jsonl] [--dataset <dir>]
// Scores search on a question set and prints the report. Exit code 1 when a
// file cannot be read, 2 on bad arguments.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDatasetDir, readDataset } from '../dataset/index.ts';
import { evaluate, formatReport, readQuestions } from '../eval/index.ts';
import { documentsFromDataset, KnowledgeIndex } from '../search/index.ts';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { dataset: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: eval.ts [questions.jsonl] [--dataset <dir>]`);
    return 2;
  }
  if (parsed.values.help) {
    console.log('usage: eval.ts [questions.jsonl] [--dataset <dir>]');
    return 0;
  }
  const datasetDir = parsed.values.dataset ?? defaultDatasetDir();
  const questionsFile = parsed.positionals[0] ?? join(datasetDir, 'dev-questions.jsonl');

  try {
    const questions = await readQuestions(questionsFile);
    const dataset = await readDataset(datasetDir);
    const index = KnowledgeIndex.build(documentsFromDataset(dataset));
    console.log(`${questionsFile}: ${questions.length} questions, ${index.size} documents\n`);
    console.log(formatReport(evaluate(index, questions)));
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
