import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultDatasetDir, readDataset } from '@ecitizen/knowledge';
import { importDataset, KnowledgeBase } from '@ecitizen/knowledge/store';
import { addUser, bearer, bootstrapAdmin, get, post, startHarness, url, type ApiHarness, type Tokens } from './helpers.ts';

let harness: ApiHarness;
let admin: Tokens;
let agent: Tokens;

before(async () => {
  harness = await startHarness({ KNOWLEDGE_REFRESH_MS: '0' });
  // Built before the import (as by an operator's search): the index must notice the import.
  const index = await harness.app.knowledge();
  await importDataset(harness.app.db, await readDataset(defaultDatasetDir()));
  await index.refresh();
  admin = await bootstrapAdmin(harness.app);
  agent = await addUser(harness.app, admin, 'agent@ecitizen.test', 'agent');
});
after(async () => harness.close());

function send(method: 'PUT' | 'DELETE', path: string, tokens: Tokens, body?: unknown) {
  return harness.app.inject({ method, url: url(path), headers: bearer(tokens.access_token), ...(body === undefined ? {} : { payload: body as object }) });
}

const search = (q: string, tokens: Tokens = agent, limit?: number) =>
  get(harness.app, `/knowledge/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`, bearer(tokens.access_token));

describe('search', () => {
  test('finds the service a citizen means, best first, in the documented shape', async () => {
    const { size } = await harness.app.knowledge();
    assert.ok(size > 5000, `index holds ${size} documents`);
    const response = await search('renew DL');
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.status_code, 200);
    assert.ok(body.results.slice(0, 3).some((result: { external_id: string }) => ['f173c9bf28be', 'd7f07b71805b'].includes(result.external_id)), JSON.stringify(body.results));
    const [first] = body.results;
    assert.deepEqual(Object.keys(first).sort(), ['agency', 'external_id', 'kind', 'score', 'snippet', 'title', 'url']);
    const scores = body.results.map((result: { score: number }) => result.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  });

  test('Swahili and FAQs', async () => {
    const permit = (await search('kibali cha kazi')).json();
    assert.ok(permit.results.slice(0, 3).some((result: { external_id: string }) => result.external_id === '0fae058e0ea7'));
    const payment = (await search('Ninawezaje kulipia huduma?')).json();
    assert.ok(payment.results.slice(0, 3).some((result: { external_id: string; kind: string }) => result.external_id === '2e936f80367e' && result.kind === 'faq'));
  });

  test('limit is honoured; a missing or bad query is a 400 that says what is wrong; no token is a 401', async () => {
    assert.equal((await search('passport', agent, 2)).json().results.length, 2);
    const missing = await get(harness.app, '/knowledge/search', bearer(agent.access_token));
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().message, /q/);
    const tooMany = await search('passport', agent, 500);
    assert.equal(tooMany.statusCode, 400);
    assert.match(tooMany.json().message, /limit/);
    assert.equal((await get(harness.app, '/knowledge/search?q=passport')).statusCode, 401);
  });
});

describe('articles', () => {
  const article = {
    question: 'Where do I collect my Huduma Namba card?',
    answer: 'Cards are collected at the Huduma Centre where you registered, with your original ID.',
    links: [{ title: 'Huduma Kenya', url: 'https://www.hudumakenya.go.ke/' }],
    language: 'en',
    tags: ['huduma', 'collection'],
  };

  test('admins write, agents read and are refused writes, and search follows every change', async () => {
    const refused = await post(harness.app, '/knowledge/articles', article, bearer(agent.access_token));
    assert.equal(refused.statusCode, 403);

    const created = await post(harness.app, '/knowledge/articles', article, bearer(admin.access_token));
    assert.equal(created.statusCode, 201);
    const { id, external_id: externalId } = created.json().article;
    assert.equal(externalId, `article-${id}`);
    const found = (await search('collect huduma namba card')).json().results;
    assert.equal(found[0].external_id, externalId);
    assert.equal(found[0].kind, 'article');
    assert.equal(found[0].url, 'https://www.hudumakenya.go.ke/');

    const listed = (await get(harness.app, '/knowledge/articles', bearer(agent.access_token))).json();
    assert.equal(listed.total, 1);
    assert.equal(listed.articles[0].question, article.question);
    assert.equal((await get(harness.app, `/knowledge/articles/${id}`, bearer(agent.access_token))).json().article.answer, article.answer);

    assert.equal((await send('PUT', `/knowledge/articles/${id}`, agent, article)).statusCode, 403);
    const updated = await send('PUT', `/knowledge/articles/${id}`, admin, { ...article, question: 'Where is my maisha card collected?' });
    assert.equal(updated.statusCode, 200);
    assert.equal((await search('maisha card collected')).json().results[0].external_id, externalId);

    assert.equal((await send('DELETE', `/knowledge/articles/${id}`, agent)).statusCode, 403);
    assert.equal((await send('DELETE', `/knowledge/articles/${id}`, admin)).statusCode, 200);
    assert.ok(!(await search('maisha card collected')).json().results.some((result: { external_id: string }) => result.external_id === externalId));
    assert.equal((await get(harness.app, `/knowledge/articles/${id}`, bearer(agent.access_token))).statusCode, 404);
    assert.equal((await send('DELETE', `/knowledge/articles/${id}`, admin)).statusCode, 404);
  });

  test('another process picks up articles written elsewhere, and their deletion', async () => {
    const other = await KnowledgeBase.open(harness.app.db);
    try {
      const created = (await post(harness.app, '/knowledge/articles', { ...article, question: 'How do I book a slot at the Nyayo House passport office?' }, bearer(admin.access_token))).json();
      const externalId = created.article.external_id;
      assert.ok(!other.search('Nyayo House slot').some((result) => result.externalId === externalId), 'not before a refresh');
      await other.refresh();
      assert.equal(other.search('Nyayo House slot')[0]?.externalId, externalId);
      await send('DELETE', `/knowledge/articles/${created.article.id}`, admin);
      await other.refresh();
      assert.ok(!other.search('Nyayo House slot').some((result) => result.externalId === externalId));
    } finally {
      other.close();
    }
  });

  test('bad input is a 400 naming the field; unknown ids are 404', async () => {
    const badLink = await post(harness.app, '/knowledge/articles', { ...article, links: [{ title: 'x', url: 'javascript:alert(1)' }] }, bearer(admin.access_token));
    assert.equal(badLink.statusCode, 400);
    assert.match(badLink.json().message, /url/);
    const badLanguage = await post(harness.app, '/knowledge/articles', { ...article, language: 'fr' }, bearer(admin.access_token));
    assert.equal(badLanguage.statusCode, 400);
    assert.match(badLanguage.json().message, /language/);
    const noQuestion = await post(harness.app, '/knowledge/articles', { answer: 'x' }, bearer(admin.access_token));
    assert.equal(noQuestion.statusCode, 400);
    assert.match(noQuestion.json().message, /question/);
    assert.equal((await send('PUT', '/knowledge/articles/999999', admin, article)).statusCode, 404);
    assert.equal((await get(harness.app, '/knowledge/articles/abc', bearer(agent.access_token))).statusCode, 400);
  });
});
