import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readDataset } from '../src/index.ts';
import { kbDir, realDataset } from './helpers.ts';
import { writeMalformedDataset } from './malformed-dataset.ts';

const temporaryDirs: string[] = [];
let malformedDir: string;

async function copyOfMalformed(): Promise<string> {
  const dir = await writeMalformedDataset();
  temporaryDirs.push(dir);
  return dir;
}

before(async () => {
  malformedDir = await copyOfMalformed();
});

after(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('readDataset on the real eCitizen dataset', () => {
  test('loads every file with the expected counts', async () => {
    const data = await realDataset();
    assert.equal(data.ministries.length, 27);
    assert.equal(data.departments.length, 54);
    assert.equal(data.agencies.length, 286);
    assert.equal(data.faqs.length, 15);
    // 5,489 rows, two of which have a service_url that is not http(s) ("htpps://", "ttps://").
    assert.equal(data.services.length, 5487);
    assert.deepEqual(
      data.problems.map((p) => `${p.file}:${p.line}`),
      ['services.csv:1035', 'services.csv:5481'],
    );
    assert.match(data.problems[0]!.message, /htpps:\/\/repository\.mnu\.ac\.ke/);
  });

  test('maps columns onto records and keeps ids as external ids', async () => {
    const data = await realDataset();
    const passport = data.services.find((s) => s.externalId === 'e7ec53358aa8');
    assert.ok(passport);
    assert.equal(passport.name, 'Passport Application');
    assert.match(passport.url ?? '', /^https?:\/\//);
    const agency = data.agencies.find((a) => a.externalId === passport.agencyId);
    assert.equal(agency?.name, 'Directorate of Immigration Services (New Applications)');
    assert.ok(data.services.every((s) => /^[0-9a-f]{12}$/.test(s.externalId)));
    // HTML entities from the scrape are decoded.
    assert.ok(data.agencies.some((a) => a.name === 'Jaramogi Oginga Odinga Teaching & Referral Hospital (JOOTRH)'));
  });

  test('repairs stray spaces inside URLs instead of dropping the row', async () => {
    const data = await realDataset();
    const chemelil = data.agencies.find((a) => a.name === 'Chemelil Sugar Company Limited');
    assert.equal(chemelil?.url, 'https://www.chemsugar.co.ke');
  });

  test('reports progress per file and every 1,000 rows', async () => {
    const calls: Array<[string, number]> = [];
    await readDataset(kbDir, { onProgress: (file, rows) => calls.push([file, rows]) });
    const services = calls.filter(([file]) => file === 'services.csv').map(([, rows]) => rows);
    assert.deepEqual(services, [1000, 2000, 3000, 4000, 5000, 5489]);
    assert.deepEqual([...new Set(calls.map(([file]) => file))], ['ministries.csv', 'departments.csv', 'agencies.csv', 'services.csv', 'faqs.csv']);
  });
});

describe('readDataset on malformed files', () => {
  test('skips bad rows, reporting the line where each record starts', async () => {
    const data = await readDataset(malformedDir);
    assert.deepEqual(
      data.problems.map((p) => [p.file, p.line]),
      [
        ['agencies.csv', 3],
        ['services.csv', 3],
        ['services.csv', 4],
        ['services.csv', 5],
        ['services.csv', 8],
        ['services.csv', 9],
        ['services.csv', 10],
        ['faqs.csv', 4],
      ],
    );
    const messages = data.problems.map((p) => p.message);
    assert.match(messages[0]!, /logo_url .* not an http\(s\) URL/);
    assert.match(messages[1]!, /expected 8 columns, found 6/);
    assert.match(messages[2]!, /invalid service_id "NOT-AN-ID"/);
    assert.match(messages[3]!, /empty service_name/);
    assert.match(messages[4]!, /ftp:\/\//);
    assert.match(messages[5]!, /duplicate service_id "eeeeeeeeeee1" \(first seen on line 2\)/);
    assert.match(messages[6]!, /missing service_id/);
    assert.match(messages[7]!, /empty question/);
  });

  test('still loads the good rows around the bad ones', async () => {
    const data = await readDataset(malformedDir);
    assert.deepEqual(
      data.services.map((s) => s.externalId),
      ['eeeeeeeeeee1', 'eeeeeeeeeee4', 'eeeeeeeeeee6', 'eeeeeeeeeee7'],
    );
    // The first of two rows with the same id wins.
    assert.equal(data.services[0]!.name, 'Test Permit Application');
    // A quoted newline is part of the field, not a new row.
    assert.equal(data.services[1]!.name, 'Multi-line Licence Renewal');
    assert.deepEqual(
      { agencyId: data.services[2]!.agencyId, url: data.services[2]!.url },
      { agencyId: null, url: null },
    );
    assert.equal(data.faqs[0]!.answer, 'Write a test, then\nrun it.');
    assert.equal(data.agencies[0]!.description, 'Issues test permits & licences.');
  });

  test('counts lines correctly after a multi-line record', async () => {
    const dir = await copyOfMalformed();
    await writeFile(
      join(dir, 'faqs.csv'),
      'faq_id,question,answer\n"aaaaaaaaaaa9","Q one?","line one\nline two\nline three"\nbad-id,Q two?,A two\n',
    );
    const data = await readDataset(dir);
    const faqProblems = data.problems.filter((p) => p.file === 'faqs.csv');
    assert.deepEqual(faqProblems.map((p) => p.line), [5]);
  });

  test('an unterminated quote becomes a problem, not a crash', async () => {
    const dir = await copyOfMalformed();
    await writeFile(join(dir, 'faqs.csv'), 'faq_id,question,answer\nfffffffffff1,Fine?,Yes\nfffffffffff2,"Broken,answer\n');
    const data = await readDataset(dir);
    assert.equal(data.faqs.length, 1);
    const problem = data.problems.find((p) => p.file === 'faqs.csv');
    assert.ok(problem);
    assert.match(problem.message, /unreadable CSV record/);
  });
});

describe('readDataset errors', () => {
  test('a missing directory names the path', async () => {
    const missing = join(tmpdir(), 'no-such-knowledge-dir-4815162342');
    await assert.rejects(readDataset(missing), (error: Error) => error.message.includes(missing));
  });

  test('a missing file names the file path', async () => {
    const dir = await copyOfMalformed();
    await rm(join(dir, 'faqs.csv'));
    await assert.rejects(readDataset(dir), (error: Error) => error.message.includes(join(dir, 'faqs.csv')) && /not found/.test(error.message));
  });

  test('a header without a required column names the column', async () => {
    const dir = await copyOfMalformed();
    const path = join(dir, 'services.csv');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('service_name', 'title'));
    await assert.rejects(readDataset(dir), (error: Error) => /"service_name"/.test(error.message) && error.message.includes(path));
  });

  test('an empty file is an error', async () => {
    const dir = await copyOfMalformed();
    await writeFile(join(dir, 'ministries.csv'), '');
    await assert.rejects(readDataset(dir), /ministries\.csv: file is empty/);
  });
});
