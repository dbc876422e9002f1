import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentsFromDataset, KnowledgeIndex, type KnowledgeDocument } from '../src/index.ts';
import { splitWords } from '../src/search/normalise.ts';
import type { SearchResult as MiniSearchResult } from 'minisearch';
import { withNotes } from '../src/search/notes/note-index.ts';
import { Notes } from '../src/search/notes/notes.ts';
import { SERVICE_NOTES } from '../src/search/notes/services/index.ts';
import { isStopword } from '../src/search/stopwords.ts';
import { termsOf } from '../src/search/term-list.ts';
import { realDataset, realIndex } from './helpers.ts';

/** Words that every service could claim: a term made of nothing else says nothing about one. */
const GENERIC = new Set(
  'application apply applying form online portal ecitizen service services payment pay fee fees certificate licence license permit registration register kenya government office huduma kuomba ombi malipo kulipa kibali cheti leseni serikali usajili kusajili new renewal renew'.split(
    ' ',
  ),
);

const contentWords = (term: string): string[] => splitWords(term).filter((word) => !isStopword(word));

describe('Notes', () => {
  test('a service\u2019s note joins its English and Swahili terms; other services have none', () => {
    const notes = new Notes([['a1b2c3d4e5f6', 'Firearm Certificate Card', 'gun licence; own a pistol ', ' leseni ya bunduki;;']]);
    assert.equal(notes.of('a1b2c3d4e5f6'), 'gun licence; own a pistol; leseni ya bunduki');
    assert.equal(notes.of('000000000000'), '');
    assert.deepEqual([...notes.written()], [['a1b2c3d4e5f6', 'Firearm Certificate Card']]);
  });
});

describe('withNotes', () => {
  const result = (id: string, score: number, term: string): MiniSearchResult => ({ id, score, terms: [term], queryTerms: [term], match: { [term]: ['title'] } });

  test('a note adds to its entry\u2019s score as MiniSearch scores a field, and an entry its note alone matches joins if admitted', () => {
    const notes = new Map([
      ['service:b', { score: 6, terms: ['z'] }],
      ['service:c', { score: 3, terms: ['x'] }],
      ['service:d', { score: 50, terms: ['x'] }],
    ]);
    const ranked = withNotes([result('service:a', 10, 'x'), result('service:b', 4, 'y')], notes, (key) => key !== 'service:d', 3);
    // b: (4 / 1 term + 6 / 1 term) x 2 terms matched = 20.
    assert.deepEqual(
      ranked.map((entry) => [entry.id, entry.score]),
      [
        ['service:b', 20],
        ['service:a', 10],
        ['service:c', 3],
      ],
    );
    assert.deepEqual(ranked[0]?.match, { y: ['title'], z: ['notes'] });
    assert.deepEqual(ranked[2]?.match, { x: ['notes'] });
  });

  test('only the best `count` are kept: below the last of them, note matches are not even made results', () => {
    const notes = new Map([['service:c', { score: 1, terms: ['x'] }]]);
    const ranked = withNotes([result('service:a', 10, 'x'), result('service:b', 4, 'y')], notes, () => true, 2);
    assert.deepEqual(
      ranked.map((entry) => entry.id),
      ['service:a', 'service:b'],
    );
  });
});

describe('the shipped notes', () => {
  test('are written for the services of the dataset, each under its own name, once', async () => {
    const data = await realDataset();
    const names = new Map(data.services.map((service) => [service.externalId, service.name]));
    const ids = SERVICE_NOTES.map(([id]) => id);
    assert.equal(new Set(ids).size, ids.length, 'a service has two notes');
    assert.deepEqual(
      SERVICE_NOTES.filter(([id, title]) => names.get(id) !== title).map(([id, title]) => `${id} ${title}`),
      [],
      'notes of services the dataset does not have, or written under another name',
    );
    assert.ok(ids.length >= data.services.length * 0.99, `${ids.length} of ${data.services.length} services have a note`);
  });

  test('have English and Swahili terms of one to six words that say more than any service would', () => {
    const bad: string[] = [];
    for (const [id, , english, swahili] of SERVICE_NOTES) {
      if (termsOf(english).length === 0 || termsOf(swahili).length === 0) bad.push(`${id}: a language has no terms`);
      for (const term of termsOf(english, swahili)) {
        const words = contentWords(term);
        if (words.length === 0 || term.split(/\s+/).length > 6 || words.every((word) => GENERIC.has(word))) bad.push(`${id}: "${term}"`);
      }
    }
    assert.deepEqual(bad, []);
  });
});

describe('search with the notes', () => {
  const service = (externalId: string, title: string, agency: string): KnowledgeDocument => ({
    kind: 'service',
    externalId,
    title,
    url: null,
    agency,
    body: '',
    context: '',
    language: 'en',
    tags: [],
  });

  test('a note tells a service from its siblings in words its name does not have', async () => {
    const data = await realDataset();
    const [note] = SERVICE_NOTES.filter(([, title]) => title === 'Firearm Certificate Card');
    assert.ok(note, 'the Firearm Certificate Card has a note');
    const siblings = data.services.filter((entry) => entry.agencyId === data.services.find((s) => s.externalId === note[0])!.agencyId);
    const documents = siblings.map((entry) => service(entry.externalId, entry.name, 'Firearms Licensing Board'));
    const withNotes = KnowledgeIndex.build(documents);
    const [first] = withNotes.search('I want to own a pistol for self defence', { limit: 3 });
    assert.equal(first?.externalId, note[0]);
  });

  test('note words are no words of the catalogue: a Swahili word is still read through the glossary', async () => {
    const data = await realDataset();
    const index = KnowledgeIndex.build(documentsFromDataset(data));
    const [first] = index.search('mkopo wa minazi', { limit: 3 });
    assert.equal(first?.title, 'Coconut loans');
  });

  test('a service found only through its note is one of the best three for the whole catalogue', async () => {
    const index = await realIndex();
    const titles = (query: string): string[] => index.search(query, { limit: 3 }).map((result) => result.title);
    assert.ok(titles('nataka kumiliki bastola kujilinda').includes('Firearm Certificate Card'), titles('nataka kumiliki bastola kujilinda').join(' | '));
  });
});
