import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analyser } from '../src/search/analyser.ts';
import { acronymOf, shortNamesOf } from '../src/search/acronyms.ts';
import { editDistanceAtMost, typoSubstitution } from '../src/search/edit-distance.ts';
import { conceptToken, lexicon } from '../src/search/lexicon.ts';
import { familyOf, splitWords, stem } from '../src/search/normalise.ts';
import { snippetOf, truncate } from '../src/search/snippet.ts';
import { SYNONYM_GROUPS } from '../src/search/synonyms.ts';
import { realDataset } from './helpers.ts';

const analyser = new Analyser(lexicon, new Set());

/** Concepts of each query unit, for compact assertions. */
function concepts(query: string): string[][] {
  return analyser.queryUnits(query).map((unit) => [...unit.concepts]);
}

describe('normalisation', () => {
  test('splits words, folds case, accents and joins e-/m- prefixes', () => {
    assert.deepEqual(splitWords('Renew my e-Citizen DL, pay via M-Pesa!'), ['renew', 'my', 'ecitizen', 'dl', 'pay', 'via', 'mpesa']);
    assert.deepEqual(splitWords('E-visa for my child’s café'), ['evisa', 'for', 'my', 'child', 'cafe']);
    // A spaced "E - Citizen" (as in "Class E - Citizen Tour Leaders") is not eCitizen.
    assert.deepEqual(splitWords('Class E - Citizen'), ['class', 'e', 'citizen']);
    assert.deepEqual(splitWords("I'd like my ID"), ['like', 'my', 'id']);
  });

  test('stems plurals, -ing/-ed forms and British/American spellings alike', () => {
    assert.equal(stem('licence'), stem('license'));
    assert.equal(stem('licences'), stem('licensing'));
    assert.equal(stem('permits'), 'permit');
    assert.equal(stem('companies'), 'company');
    assert.equal(stem('hiring'), stem('hire'));
    assert.equal(stem('registered'), stem('register'));
    assert.equal(stem('payment'), 'pay');
    assert.equal(stem('anonymously'), 'anonymous');
    assert.equal(stem('status'), 'status');
    assert.equal(stem('pines'), 'pine'); // not "pin"
    assert.equal(stem('parking'), 'parking'); // not "park"
    // Irregular verbs meet their other forms: "beat me up", "beaten by police".
    assert.equal(stem('beaten'), stem('beat'));
    assert.equal(stem('stolen'), stem('steals'));
    assert.equal(stem('bought'), stem('buying'));
  });

  test('the e- of an electronic service is not part of its name, but eCitizen is no citizen', () => {
    assert.equal(lexicon.token('epassport').term, lexicon.token('passport').term);
    assert.equal(lexicon.token('ecitizen').term, 'ecitizen');
    assert.equal(lexicon.token('evisa').term, 'evisa');
  });

  test('words of one family share a family key; short and plain words have none', () => {
    assert.equal(familyOf(stem('counsellor')), familyOf(stem('counselling')));
    assert.equal(familyOf(stem('recognised')), familyOf(stem('recognition')));
    assert.equal(familyOf(stem('psychologist')), familyOf(stem('psychology')));
    assert.notEqual(familyOf(stem('counsellor')), null);
    assert.equal(familyOf('passport'), null);
    assert.equal(familyOf('tax'), null);
    assert.equal(familyOf(stem('water')), null); // "wat" is too little to be a family
  });

  test('a wrong vowel is a slip, a wrong consonant another word', () => {
    assert.equal(editDistanceAtMost('clearence', 'clearance', 2, typoSubstitution), 1);
    assert.equal(editDistanceAtMost('uongo', 'hongo', 1, typoSubstitution), 2);
    assert.equal(editDistanceAtMost('uongo', 'hongo', 1), 1);
    assert.equal(editDistanceAtMost('pasport', 'passport', 1, typoSubstitution), 1);
  });
});

describe('Swahili', () => {
  test('verb prefixes are stripped only down to a known root', () => {
    assert.equal(lexicon.token('nimepoteza').term, lexicon.token('kupoteza').term);
    assert.equal(lexicon.token('imepotea').term, 'potea');
    // Derived forms of a root: applicative ("pay for"), passive subjunctive, stative.
    assert.equal(lexicon.token('kulipia').term, 'lipa');
    assert.equal(lexicon.token('arudishwe').term, 'rudisha');
    assert.equal(lexicon.token('kusajiliwa').term, 'sajili');
    // The locative -ni on a noun of the table: "kazini" (at work), "kijijini" (in the village).
    assert.equal(lexicon.token('kazini').term, 'kazi');
    assert.equal(lexicon.token('kijijini').term, 'kijiji');
    assert.equal(lexicon.token('kitabuni').term, 'kitabuni');
    assert.equal(lexicon.token('tulipe').term, 'lipa');
    assert.equal(lexicon.token('kujisajili').stop, false);
    // "ninaweza" (I can) and "nataka" (I want) say nothing about the service.
    assert.equal(lexicon.token('ninaweza').stop, true);
    assert.equal(lexicon.token('nataka').stop, true);
    // "kupata" (to get) a document is applying for it.
    assert.deepEqual(concepts('kupata'), [['APPLY']]);
    // An unknown word keeps its shape.
    assert.equal(lexicon.token('kitabu').term, 'kitabu');
  });

  test('phrases match whatever connecting word is used', () => {
    assert.deepEqual(concepts('cheti cha kuzaliwa'), [['BIRTH_CERTIFICATE']]);
    assert.deepEqual(concepts('cheti ya kuzaliwa'), [['BIRTH_CERTIFICATE']]);
    assert.deepEqual(concepts('leseni ya kuendesha gari'), [['DRIVING_LICENCE']]);
    assert.deepEqual(concepts('Nimepoteza kitambulisho changu'), [['REPLACE'], ['NATIONAL_ID']]);
  });

  test('Sheng: English verbs with Swahili prefixes', () => {
    assert.deepEqual(concepts('kurenew DL'), [['RENEW'], ['DRIVING_LICENCE']]);
  });
});

describe('query units', () => {
  test('the longest phrase wins and particles decide between phrases', () => {
    assert.deepEqual(concepts('sign up'), [['REGISTER']]);
    assert.deepEqual(concepts('sign in'), [['LOGIN']]);
    assert.deepEqual(concepts('certificate of good conduct'), [['GOOD_CONDUCT']]);
    assert.deepEqual(concepts('how long'), [['DURATION']]);
  });

  test('question words are markers, not needs; actions are flagged', () => {
    const [how, pay] = analyser.queryUnits('how do I pay');
    assert.equal(how?.marker, true);
    assert.equal(pay?.action, true);
    assert.deepEqual(pay?.concepts, ['PAY']);
  });

  test('a phrase searches its concept, not its words twice', () => {
    const [unit] = analyser.queryUnits('birth certificate');
    const terms = new Map(unit!.terms.map((t) => [t.term, t.weight]));
    assert.equal(terms.get(conceptToken('BIRTH_CERTIFICATE')), 1);
    assert.equal(terms.get(conceptToken('BIRTH')), 0.5);
    assert.equal(terms.has('birth'), false);
  });

  test('Swahili passive, negative and relative verb forms reach their root', () => {
    assert.deepEqual(concepts('hayajathibitishwa'), [['CONFIRM']]);
    assert.deepEqual(concepts('kurudishiwa'), [['REFUND']]);
    assert.deepEqual(concepts('nilizolipa'), [['PAY']]);
  });

  test('misspelt Swahili is corrected against the synonym table', () => {
    assert.deepEqual(concepts('kitambulishi'), [['NATIONAL_ID']]);
    assert.deepEqual(concepts('pasipot'), [['PASSPORT']]);
  });

  test('real words one consonant away from a table word are left alone', () => {
    // malindi is not mahindi (maize), wawili (two) not wakili (advocate), uongo (lies) not hongo (bribe).
    for (const word of ['malindi', 'wawili', 'uongo', 'akiwa', 'protect']) assert.deepEqual(concepts(word), [[]], word);
  });

  test('a word of a table word\'s family means what the table word means', () => {
    assert.deepEqual(concepts('counsellor'), concepts('counselling'));
    assert.notDeepEqual(concepts('counsellor'), [[]]);
  });

  test('a stopword alone is no concept, even when a table word stems to it', () => {
    // "mining" stems to "mine"; "mine" is the possessive.
    assert.deepEqual(concepts('tcc and mine expired'), [['TAX_COMPLIANCE'], ['EXPIRED']]);
    assert.deepEqual(concepts('mining'), [['MINING']]);
  });

  test('time words are not needs', () => {
    assert.deepEqual(concepts('nilimaliza chuo mwaka jana'), [['UNIVERSITY']]);
  });

  test('documents index words and every concept they mention', () => {
    const terms = analyser.indexTerms('Renew Smart Driving License');
    for (const expected of ['renew', 'smart', 'driv', conceptToken('RENEW'), conceptToken('DRIVING_LICENCE'), conceptToken('LICENCE')]) {
      assert.ok(terms.includes(expected), `missing ${expected} in ${terms.join(' ')}`);
    }
  });
});

describe('synonym table', () => {
  test('concepts are unique and relations point at existing concepts', () => {
    const names = SYNONYM_GROUPS.map((group) => group.concept);
    assert.equal(new Set(names).size, names.length);
    for (const group of SYNONYM_GROUPS) {
      for (const related of group.related ?? []) assert.ok(names.includes(related), `${group.concept} -> ${related}`);
      assert.ok(group.terms.length > 0);
    }
  });

  test('agency jargon only applies in that agency\u2019s service names', () => {
    assert.deepEqual(lexicon.agencyAliases('National Transport And Safety Authority (NTSA) (New)', 'Duplicate Registration Certificate-Apply'), ['logbook']);
    assert.deepEqual(lexicon.agencyAliases('Pharmacy And Poisons Board', 'Fee For A Certificate Of Registration'), []);
    assert.deepEqual(lexicon.agencyAliases('Agriculture And Food Authority (AFA)', 'Sugar Miller Registration Certificate Application'), []);
  });

  test('every home agency named in the table exists in the dataset', async () => {
    const agencies = (await realDataset()).agencies.map((agency) => agency.name.toLowerCase());
    for (const group of SYNONYM_GROUPS) {
      for (const name of group.agencies ?? []) {
        assert.ok(agencies.some((agency) => agency.startsWith(name.toLowerCase())), `${group.concept}: no agency named "${name}"`);
      }
    }
  });

  test('the concepts the brief asks for are covered', () => {
    const expectations: Array<[string, string]> = [
      ['pasipoti', 'PASSPORT'],
      ['kitambulisho', 'NATIONAL_ID'],
      ['identity card', 'NATIONAL_ID'],
      ['cheti cha kifo', 'DEATH_CERTIFICATE'],
      ['ndoa', 'MARRIAGE'],
      ['police clearance', 'GOOD_CONDUCT'],
      ['jina la biashara', 'BUSINESS_NAME'],
      ['usajili wa biashara', 'REGISTER'],
      ['kampuni', 'COMPANY'],
      ['malipo', 'PAY'],
      ['m-pesa', 'MPESA'],
      ['akaunti', 'ACCOUNT'],
      ['kujisajili', 'REGISTER'],
      ['kufanya upya', 'RENEW'],
      ['kupoteza', 'REPLACE'],
      ['kibali', 'PERMIT'],
      ['kibali cha kazi', 'WORK_PERMIT'],
      ['visa', 'VISA'],
      ['ardhi', 'LAND'],
      ['hati miliki', 'TITLE_DEED'],
      ['gari', 'VEHICLE'],
      ['logbook', 'LOGBOOK'],
      ['ukaguzi', 'INSPECTION'],
      ['malalamiko', 'COMPLAINT'],
      ['kodi', 'TAX'],
    ];
    for (const [text, concept] of expectations) {
      assert.ok(concepts(text).flat().includes(concept), `"${text}" should mean ${concept}, got ${JSON.stringify(concepts(text))}`);
    }
  });
});

describe('acronyms and snippets', () => {
  test('agency initials', () => {
    assert.equal(acronymOf('Kenya Revenue Authority'), 'kra');
    assert.equal(acronymOf('Directorate of Criminal Investigations'), 'dci');
    assert.equal(acronymOf('National Transport And Safety Authority (NTSA) (New)'), 'ntsa');
    assert.equal(acronymOf('Sports Kenya'), 'sk');
    assert.equal(acronymOf('Kenya'), '');
  });

  test('short names: initials and capitals in brackets', () => {
    assert.deepEqual(shortNamesOf('Kenya Copyright Board (KECOBO)'), ['kcb', 'kecobo']);
    assert.deepEqual(shortNamesOf('National Transport And Safety Authority (NTSA) (New)'), ['ntsa']);
    assert.deepEqual(shortNamesOf('Kenya'), []);
  });

  test('snippets are one short line', () => {
    assert.equal(snippetOf({ kind: 'service', title: 'Passport Application', agency: 'Immigration', body: '' }), 'Passport Application — Immigration');
    assert.equal(snippetOf({ kind: 'faq', title: 'Q?', agency: null, body: 'Short\nanswer.' }), 'Short answer.');
    const long = truncate('word '.repeat(100));
    assert.ok(long.length <= 160);
    assert.ok(long.endsWith('…'));
    assert.ok(!long.includes('  '));
  });
});
