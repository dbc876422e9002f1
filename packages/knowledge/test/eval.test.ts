import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { evaluate, formatReport, KnowledgeIndex, readQuestions, type EvalQuestion, type KnowledgeDocument } from '../src/index.ts';
import { devQuestionsFile, fixturesDir, kbDir, realDataset, realIndex, skipWithoutDevQuestions } from './helpers.ts';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const temporaryDirs: string[] = [];
after(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function temporaryFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'knowledge-eval-'));
  temporaryDirs.push(dir);
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

/** Quality targets: hit@3 >= 0.9 overall and >= 0.8 for Swahili. */
function assertTargets(report: ReturnType<typeof evaluate>, name: string): void {
  const detail = `${name}\n${formatReport(report)}`;
  // The overall target (0.9) is for mixed sets; a Swahili-only set is held to the Swahili one (0.8).
  const swahiliOnly = report.byLanguage.sw?.total === report.total;
  if (!swahiliOnly) assert.ok(report.hit3 >= 0.9, detail);
  assert.ok((report.byLanguage.sw?.hit3 ?? 0) >= 0.8, detail);
}

describe('retrieval quality', () => {
  test('dev questions meet the targets', { skip: skipWithoutDevQuestions }, async () => {
    const questions = await readQuestions(devQuestionsFile);
    assert.equal(questions.length, 22);
    const report = evaluate(await realIndex(), questions);
    assertTargets(report, 'dev-questions.jsonl');
    // Current figures, so a regression shows up here first.
    assert.equal(report.hit3, 1);
    assert.ok(report.hit1 >= 0.9, formatReport(report));
  });

  test('held-out questions (written before tuning) meet the targets', async () => {
    const questions = await readQuestions(join(fixturesDir, 'holdout-questions.jsonl'));
    assert.ok(questions.length >= 60);
    assert.ok(questions.filter((q) => q.lang === 'sw').length >= questions.length / 4);
    const report = evaluate(await realIndex(), questions);
    assertTargets(report, 'holdout-questions.jsonl');
    assert.ok(report.hit3 >= 0.95, formatReport(report));
  });

  for (const name of ['holdout2-questions.jsonl', 'holdout3-questions.jsonl', 'holdout4-questions.jsonl', 'holdout5-questions.jsonl', 'holdout6-questions.jsonl']) {
    test(`later held-out set ${name} meets the targets`, async () => {
      const report = evaluate(await realIndex(), await readQuestions(join(fixturesDir, name)));
      assertTargets(report, name);
    });
  }

  // Later sets were written by people who had not seen the search code, run
  // blind once, then (except the newest) tuned on. They ask what citizens
  // write to the page: situations ("the police beat me", "injured at work"),
  // long stories, the long tail. The floors hold the ground gained: hit@3,
  // what the bot answers outright (confident and right), and how often it is
  // confidently wrong, each question searched as the bot searches a message
  // (searchMessage: the whole of it, then its sentences). Blind first runs: holdout7 33 %, holdout8 47 %,
  // holdout9 57.5 %, holdout10 70 %, holdout11 63 %, holdout12 61 %, holdout13 77.5 %, holdout14 66 %,
  // holdout15 86 %, holdout16 72.5 %, holdout17 82.5 %, holdout18 85 %, holdout19 86 %, holdout20 77.5 %,
  // holdout21 86 %, holdout22 82.5 %, holdout23 82.5 %, holdout24 92.5 %, holdout25 92.5 %,
  // holdout26 86.3 %, holdout27 90 %, holdout28 93.8 %, holdout29 91.3 %, holdout30 92.5 %,
  // holdout31 87.5 % hit@3.
  const floors = [
    { name: 'holdout7-questions.jsonl', hit3: 0.96, answered: 0.86, wrong: 0 },
    { name: 'holdout8-questions.jsonl', hit3: 0.96, answered: 0.8, wrong: 0 },
    { name: 'holdout9-questions.jsonl', hit3: 0.92, answered: 0.9, wrong: 0.08 },
    { name: 'holdout10-questions.jsonl', hit3: 0.95, answered: 0.76, wrong: 0.02 },
    { name: 'holdout11-questions.jsonl', hit3: 0.95, answered: 0.83, wrong: 0.02 },
    { name: 'holdout12-questions.jsonl', hit3: 0.96, answered: 0.72, wrong: 0.02 },
    { name: 'holdout13-questions.jsonl', hit3: 0.98, answered: 0.75, wrong: 0 },
    { name: 'holdout14-questions.jsonl', hit3: 0.95, answered: 0.7, wrong: 0.03 },
    { name: 'holdout15-questions.jsonl', hit3: 0.98, answered: 0.92, wrong: 0 },
    // Written blind while the glossary was made; run once without it (72.5 % and 81.3 % hit@3) and
    // once with it (72.5 % and 82.5 %), then read.
    { name: 'holdout16-questions.jsonl', hit3: 0.9, answered: 0.65, wrong: 0.02 },
    { name: 'holdout17-questions.jsonl', hit3: 0.93, answered: 0.85, wrong: 0.05 },
    // Written blind while the agencies' remits were made; run once without them (78.8 % and 71.3 %)
    // and once with them (85 % and 86.3 %; Swahili 82.5 % and 87.5 %), not tuned on.
    { name: 'holdout18-questions.jsonl', hit3: 0.9, answered: 0.82, wrong: 0.05 },
    { name: 'holdout19-questions.jsonl', hit3: 0.92, answered: 0.75, wrong: 0.04 },
    // Written blind and run once on the search with the glossary and the remits (77.5 % and 86.3 %
    // hit@3; Swahili 77.5 % and 82.5 %; 73.8 % and 80 % at the start of the session), then read.
    { name: 'holdout20-questions.jsonl', hit3: 0.9, answered: 0.81, wrong: 0.05 },
    { name: 'holdout21-questions.jsonl', hit3: 0.96, answered: 0.78, wrong: 0.03 },
    // Written blind and run once on the final search of the session (82.5 % and 82.5 % hit@3; Swahili
    // 87.5 % and 77.5 %; 80 % and 82.5 % at its start), then read.
    { name: 'holdout22-questions.jsonl', hit3: 0.92, answered: 0.82, wrong: 0.03 },
    { name: 'holdout23-questions.jsonl', hit3: 0.96, answered: 0.82, wrong: 0.02 },
    // Written blind while the services' notes were written (80 each, a third long stories, 40
    // agencies each in the long tail) and run once on the reviewed notes, before anything was read:
    // 92.5, 92.5, 86.3 and 90 % hit@3 (70, 77.5, 65 and 77.5 % at the start of the session); then
    // read (the FAQs' notes and the confidence refit came after).
    { name: 'holdout24-questions.jsonl', hit3: 0.92, answered: 0.78, wrong: 0.05 },
    { name: 'holdout25-questions.jsonl', hit3: 0.92, answered: 0.8, wrong: 0.04 },
    { name: 'holdout26-questions.jsonl', hit3: 0.87, answered: 0.67, wrong: 0.09 },
    { name: 'holdout27-questions.jsonl', hit3: 0.9, answered: 0.73, wrong: 0.07 },
    // Written blind (80 each, the long tail's agencies drawn at random) and run once on the final
    // search of the session, notes, FAQ notes and refitted confidence: 93.8 and 91.3 % hit@3 (Swahili
    // 97.5 and 92.5 %; 81.3 and 83.8 % at the start of the session), not tuned on.
    { name: 'holdout28-questions.jsonl', hit3: 0.93, answered: 0.82, wrong: 0.03 },
    { name: 'holdout29-questions.jsonl', hit3: 0.91, answered: 0.85, wrong: 0.04 },
    // Written blind (the long tail's agencies in a seeded random order) and run once on the final
    // search and message rule of the session: 92.5 and 87.5 % hit@3 (Swahili 92.5 and 80 %), answered
    // outright 71.3 and 71.3 %, confidently wrong 5 and 3.8 %; 75 and 75 % hit@3 at the start of the
    // session, where the bot answered 60 and 53.8 % and was wrong on 35 and 38.8 %. Not tuned on.
    { name: 'holdout30-questions.jsonl', hit3: 0.92, answered: 0.71, wrong: 0.05 },
    { name: 'holdout31-questions.jsonl', hit3: 0.87, answered: 0.71, wrong: 0.04 },
  ];
  for (const { name, hit3, answered, wrong } of floors) {
    test(`${name}: hit@3 at least ${Math.round(hit3 * 100)} %, answered at least ${Math.round(answered * 100)} %, confidently wrong at most ${Math.round(wrong * 100)} %`, async () => {
      const report = evaluate(await realIndex(), await readQuestions(join(fixturesDir, name)));
      assert.ok(report.hit3 >= hit3, formatReport(report));
      assert.ok(report.answered >= answered, formatReport(report));
      assert.ok(report.wrong <= wrong + 1e-9, formatReport(report));
    });
  }

  test('every expected id in the question files is a service or FAQ of the dataset', async () => {
    const data = await realDataset();
    const known = new Set([...data.services.map((s) => s.externalId), ...data.faqs.map((f) => f.externalId)]);
    const files = (await readdir(fixturesDir)).filter((name) => name.endsWith('.jsonl')).map((name) => join(fixturesDir, name));
    assert.ok(files.length >= 12, files.join(', '));
    for (const file of [...(skipWithoutDevQuestions ? [] : [devQuestionsFile]), ...files]) {
      for (const question of await readQuestions(file)) {
        for (const id of question.expect) assert.ok(known.has(id), `${file}:${question.line}: unknown id ${id}`);
      }
    }
  });
});

describe('evaluate and formatReport', () => {
  const doc = (externalId: string, title: string): KnowledgeDocument => ({
    kind: 'service', externalId, title, url: null, agency: 'Test Agency', body: '', context: '', language: 'en', tags: [],
  });
  const index = KnowledgeIndex.build([
    doc('aaaaaaaaaaa1', 'Passport Application'),
    doc('aaaaaaaaaaa2', 'Passport Delivery'),
    doc('aaaaaaaaaaa3', 'Birth Certificate Application'),
    doc('aaaaaaaaaaa4', 'Marriage Registration'),
  ]);
  const questions: EvalQuestion[] = [
    { question: 'passport application', expect: ['aaaaaaaaaaa1'], lang: 'en', line: 1 },
    { question: 'passport delivery', expect: ['aaaaaaaaaaa1'], lang: 'en', line: 2 },
    { question: 'cheti cha kuzaliwa', expect: ['aaaaaaaaaaa3'], lang: 'sw', line: 3 },
    { question: 'weather in Mombasa', expect: ['aaaaaaaaaaa4'], lang: 'sw', line: 4 },
    // Found with confidence, but not what was expected: a confident wrong answer.
    { question: 'marriage registration', expect: ['aaaaaaaaaaa3'], lang: 'en', line: 5 },
  ];

  test('counts hit@1, hit@3, answered and confidently wrong, overall and per language', () => {
    const report = evaluate(index, questions);
    assert.equal(report.total, 5);
    assert.equal(report.hit1, 2 / 5);
    assert.equal(report.hit3, 3 / 5);
    assert.equal(report.answered, 3 / 5);
    assert.equal(report.wrong, 1 / 5);
    assert.deepEqual(report.byLanguage, {
      en: { total: 3, hit1: 1 / 3, hit3: 2 / 3, answered: 2 / 3, wrong: 1 / 3, offered: 0 },
      sw: { total: 2, hit1: 0.5, hit3: 0.5, answered: 0.5, wrong: 0, offered: 0 },
    });
    assert.deepEqual(report.misses.map((miss) => miss.question), ['weather in Mombasa', 'marriage registration']);
    assert.deepEqual(report.misses[0], { question: 'weather in Mombasa', lang: 'sw', expect: ['aaaaaaaaaaa4'], got: [] });
  });

  test('formats a table and the misses', () => {
    const text = formatReport(evaluate(index, questions));
    assert.match(text, /set\s+questions\s+hit@1\s+hit@3\s+answered\s+wrong\s+offered/);
    assert.match(text, /all\s+5\s+40\.0%\s+60\.0%\s+60\.0%\s+20\.0%/);
    assert.match(text, /sw\s+2\s+50\.0%\s+50\.0%\s+50\.0%\s+0\.0%/);
    assert.match(text, /Misses \(2\):\n- \[sw\] weather in Mombasa\n {4}expected: aaaaaaaaaaa4\n {4}got: nothing/);
  });

  test('an empty question list reports zeros', () => {
    const report = evaluate(index, []);
    assert.deepEqual(
      { total: report.total, hit1: report.hit1, hit3: report.hit3, answered: report.answered, wrong: report.wrong, offered: report.offered },
      { total: 0, hit1: 0, hit3: 0, answered: 0, wrong: 0, offered: 0 },
    );
    assert.match(formatReport(report), /No misses\./);
  });
});

describe('readQuestions', () => {
  test('reads lines, skipping blank ones, and records line numbers', async () => {
    const file = await temporaryFile(
      'q.jsonl',
      '{"question": "a", "expect": ["x"], "lang": "en"}\n\n{"question": "b", "expect": ["y", "z"], "lang": "sw"}\n',
    );
    assert.deepEqual(await readQuestions(file), [
      { question: 'a', expect: ['x'], lang: 'en', line: 1 },
      { question: 'b', expect: ['y', 'z'], lang: 'sw', line: 3 },
    ]);
  });

  test('a bad JSON line is an error naming the file and line', async () => {
    const file = await temporaryFile('bad.jsonl', '{"question": "a", "expect": ["x"], "lang": "en"}\n{"question": oops}\n');
    await assert.rejects(readQuestions(file), (error: Error) => error.message.startsWith(`${file}:2:`) && /invalid JSON/.test(error.message));
  });

  test('a line without expected ids is an error naming the file and line', async () => {
    const file = await temporaryFile('bad.jsonl', '{"question": "a", "expect": [], "lang": "en"}\n');
    await assert.rejects(readQuestions(file), new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: "expect"`));
  });

  test('a missing file names the path', async () => {
    await assert.rejects(readQuestions('/no/such/questions.jsonl'), /\/no\/such\/questions\.jsonl/);
  });
});

describe('eval CLI', () => {
  const cli = join(packageDir, 'src/cli/eval.ts');
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, KB_DIR: kbDir } });

  test('prints the report for the dev questions by default', { skip: skipWithoutDevQuestions }, () => {
    const result = run();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /dev-questions\.jsonl: 22 questions/);
    assert.match(result.stdout, /hit@3/);
  });

  test('accepts a question file and --dataset', () => {
    const result = run(join(fixturesDir, 'holdout-questions.jsonl'), '--dataset', kbDir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /holdout-questions\.jsonl: \d+ questions/);
  });

  test('exits with 1 when the question file cannot be read', () => {
    const result = run('/no/such/questions.jsonl');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\/no\/such\/questions\.jsonl/);
  });

  test('exits with 1 when the dataset cannot be read', () => {
    const result = run(join(fixturesDir, 'holdout-questions.jsonl'), '--dataset', '/no/such/kb');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\/no\/such\/kb/);
  });
});
