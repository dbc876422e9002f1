import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analyser } from '../src/search/analyser.ts';
import { CATALOGUE_GLOSSARY } from '../src/search/glossary/catalogue-glossary.ts';
import { glossesFrom, type GlossEntry } from '../src/search/glossary/glossary.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { splitWords } from '../src/search/normalise.ts';
import { isStopword } from '../src/search/stopwords.ts';
import { Translator } from '../src/search/translator.ts';
import { realDataset, realIndex } from './helpers.ts';

// Words the synonym table does not know (it knows "dhamana", "house", "usajili").
const GLOSSARY: GlossEntry[] = [
  ['coconut', 'nazi; mnazi; minazi'],
  ['afforestation', '-panda miti'],
  ['mother', 'mama'],
  ['deregistration', '', 'written off'],
  ['domestic', '', 'househelp; maid'],
  ['bran', 'pumba'],
  ['chaff', 'pumba'],
];

/** An analyser over an index that knows `words`, reading the glossary above. */
function analyserKnowing(...words: string[]): Analyser {
  return new Analyser(lexicon, new Set(words), new Translator(glossesFrom(GLOSSARY), lexicon));
}

/** Each query unit's terms and weights, for compact assertions. */
function units(analyser: Analyser, query: string): Array<Record<string, number>> {
  return analyser.queryUnits(query).map((unit) => Object.fromEntries(unit.terms.map(({ term, weight }) => [term, weight])));
}

describe('glossary file', () => {
  test('reads the Swahili and everyday English of each word', () => {
    assert.deepEqual(glossesFrom([['coconut', ' nazi;minazi; '], ['fare', '', 'bus fare']]), [
      { english: 'coconut', swahili: ['nazi', 'minazi'], everyday: [] },
      { english: 'fare', swahili: [], everyday: ['bus fare'] },
    ]);
  });

  test('a malformed entry is named', () => {
    assert.throws(() => glossesFrom([['coconut', 'nazi'], ['Coconut Loans', 'nazi']]), /glossary entry 2 \("Coconut Loans"\)/);
    assert.throws(() => glossesFrom([['coconut', ' ', '']]), /glossary entry 1/);
  });

  test('the shipped glossary glosses words of the catalogue, with no term that is only stopwords', async () => {
    const glosses = glossesFrom(CATALOGUE_GLOSSARY);
    assert.ok(glosses.length > 0);
    const data = await realDataset();
    const catalogueWords = new Set(
      [...data.services.map((service) => service.name), ...data.agencies.map((agency) => agency.name), ...data.faqs.map((faq) => faq.question)].flatMap((text) => splitWords(text)),
    );
    const strangers = glosses.filter((gloss) => !catalogueWords.has(gloss.english)).map((gloss) => gloss.english);
    assert.deepEqual(strangers, [], 'glossed words that no service, agency or FAQ uses');
    const empty = glosses.flatMap((gloss) => [...gloss.swahili, ...gloss.everyday]).filter((term) => splitWords(term.replace(/^-/, '')).every(isStopword));
    assert.deepEqual(empty, []);
  });
});

describe('Translator', () => {
  test('a Swahili word neither the table nor the index knows is read as the catalogue word', () => {
    // Its own word is searched too: an agency's remit may have it.
    assert.deepEqual(units(analyserKnowing('coconut', 'loan'), 'mkopo wa minazi').at(-1), { coconut: 1, minazi: 1 });
  });

  test('a word of two senses answers either, each a little less', () => {
    assert.deepEqual(units(analyserKnowing('bran', 'chaff'), 'pumba'), [{ bran: 0.8, chaff: 0.8, pumba: 1 }]);
  });

  test('glossary verbs are read in any of their forms, with the words after them', () => {
    const analyser = analyserKnowing('afforestation');
    for (const query of ['kupanda miti', 'tunapanda miti', 'nimepanda miti']) {
      const found = units(analyser, query);
      assert.equal(found.length, 1, query);
      assert.equal(found[0]?.afforestation, 1, query);
    }
  });

  test('a word the index knows keeps its own meaning ("mama" may be a word of some titles)', () => {
    assert.deepEqual(units(analyserKnowing('mama', 'mother'), 'mama'), [{ mama: 1 }]);
    assert.deepEqual(units(analyserKnowing('mother'), 'mama'), [{ mother: 1, mama: 1 }]);
  });

  test('an everyday English phrase means the catalogue word and keeps its own words at half weight', () => {
    assert.deepEqual(units(analyserKnowing('write', 'deregistration'), 'written off').at(-1), { deregistration: 1, write: 0.5 });
    // One everyday word the index knows is searched as written: "maid" may be a name.
    assert.deepEqual(units(analyserKnowing('maid', 'domestic'), 'maid'), [{ maid: 1 }]);
    assert.deepEqual(units(analyserKnowing('domestic'), 'househelp'), [{ domestic: 1, househelp: 1 }]);
  });

  test('a leading stopword does not let a phrase reach across a sentence; a negation stays', () => {
    const analyser = new Analyser(
      lexicon,
      new Set(['kenya', 'locally', 'sleep', 'insomnia']),
      new Translator(glossesFrom([['locally', '', 'in kenya'], ['insomnia', '', 'no sleep']]), lexicon),
    );
    assert.ok(units(analyser, 'advertise in the kenya gazette').some((unit) => unit.kenya === 1 && unit.locally === undefined));
    assert.deepEqual(units(analyser, 'no sleep').at(-1), { insomnia: 1, sleep: 0.5 });
  });

  test('an unknown glossary word is not "corrected" into a table word', () => {
    assert.deepEqual(units(analyserKnowing('coconut'), 'minazi'), [{ coconut: 1, minazi: 1 }]);
  });
});

describe('search with the glossary', () => {
  test('a Swahili message reaches a long-tail service through the words of its name', async () => {
    const index = await realIndex();
    const [first] = index.search('nataka mkopo wa kupanda minazi', { limit: 3 });
    assert.equal(first?.title, 'Coconut loans');
  });
});
