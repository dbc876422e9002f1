import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildRewritePrompt, parseRewrite } from '../src/answering/query-rewrite.ts';

test('the query is the first line of the reply, without quotes or a full stop', () => {
  assert.equal(parseRewrite('"report cyber crime incident"'), 'report cyber crime incident');
  assert.equal(parseRewrite('Objection to KRA tax assessment.\n(The citizen disputes an assessment.)'), 'Objection to KRA tax assessment');
});

test('a refusal, a link or an answer instead of a query gives no query', () => {
  assert.equal(parseRewrite('NONE'), null);
  assert.equal(parseRewrite('None.'), null);
  assert.equal(parseRewrite(''), null);
  assert.equal(parseRewrite('https://ecitizen.go.ke/passport'), null);
  assert.equal(parseRewrite("I'm sorry, I don't know the answer to that, but I can connect you with a person who can help."), null);
});

test('the prompt keeps the citizen\'s message apart from the rules and asks for English', () => {
  const [system, user] = buildRewritePrompt('nimelipa lakini haijaonyesha', 'sw');
  assert.equal(system!.role, 'system');
  assert.match(system!.content, /into a search query/);
  assert.match(system!.content, /query must be in English/);
  assert.deepEqual(user, { role: 'user', content: 'nimelipa lakini haijaonyesha' });
  assert.doesNotMatch(buildRewritePrompt('renew dl', 'en')[0]!.content, /Kiswahili/);
});
