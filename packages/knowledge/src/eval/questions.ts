import { readFile } from 'node:fs/promises';

export interface EvalQuestion {
  question: string;
  /** Ids of acceptable answers (service or FAQ ids); any of them in the top 3 is a hit. */
  expect: string[];
  lang: string;
  /** 1-based line in the source file. */
  line: number;
}

/** Reads a JSON-lines question file; a bad line is an error naming the file and line. */
export async function readQuestions(file: string): Promise<EvalQuestion[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read questions file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  return parseQuestions(text, file);
}

export function parseQuestions(text: string, file: string): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new Error(`${file}:${line}: invalid JSON: ${(error as Error).message}`, { cause: error });
    }
    questions.push(toQuestion(value, file, line));
  });
  return questions;
}

function toQuestion(value: unknown, file: string, line: number): EvalQuestion {
  const fail = (message: string): never => {
    throw new Error(`${file}:${line}: ${message}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('expected a JSON object');
  const record = value as Record<string, unknown>;
  const { question, expect, lang } = record;
  if (typeof question !== 'string' || question.trim() === '') return fail('"question" must be a non-empty string');
  if (!Array.isArray(expect) || expect.length === 0 || !expect.every((id) => typeof id === 'string' && id !== '')) {
    return fail('"expect" must be a non-empty array of ids');
  }
  if (lang !== undefined && typeof lang !== 'string') return fail('"lang" must be a string');
  return { question, expect: expect as string[], lang: (lang as string | undefined) ?? 'unknown', line };
}
