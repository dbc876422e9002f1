import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONFIDENCE_THRESHOLD, searchMessage, searchResult, type KnowledgeDocument, type SearchResult } from '../src/index.ts';
import { realIndex } from './helpers.ts';

const entry = (externalId: string, confidence: number, evidence = 2): SearchResult =>
  searchResult({ kind: 'service', externalId, title: externalId, url: null, agency: null, body: '', context: '', language: 'en', tags: [] } satisfies KnowledgeDocument, {
    score: confidence,
    confidence,
    knownCoverage: confidence,
    evidence,
  });

/** A search that answers each query from a table, as a knowledge index would. */
function searchFrom(table: Record<string, SearchResult[]>): { search: (query: string) => SearchResult[]; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    search: (query: string) => {
      asked.push(query);
      return table[query] ?? [];
    },
  };
}

describe('searchMessage', () => {
  test('a message the search is sure of is answered from the whole of it', () => {
    const { search, asked } = searchFrom({ 'renew DL. please': [entry('dl', 0.9)] });
    assert.deepEqual(searchMessage(search, 'renew DL. please'), { results: [entry('dl', 0.9)], confident: true });
    assert.deepEqual(asked, ['renew DL. please']);
  });

  test('when unsure, the last sentence the search is sure of chooses among the whole message\u2019s best three, keeping its confidence', () => {
    const whole = [entry('a', 0.3), entry('b', 0.3), entry('c', 0.2), entry('d', 0.2)];
    const { search, asked } = searchFrom({
      'We sold our car last month. The buyer paid. How do we move the logbook?': whole,
      'How do we move the logbook?': [entry('c', 0.9)],
      'The buyer paid.': [entry('b', 0.9)],
    });
    const found = searchMessage(search, 'We sold our car last month. The buyer paid. How do we move the logbook?');
    assert.equal(found.confident, true);
    assert.deepEqual(
      found.results.map((result) => [result.externalId, result.confidence]),
      [
        ['c', 0.2],
        ['a', 0.3],
        ['b', 0.3],
        ['d', 0.2],
      ],
    );
    assert.equal(asked[1], 'How do we move the logbook?', 'the last sentence first');
  });

  test('a sentence never brings in what the whole message did not find, nor settles it on one word', () => {
    const whole = [entry('a', 0.3), entry('b', 0.3), entry('c', 0.2), entry('d', 0.2)];
    const { search } = searchFrom({
      'My song is on the radio. ni moto sana. Nataka pesa yangu.': whole,
      'Nataka pesa yangu.': [entry('d', 0.9)],
      'ni moto sana.': [entry('a', 1, 1)],
    });
    assert.deepEqual(searchMessage(search, 'My song is on the radio. ni moto sana. Nataka pesa yangu.'), { results: whole, confident: false });
  });

  test('removed personal data is not searched', () => {
    const { search, asked } = searchFrom({});
    assert.deepEqual(searchMessage(search, '[ID number] [phone number]'), { results: [], confident: false });
    searchMessage(search, 'my ID is [ID number], I lost it');
    assert.deepEqual(asked, ['my ID is  , I lost it']);
  });

  test('on the catalogue: a story around a question is answered by the question, said as a guess', async () => {
    const index = await realIndex();
    const found = searchMessage(
      (query, options) => index.search(query, options),
      'Habari. Our house caught fire in March and the logbook for my car burnt with other papers. The car is in my name. How do I get a replacement logbook from NTSA?',
    );
    assert.equal(found.confident, true);
    assert.match(found.results[0]!.title, /^Duplicate Registration Certificate-Apply/, found.results.map((result) => result.title).join(' | '));
    assert.ok(found.results[0]!.confidence < CONFIDENCE_THRESHOLD, 'found from part of the message');
  });
});
