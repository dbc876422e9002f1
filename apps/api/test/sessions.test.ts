import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { deleteRedisPrefix } from '@ecitizen/testing';
import { bearer, bootstrapAdmin, get, login, post, startHarness, type ApiHarness } from './helpers.ts';

let harness: ApiHarness;
before(async () => {
  harness = await startHarness();
  await bootstrapAdmin(harness.app);
});
after(() => harness.close());

const EMAIL = 'admin@ecitizen.test';

function refresh(app = harness.app, token: string) {
  return post(app, '/auth/refresh', undefined, bearer(token));
}

describe('logout', () => {
  for (const path of ['/logout', '/auth/logout']) {
    test(`POST ${path} revokes the access token and the login's refresh tokens`, async () => {
      const tokens = await login(harness.app, EMAIL);
      const response = await post(harness.app, path, undefined, bearer(tokens.access_token));
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { status_code: 200, message: 'logout successful' });

      const me = await get(harness.app, '/auth/me', bearer(tokens.access_token));
      assert.equal(me.statusCode, 401);
      assert.deepEqual(me.json(), { msg: 'Token has been revoked' });
      const refreshed = await refresh(harness.app, tokens.refresh_token);
      assert.equal(refreshed.statusCode, 401);
      assert.deepEqual(refreshed.json(), { msg: 'Token has been revoked' });
      const again = await post(harness.app, path, undefined, bearer(tokens.access_token));
      assert.equal(again.statusCode, 401);
    });
  }

  test('logging out one login leaves the others working', async () => {
    const phone = await login(harness.app, EMAIL);
    const laptop = await login(harness.app, EMAIL);
    await post(harness.app, '/logout', undefined, bearer(phone.access_token));
    assert.equal((await get(harness.app, '/auth/me', bearer(laptop.access_token))).statusCode, 200);
    assert.equal((await refresh(harness.app, laptop.refresh_token)).statusCode, 200);
  });

  test('logout needs an access token, not a refresh token', async () => {
    const tokens = await login(harness.app, EMAIL);
    const response = await post(harness.app, '/logout', undefined, bearer(tokens.refresh_token));
    assert.equal(response.statusCode, 401);
    assert.deepEqual(response.json(), { msg: 'Only non-refresh tokens are allowed' });
  });

  test('revocation survives a restart of the api and an emptied Redis', async () => {
    const tokens = await login(harness.app, EMAIL);
    await post(harness.app, '/logout', undefined, bearer(tokens.access_token));
    // A Redis restart without persistence loses every key: the cache must be rebuilt from MySQL.
    assert.ok((await deleteRedisPrefix(harness.env.redisPrefix)) > 0);
    const restarted = await harness.restart();
    const me = await get(restarted, '/auth/me', bearer(tokens.access_token));
    assert.equal(me.statusCode, 401);
    assert.deepEqual(me.json(), { msg: 'Token has been revoked' });
    assert.deepEqual((await refresh(restarted, tokens.refresh_token)).json(), { msg: 'Token has been revoked' });
    // And a live token still works there: the rebuilt cache holds only revocations.
    const live = await login(restarted, EMAIL);
    assert.equal((await get(restarted, '/auth/me', bearer(live.access_token))).statusCode, 200);
  });

  test('a logout on one api process is honoured by another at once', async () => {
    const other = await harness.restart();
    const tokens = await login(harness.app, EMAIL);
    assert.equal((await get(other, '/auth/me', bearer(tokens.access_token))).statusCode, 200);
    await post(harness.app, '/logout', undefined, bearer(tokens.access_token));
    assert.deepEqual((await get(other, '/auth/me', bearer(tokens.access_token))).json(), { msg: 'Token has been revoked' });
  });
});

describe('refresh', () => {
  test('returns a new access token in the original shape, plus the rotated refresh token', async () => {
    const tokens = await login(harness.app, EMAIL);
    const response = await refresh(harness.app, tokens.refresh_token);
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.status_code, 200);
    assert.equal(typeof body.access_token, 'string');
    assert.notEqual(body.access_token, tokens.access_token);
    assert.notEqual(body.refresh_token, tokens.refresh_token);
    assert.equal((await get(harness.app, '/auth/me', bearer(body.access_token))).statusCode, 200);
    // The rotated refresh token works in turn.
    assert.equal((await refresh(harness.app, body.refresh_token)).statusCode, 200);
  });

  test('reusing a rotated refresh token revokes the whole login', async () => {
    const stolen = await login(harness.app, EMAIL);
    const first = (await refresh(harness.app, stolen.refresh_token)).json();
    // The old refresh token comes back: someone else has a copy.
    const reuse = await refresh(harness.app, stolen.refresh_token);
    assert.equal(reuse.statusCode, 401);
    assert.deepEqual(reuse.json(), { msg: 'Token has been revoked' });
    // Everything of that login is now dead: the newest refresh token and every access token.
    assert.deepEqual((await refresh(harness.app, first.refresh_token)).json(), { msg: 'Token has been revoked' });
    assert.deepEqual((await get(harness.app, '/auth/me', bearer(first.access_token))).json(), { msg: 'Token has been revoked' });
    assert.deepEqual((await get(harness.app, '/auth/me', bearer(stolen.access_token))).json(), { msg: 'Token has been revoked' });
    const family = await harness.app.db.tokenFamily.findFirstOrThrow({ where: { revokedReason: 'refresh_reuse' } });
    assert.ok(family.revokedAt);
  });

  test('two refreshes racing with one token: one wins, the login is then revoked', async () => {
    const tokens = await login(harness.app, EMAIL);
    const [a, b] = await Promise.all([refresh(harness.app, tokens.refresh_token), refresh(harness.app, tokens.refresh_token)]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 401]);
  });

  test('a disabled user cannot refresh', async () => {
    const tokens = await login(harness.app, EMAIL);
    await harness.app.db.user.update({ where: { email: EMAIL }, data: { disabledAt: new Date() } });
    try {
      const response = await refresh(harness.app, tokens.refresh_token);
      assert.equal(response.statusCode, 401);
      assert.deepEqual(response.json(), { msg: 'Token has been revoked' });
    } finally {
      await harness.app.db.user.update({ where: { email: EMAIL }, data: { disabledAt: null } });
    }
  });

  test('refresh with no token is a 401', async () => {
    const response = await post(harness.app, '/auth/refresh');
    assert.equal(response.statusCode, 401);
    assert.deepEqual(response.json(), { msg: 'Missing Authorization Header' });
  });
});
