import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SearchResult as MiniSearchResult } from 'minisearch';
import { chooseCandidates, type CandidateSources } from '../src/search/candidates.ts';
import { Analyser } from '../src/search/analyser.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { RemitIndex } from '../src/search/remits/remit-index.ts';
import { Remits } from '../src/search/remits/remits.ts';

/** BM25 results s1..sN (agency "big"), best first, then the given extra ones. */
function raw(count: number, ...extra: Array<[id: string, score: number]>): MiniSearchResult[] {
  const results = Array.from({ length: count }, (_, i) => ({ id: `s${i + 1}`, score: 100 - i, match: { tax: ['title'] }, terms: ['tax'], queryTerms: ['tax'] }));
  return [...results, ...extra.map(([id, score]) => ({ id, score, match: { helb: ['agency'] }, terms: ['helb'], queryTerms: ['helb'] }))];
}

const agencyOf = (key: string): string => (key.startsWith('s') ? 'big' : key.startsWith('h') ? 'helb board' : 'unclaimed assets');

function choose(sources: Partial<CandidateSources> & Pick<CandidateSources, 'raw'>): string[] {
  return chooseCandidates({ count: 3, remits: new Map(), named: new Set(), agencyOf, documentsOf: () => [], ...sources }).map((candidate) => candidate.id as string);
}

describe('chooseCandidates', () => {
  test('a remit\u2019s bonus lifts its agency\u2019s documents among the best few', () => {
    const candidates = chooseCandidates({ raw: raw(10, ['u9', 60]), count: 3, remits: new Map([['unclaimed assets', { score: 50, terms: ['dormant'] }]]), named: new Set(), agencyOf, documentsOf: () => [] });
    assert.deepEqual(candidates.map((candidate) => candidate.id), ['u9', 's1', 's2']);
    assert.deepEqual(candidates[0]?.match, { helb: ['agency'], dormant: ['remit'] });
  });

  test('without remits or named agencies, the best BM25 results', () => {
    assert.deepEqual(choose({ raw: raw(10) }), ['s1', 's2', 's3']);
  });

  test('an agency the query names by its short name has its documents re-ranked wherever BM25 put them', () => {
    assert.deepEqual(choose({ raw: raw(10, ['h1', 1]), named: new Set(['helb board']) }), ['s1', 's2', 's3', 'h1']);
  });

  test('a remit\u2019s agency has its documents that match nothing else re-ranked too, the remit matched as a field', () => {
    const candidates = chooseCandidates({
      raw: raw(10),
      count: 3,
      remits: new Map([['unclaimed assets', { score: 500, terms: ['dormant'] }]]),
      named: new Set(),
      agencyOf,
      documentsOf: (agency) => (agency === 'unclaimed assets' ? ['u1', 'u2'] : []),
    });
    // Besides the best few, for the re-ranking to judge.
    assert.deepEqual(
      candidates.map((candidate) => candidate.id),
      ['s1', 's2', 's3', 'u1', 'u2'],
    );
    assert.deepEqual(candidates[3]?.match, { dormant: ['remit'] });
    assert.deepEqual(candidates[3]?.queryTerms, ['dormant']);
    assert.equal(candidates[3]?.score, 500);
  });
});

describe('RemitIndex', () => {
  const index = new RemitIndex(
    new Remits([
      ['Unclaimed Financial Asset Authority', 'dormant account; unclaimed money', 'akaunti iliyolala'],
      ['Kenya Revenue Authority', 'tax; money owed to the taxman', ''],
    ]),
    new Analyser(lexicon, new Set()),
  );

  test('finds the agencies whose remit has the words, the one with more of them first', () => {
    const matches = index.match(new Map([['dormant', 1], ['money', 1]]));
    assert.deepEqual([...matches.keys()].sort(), ['kenya revenue authority', 'unclaimed financial asset authority']);
    assert.deepEqual(matches.get('unclaimed financial asset authority')?.terms, ['dormant', 'money']);
    assert.ok(matches.get('unclaimed financial asset authority')!.score > matches.get('kenya revenue authority')!.score);
  });

  test('its words are the remits\u2019, kept apart from the index vocabulary', () => {
    assert.ok(index.vocabulary.has('dormant'));
    assert.equal(index.match(new Map([['passport', 1]])).size, 0);
  });
});
