import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONFIDENCE_THRESHOLD, documentsFromDataset, isConfident, KnowledgeIndex, readQuestions, searchMessage, type KnowledgeDocument, type SearchOptions, type SearchResult } from '../src/index.ts';
import { devQuestionsFile, fixturesDir, realDataset, realIndex, skipWithoutDevQuestions } from './helpers.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

function ids(results: readonly SearchResult[]): string[] {
  return results.map((result) => result.externalId);
}

async function top3(query: string): Promise<SearchResult[]> {
  return (await realIndex()).search(query, { limit: 3 });
}

async function assertFinds(query: string, expected: readonly string[]): Promise<void> {
  const results = await top3(query);
  assert.ok(
    results.some((result) => expected.includes(result.externalId)),
    `"${query}" should find one of ${expected.join(', ')} in the top 3, got: ${results.map((r) => r.title).join(' | ')}`,
  );
  assert.ok(isConfident(results), `"${query}" should be confident (top confidence ${results[0]?.confidence})`);
}

const NATIONAL_ID_DUPLICATE = ['9c0e5f29aad2'];
const PASSPORT = ['e7ec53358aa8'];
const DRIVING_LICENCE_RENEWAL = ['f173c9bf28be', 'd7f07b71805b'];
const BIRTH_CERTIFICATE = ['57f7778234dc', '0945b6b78c23', 'dd69e7c3c4bf', 'f3d9689142d5'];
const KRA_PIN_REGISTRATION = ['428fc9af37d0', 'b1ed8d4971b0'];
const GOOD_CONDUCT = ['66ab560846cc', 'aeefcc312843', '8d81c1f98f88'];

describe('documentsFromDataset', () => {
  test('makes one document per service, FAQ and agency', async () => {
    const data = await realDataset();
    const documents = documentsFromDataset(data);
    assert.equal(documents.length, data.services.length + data.faqs.length + data.agencies.length);
    const passport = documents.find((d) => d.kind === 'service' && d.externalId === 'e7ec53358aa8')!;
    assert.equal(passport.title, 'Passport Application');
    assert.equal(passport.agency, 'Directorate of Immigration Services (New Applications)');
    assert.equal(passport.body, '');
    assert.match(passport.context, /^Directorate of Immigration Services \(New Applications\)\. .+Ministry Of Interior/);
    const faq = documents.find((d) => d.kind === 'faq' && d.externalId === '2e936f80367e')!;
    assert.equal(faq.title, 'How do I pay for services?');
    assert.match(faq.body, /M-Pesa/);
    assert.equal(faq.agency, null);
    const agency = documents.find((d) => d.kind === 'agency' && d.title === 'Kenya Revenue Authority')!;
    assert.ok(agency.body.length > 0);
    assert.equal(agency.agency, null);
  });
});

describe('search: misspellings, abbreviations, Swahili and mixed messages', () => {
  test('misspelled English', async () => {
    await assertFinds('pasport aplication', PASSPORT);
    await assertFinds('police clearence certificate', GOOD_CONDUCT);
    await assertFinds('duplicate identty card', NATIONAL_ID_DUPLICATE);
  });

  test('abbreviations', async () => {
    await assertFinds('renew DL', DRIVING_LICENCE_RENEWAL);
    await assertFinds('KRA pin registration', KRA_PIN_REGISTRATION);
    await assertFinds('lost ID', NATIONAL_ID_DUPLICATE);
    const [first] = await top3('KRA pin');
    assert.equal(first?.agency, 'Kenya Revenue Authority');
    assert.match(first?.title ?? '', /pin/i);
  });

  test('synonyms: good conduct is a police clearance, a logbook is NTSA\u2019s registration certificate', async () => {
    await assertFinds('certificate of good conduct', GOOD_CONDUCT);
    await assertFinds('duplicate logbook', ['3542fef4b9dd', 'f00ad61103df', '9ed5c3566630']);
    // ...but only NTSA's: other registration certificates are not logbooks.
    const results = await top3('pharmacist registration certificate');
    assert.ok(results.every((r) => !r.agency?.startsWith('National Transport')), results.map((r) => r.title).join(' | '));
    assert.ok(ids(results).includes('3638fc0578d2'), 'the data spells it "Phamacist": found by fuzzy matching');
  });

  test('the usual provider wins over look-alike services (national ID, not student ID)', async () => {
    const [first] = await top3('replace lost national id');
    assert.equal(first?.externalId, '9c0e5f29aad2');
    const [licence] = await top3('leseni ya kuendesha gari');
    assert.match(licence?.agency ?? '', /^National Transport And Safety Authority/);
  });

  test('Swahili', async () => {
    await assertFinds('Nimepoteza kitambulisho changu', NATIONAL_ID_DUPLICATE);
    await assertFinds('leseni ya kuendesha gari', [...DRIVING_LICENCE_RENEWAL, '2c0b4ba18301']);
    await assertFinds('cheti cha kuzaliwa', BIRTH_CERTIFICATE);
    await assertFinds('nataka kupata pasipoti', PASSPORT);
    await assertFinds('Ninawezaje kulipia huduma?', ['2e936f80367e']);
  });

  test('connecting words may be wrong or missing in a Swahili phrase', async () => {
    await assertFinds('cheti ya kuzaliwa', BIRTH_CERTIFICATE);
    await assertFinds('cheti kuzaliwa', BIRTH_CERTIFICATE);
  });

  test('mixed English and Swahili (Sheng)', async () => {
    await assertFinds('nataka kurenew DL yangu', DRIVING_LICENCE_RENEWAL);
    await assertFinds('ID yangu imepotea', NATIONAL_ID_DUPLICATE);
  });

  test('a one-word title the query only touches does not outrank the services it is about', async () => {
    // "Reports" (Cooperatives, Crime Research) covers "report" and nothing else of the question.
    const results = await top3('I took some tablets from the chemist and got a bad rash all over my body, where do I report the drug reaction?');
    assert.ok(results.every((result) => result.title !== 'Reports'), results.map((r) => r.title).join(' | '));
  });

  test('another word of the same family counts (counselling -> Counsellor/Psychologist)', async () => {
    const [first] = await top3('I studied counselling psychology, how do I get a licence to practise');
    assert.ok(['adfb0431d9ec', 'dec9d812f5c1'].includes(first?.externalId ?? ''), first?.title);
  });

  test('selling or buying a thing is a transfer of it; no income to declare is a nil return', async () => {
    assert.ok((await top3('nimeuza gari yangu, logbook iende kwa jina la mnunuzi')).some((result) => result.title === 'Vehicle Transfer-Apply for Transfer of Ownership'));
    assert.match((await top3('sina mapato mwaka huu, returns za KRA je?'))[0]?.title ?? '', /Filing Nil Return/);
  });

  test('the citizens\u2019 variant of a service comes first unless the message is about a foreigner', async () => {
    assert.equal((await top3('TSC teacher registration'))[0]?.title, 'Teacher Registration:-Citizen');
    assert.equal((await top3('teacher registration for a foreigner'))[0]?.title, 'Teacher Registration:- Non-Citizen');
    assert.ok(!(await top3('DL expired')).some((result) => result.title === 'Foreign Driving License Conversion'));
  });

  test('an agency named by its short name is asked for its own services', async () => {
    const [first] = await top3('i need an NSSF number, how do i register');
    assert.equal(first?.externalId, '199177c3d141', first?.title);
    await assertFinds('HELB first time application', ['a337bfdf6126']);
  });

  test('two words a title has side by side, written as one, are read as two; other unknown words are not split', async () => {
    await assertFinds('stockbroker licence', ['f100a8aafd58']);
    await assertFinds('birthcertificate', BIRTH_CERTIFICATE);
    assert.equal(isConfident(await top3('explain photosynthesis for my homework')), false, '"homework" is not "home work"');
  });

  test('chat spellings are read as the words they stand for', async () => {
    await assertFinds('gud conduct', GOOD_CONDUCT);
    await assertFinds('hw do i renew DL', DRIVING_LICENCE_RENEWAL);
  });

  test('among equally good matches, the services most citizens come for rank first', async () => {
    const results = await top3('kra returns');
    assert.ok(results.some((result) => ['0a27fc3e3c96', '64515fd5e2e3'].includes(result.externalId)), results.map((r) => r.title).join(' | '));
    assert.ok(results.every((result) => result.title !== 'Ammendment Of Returns'));
  });

  test('FAQ questions are found from paraphrases', async () => {
    await assertFinds('how do I know my payment went through', ['adf149e7450b', '34c47d186845']);
    await assertFinds('can foreigners use ecitizen', ['5e4e58729adf']);
  });
});

describe('search: confidence', () => {
  test('messages about no service are rarely answered with confidence', async () => {
    const messages = async (name: string): Promise<string[]> =>
      (await readFile(join(fixturesDir, name), 'utf8'))
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    // off-topic.txt was written beside the confidence rule; off-topic-blind.txt later, blind, with
    // the everyday words services share. Searched as the bot searches a message (its sentences too),
    // the search before the service notes was confident on 33 of these 200 (16.5 %); the notes with
    // the old confidence rule and sentences free to bring in any result, on 23.
    const offTopic = [...(await messages('off-topic.txt')), ...(await messages('off-topic-blind.txt'))];
    assert.ok(offTopic.length >= 200);
    const index = await realIndex();
    const search = (query: string, options: SearchOptions): SearchResult[] => index.search(query, options);
    const confident = offTopic.filter((query) => searchMessage(search, query).confident);
    // "what is your name" meets Name Reservation; the answerer takes it for small talk first.
    assert.ok(confident.length <= offTopic.length * 0.09, `confident on ${confident.length}: ${confident.join('; ')}`);
    assert.equal(isConfident(index.search('hali ya hewa nairobi leo')), false);
  });

  test('a long message is answered by what it asks, whatever story surrounds it', async () => {
    const index = await realIndex();
    const results = index.search('lost my wallet in a matatu with my ID inside, how do i get a new one', { limit: 3 });
    assert.ok(results[0]!.confidence < CONFIDENCE_THRESHOLD, 'most of its words are no service\'s');
    assert.ok(isConfident(results), `knownCoverage ${results[0]!.knownCoverage}, evidence ${results[0]!.evidence}`);
    assert.equal(results[0]!.externalId, '9c0e5f29aad2');
  });

  test('in-domain questions are confident (dev and held-out sets)', async () => {
    const index = await realIndex();
    const questions = [
      ...(skipWithoutDevQuestions ? [] : await readQuestions(devQuestionsFile)),
      ...(await readQuestions(join(fixturesDir, 'holdout-questions.jsonl'))),
    ];
    const unsure = questions.filter((q) => !isConfident(index.search(q.question, { limit: 3 })));
    assert.ok(unsure.length / questions.length <= 0.05, `not confident on: ${unsure.map((q) => q.question).join('; ')}`);
  });

  test('confidence is in [0, 1] and a full match scores 1', async () => {
    const results = await top3('Passport Application');
    assert.equal(results[0]?.externalId, 'e7ec53358aa8');
    assert.equal(results[0]?.confidence, 1);
    for (const result of results) assert.ok(result.confidence >= 0 && result.confidence <= 1);
    assert.ok(CONFIDENCE_THRESHOLD > 0 && CONFIDENCE_THRESHOLD < 1);
  });

  test('no meaningful words: no results, not confident', async () => {
    const index = await realIndex();
    assert.deepEqual(index.search(''), []);
    assert.deepEqual(index.search('  ?! ya na the of  '), []);
    assert.equal(isConfident([]), false);
  });
});

describe('search: options and results', () => {
  test('limit defaults to 5, is capped at 50 and at least 1', async () => {
    const index = await realIndex();
    assert.equal(index.search('registration').length, 5);
    assert.equal(index.search('registration', { limit: 2 }).length, 2);
    assert.equal(index.search('registration', { limit: 500 }).length, 50);
    assert.equal(index.search('registration', { limit: 0 }).length, 1);
  });

  test('kinds restricts the kinds returned', async () => {
    const index = await realIndex();
    const faqs = index.search('payment', { kinds: ['faq'], limit: 10 });
    assert.ok(faqs.length > 0);
    assert.ok(faqs.every((r) => r.kind === 'faq'));
    const agencies = index.search('KRA', { kinds: ['agency'] });
    assert.equal(agencies[0]?.title, 'Kenya Revenue Authority');
    assert.ok(agencies.every((r) => r.kind === 'agency'));
    const services = index.search('How do I pay for services?', { kinds: ['service'] });
    assert.ok(services.every((r) => r.kind === 'service'));
    assert.ok(index.search('passport', { kinds: ['article'] }).length === 0);
  });

  test('results are ordered by score and carry snippets of at most 160 characters', async () => {
    const index = await realIndex();
    const results = index.search('birth certificate', { limit: 20 });
    for (let i = 1; i < results.length; i += 1) assert.ok(results[i - 1]!.score >= results[i]!.score);
    for (const result of results) assert.ok(result.snippet.length > 0 && result.snippet.length <= 160);
    const service = results.find((r) => r.kind === 'service')!;
    assert.equal(service.snippet, `${service.title} — ${service.agency}`);
    assert.equal(service.body, '');

    const [faq] = index.search('how do I pay for services', { kinds: ['faq'] });
    assert.ok(faq);
    assert.ok(faq.body.startsWith(faq.snippet.replace(/…$/, '')));
    const [agency] = index.search('Kenya Revenue Authority', { kinds: ['agency'] });
    assert.ok(agency && agency.body.startsWith(agency.snippet.replace(/…$/, '')));
    assert.ok(agency.snippet.length <= 160);
  });
});

describe('KnowledgeIndex: operators\u2019 articles', () => {
  const article: KnowledgeDocument = {
    kind: 'article',
    externalId: 'art-collection',
    title: 'Collecting your Maisha Namba card at the Huduma Centre',
    url: null,
    agency: null,
    body: 'Bring your waiting card; the Huduma Centre will SMS you when the card is ready.',
    context: '',
    language: 'en',
    tags: ['maisha namba', 'collection'],
  };

  test('upsert makes an article findable, a second upsert replaces it, remove forgets it', async () => {
    const data = await realDataset();
    const index = KnowledgeIndex.build(documentsFromDataset(data));
    const size = index.size;
    const query = 'maisha namba collection';
    assert.ok(!ids(index.search(query)).includes('art-collection'));

    index.upsert(article);
    assert.equal(index.size, size + 1);
    const [hit] = index.search(query);
    assert.equal(hit?.externalId, 'art-collection');
    assert.equal(hit?.kind, 'article');
    assert.ok(isConfident([hit]));
    assert.equal(hit.body, article.body);
    assert.match(hit.snippet, /^Bring your waiting card/);

    index.upsert({ ...article, title: 'Passport booking at Nyayo House', tags: ['nyayo house'], body: 'Book an appointment first.' });
    assert.equal(index.size, size + 1);
    assert.ok(!ids(index.search(query)).includes('art-collection'));
    assert.equal(index.search('nyayo house passport booking')[0]?.externalId, 'art-collection');

    index.remove('article', 'art-collection');
    assert.equal(index.size, size);
    assert.ok(!ids(index.search('nyayo house passport booking', { limit: 50 })).includes('art-collection'));
    index.remove('article', 'art-collection'); // removing twice is harmless
    assert.equal(index.size, size);
  });

  test('articles are found in Swahili through the synonym table', () => {
    const index = KnowledgeIndex.build([
      { ...article, externalId: 'a1', title: 'Replacing a lost national ID', tags: [], body: 'Report the loss, then apply.' },
      { ...article, externalId: 'a2', title: 'Paying by M-Pesa', tags: [], body: 'Use the paybill shown at checkout.' },
    ]);
    assert.equal(index.search('nimepoteza kitambulisho')[0]?.externalId, 'a1');
    assert.equal(index.search('kulipa kwa mpesa')[0]?.externalId, 'a2');
  });

  test('documents need an id and a title', () => {
    const index = KnowledgeIndex.build([]);
    assert.throws(() => index.upsert({ ...article, externalId: ' ' }), /empty externalId/);
    assert.throws(() => index.upsert({ ...article, title: '' }), /empty title/);
    assert.equal(index.size, 0);
  });
});
