import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PASSWORD, post, startHarness, type ApiHarness } from './helpers.ts';

let harness: ApiHarness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

test('two sign-ups racing on an empty database make exactly one admin', async () => {
  const apps = [harness.app, await harness.restart(), await harness.restart()];
  const responses = await Promise.all(
    Array.from({ length: 12 }, (_, i) => post(apps[i % apps.length]!, '/auth/register', { email: `racer${i}@ecitizen.test`, password: PASSWORD })),
  );
  const created = responses.filter((response) => response.statusCode === 201);
  const refused = responses.filter((response) => response.statusCode === 401);
  assert.equal(created.length, 1, responses.map((r) => `${r.statusCode} ${r.body}`).join('\n'));
  assert.equal(refused.length, 11);
  assert.equal(await harness.app.db.user.count(), 1);
  assert.equal(await harness.app.db.user.count({ where: { role: 'admin' } }), 1);
});
