import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentsFromDataset, KnowledgeIndex } from '../src/index.ts';
import { splitWords } from '../src/search/normalise.ts';
import { AGENCY_REMITS } from '../src/search/remits/agency-remits.ts';
import { Remits } from '../src/search/remits/remits.ts';
import { isStopword } from '../src/search/stopwords.ts';
import { realDataset, realIndex } from './helpers.ts';

describe('Remits', () => {
  test('an agency\u2019s remit is found by its name, whatever the case; none for others', () => {
    const remits = new Remits([['Unclaimed Financial Assets Authority', 'dormant account; unclaimed money', 'akaunti iliyolala']]);
    assert.equal(remits.of('UNCLAIMED FINANCIAL ASSETS AUTHORITY'), 'dormant account; unclaimed money; akaunti iliyolala');
    assert.equal(remits.of('Kenya Revenue Authority'), '');
    assert.equal(remits.of(null), '');
  });

  test('the shipped remits name agencies of the dataset, with terms of one to five words that say something', async () => {
    const data = await realDataset();
    const agencies = new Set(data.agencies.map((agency) => agency.name));
    assert.deepEqual(AGENCY_REMITS.map(([name]) => name).filter((name) => !agencies.has(name)), [], 'remits of agencies the dataset does not have');
    assert.ok(AGENCY_REMITS.length >= agencies.size * 0.9, `${AGENCY_REMITS.length} of ${agencies.size} agencies have a remit`);
    const terms = AGENCY_REMITS.flatMap(([, english, swahili]) => [...english.split(';'), ...swahili.split(';')].map((term) => term.trim()));
    const contentWords = (term: string): string[] => splitWords(term.replace(/^-/, '')).filter((word) => !isStopword(word));
    assert.deepEqual(terms.filter((term) => contentWords(term).length === 0 || contentWords(term).length > 5), [], 'terms that are only stopwords, or overlong');
  });
});

describe('search with the remits', () => {
  test('a situation reaches the agency that deals with it, though no name says so', async () => {
    const index = await realIndex();
    const agencyOf = (query: string): Array<string | null> => index.search(query, { limit: 3 }).map((result) => result.agency);
    assert.ok(agencyOf('how can we claim money my late father left in a bank account that went dormant').includes('Unclaimed Financial Asset Authority'));
    assert.ok(agencyOf('someone copied my company logo, how do I protect it').includes('Kenya Industrial Property Institute'));
  });

  test('remit words are no words of the catalogue: a Swahili word is still read through the glossary', async () => {
    const data = await realDataset();
    const index = KnowledgeIndex.build(documentsFromDataset(data));
    const [first] = index.search('mkopo wa minazi', { limit: 3 });
    assert.equal(first?.title, 'Coconut loans');
  });
});
