import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from '../src/index.ts';
import { analyseSwahiliVerb, isEnglishWord, languageScores } from '../src/language.ts';

const SWAHILI = [
  // From the brief.
  'Nimepoteza kitambulisho changu',
  'Ninawezaje kulipia huduma?',
  'leseni ya kuendesha gari',
  'kibali cha kazi',
  'nimelipa kwa M-Pesa lakini sijapata uthibitisho',
  'Habari',
  'Habari yako',
  'Asante sana',
  'Sasa',
  'nataka ku-renew passport yangu',
  // Everyday questions.
  'Naomba msaada wa kupata cheti cha kuzaliwa',
  'Je, ninaweza kuomba pasipoti mtandaoni?',
  'Nimejaribu kuingia kwenye akaunti yangu lakini inakataa',
  'Nimesahau nenosiri langu',
  'Kitambulisho changu kitakuwa tayari lini?',
  'Ni pesa ngapi kupata leseni?',
  'Nataka kubadilisha jina kwenye kitambulisho',
  'pasipoti yangu imechelewa sana',
  'mbona malipo yangu hayajaonekana',
  'Ninahitaji kusajili biashara yangu',
  'Nimetuma pesa mara mbili',
  'Hii huduma inachukua muda gani?',
  'Vipi nitapata cheti cha ndoa?',
  'Mambo vipi',
  'Sijapokea ujumbe wa uthibitisho',
  'kwaheri',
  'Naweza kulipa kwa kadi ya benki?',
  'PIN yangu ni 1234',
  // Sheng and code-mixing.
  'niaje buda, nataka kujua kuhusu kitambulisho',
  'ninataka kurenew leseni yangu ya udereva',
  'nimeapply good conduct lakini haijatoka',
  'form ni gani msee, nime-pay lakini hakuna kitu',
  // Misspellings.
  'tafadhari nisaidie',
  'asanti sana',
  'habri yako',
  'nmepoteza id yangu',
  'kitambulicho changu kimepotea',
  'tafathali nisaidiye kupata kitambulisho',
];

const ENGLISH = [
  // From the brief.
  'how do I renew my driving licence?',
  'KRA pin',
  'renew DL',
  'Hello',
  'thanks',
  // Everyday questions.
  'I lost my ID card',
  'How much does a passport cost?',
  'my payment has not reflected',
  'I paid via M-Pesa but did not get a receipt',
  'where can I collect my certificate',
  'how long does it take to get a good conduct certificate',
  'Please help me reset my password',
  'Can I track my application status?',
  'Good morning',
  'The site keeps showing an error',
  'How do I register a business name?',
  'I need a work permit',
  'When will my ID be ready?',
  'I have been waiting for weeks',
  'Thank you so much',
  'is the service available on weekends',
  'My smart DL application was rejected',
  'how can i change my phone number on ecitizen',
  'I was charged twice for the same service',
  'what documents do I need for a marriage certificate',
  'bye',
  'Hi there',
  'I visited ecitizen.go.ke yesterday',
  // Mixed, English dominant.
  'Sasa, I want to apply for a passport',
  // Texting and misspellings.
  'I cant login to my account',
  'i want to aply for a pasport',
  'wat are the requirements for a birth certificate',
  'plz help me',
  'can u help me with my log book transfer',
  'hw do i pay 4 my passport',
  'my aplication was rejectd, what shud i do',
];

test(`${SWAHILI.length} Swahili messages are detected as Swahili`, () => {
  assert.ok(SWAHILI.length >= 30);
  for (const s of SWAHILI) assert.equal(detectLanguage(s), 'sw', `${s} ${JSON.stringify(languageScores(s))}`);
});

test(`${ENGLISH.length} English messages are detected as English, even when the fallback is Swahili`, () => {
  assert.ok(ENGLISH.length >= 30);
  for (const s of ENGLISH) assert.equal(detectLanguage(s, 'sw'), 'en', `${s} ${JSON.stringify(languageScores(s))}`);
});

test('no evidence, or a tie, keeps the fallback', () => {
  for (const s of ['passport', 'KRA', 'NTSA 2024', '12345', '', '   ', '🙏🙏', '?', 'M-Pesa', 'ecitizen.go.ke']) {
    assert.equal(detectLanguage(s), 'en', s);
    assert.equal(detectLanguage(s, 'sw'), 'sw', s);
  }
  // One word each way.
  assert.equal(detectLanguage('passport yangu please', 'sw'), 'sw');
  assert.equal(detectLanguage('passport yangu please', 'en'), 'en');
});

test('the dominant language wins a mixed message', () => {
  assert.equal(detectLanguage('nataka ku-renew passport yangu'), 'sw');
  assert.equal(detectLanguage('Habari, I want to know how to renew my passport'), 'en');
  assert.equal(detectLanguage('Hello, nataka kujua jinsi ya kupata kitambulisho changu'), 'sw');
});

test('Swahili verbs are recognised by their structure, not a list', () => {
  for (const verb of ['nimepoteza', 'ninawezaje', 'kulipia', 'sijapata', 'nitapata', 'tumelipa', 'hawajapokea', 'nisaidie', 'imekataliwa', 'aliyenitumia']) {
    assert.equal(analyseSwahiliVerb(verb), 'swahili', verb);
  }
  for (const verb of ['kurenew', 'nimeapply', 'imereject']) assert.equal(analyseSwahiliVerb(verb), 'mixed', verb);
  for (const word of ['amended', 'unable', 'nation', 'amount', 'update', 'material', 'alive', 'await', 'items']) {
    assert.equal(analyseSwahiliVerb(word), null, word);
  }
});

test('English inflections reach their base word', () => {
  for (const w of ['renewing', 'applied', 'payments', 'stopped', 'logging', 'charges', 'registration']) assert.equal(isEnglishWord(w), true, w);
  assert.equal(isEnglishWord('kitambulisho'), false);
});

test('misspellings count, but for less than a word recognised outright', () => {
  const { sw, en } = languageScores('tafadhari');
  assert.ok(sw > 0 && sw < 1, `sw=${sw}`);
  assert.equal(en, 0);
});

test('links, emails and brand names do not vote', () => {
  assert.deepEqual(languageScores('https://accounts.ecitizen.go.ke/login jane@example.com'), { sw: 0, en: 0 });
  assert.deepEqual(languageScores('M-Pesa e-citizen'), { sw: 0, en: 0 });
});
