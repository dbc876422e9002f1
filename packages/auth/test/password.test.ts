import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, isValidEmail, normaliseEmail, verifyPassword } from '../src/index.ts';

test('a hash verifies its password and no other', async () => {
  const hash = await hashPassword('correct horse battery');
  assert.equal(await verifyPassword(hash, 'correct horse battery'), true);
  assert.equal(await verifyPassword(hash, 'Correct horse battery'), false);
  assert.notEqual(await hashPassword('correct horse battery'), hash, 'salted: the same password hashes differently');
});

test('no stored hash (unknown user) never verifies', async () => {
  assert.equal(await verifyPassword(null, 'anything at all'), false);
});

test('a corrupt stored hash fails closed instead of throwing', async () => {
  assert.equal(await verifyPassword('not-a-hash', 'anything'), false);
});

test('emails are normalised and checked', () => {
  assert.equal(normaliseEmail('  Jane.Doe@Example.CO.KE '), 'jane.doe@example.co.ke');
  assert.equal(isValidEmail('jane.doe@example.co.ke'), true);
  for (const bad of ['jane', 'jane@', '@example.com', 'jane@example', 'ja ne@example.com', 'jane@@example.com']) {
    assert.equal(isValidEmail(bad), false, bad);
  }
});
