import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { bearer, bootstrapAdmin, get, login, post, startHarness, type ApiHarness, type Tokens } from './helpers.ts';

let harness: ApiHarness;
let admin: Tokens;
before(async () => {
  harness = await startHarness();
  admin = await bootstrapAdmin(harness.app);
});
after(() => harness.close());

function decode(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A token signed by hand, so tests can forge what an attacker would send. */
function handMade(header: object, payload: object, secret: string, algorithm = 'sha256'): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac(algorithm, secret).update(unsigned).digest('base64url')}`;
}

async function meStatus(token: string): Promise<[number, unknown]> {
  const response = await get(harness.app, '/auth/me', bearer(token));
  return [response.statusCode, response.json()];
}

describe('login', () => {
  test('answers with the original contract and HS256 tokens of the right types', async () => {
    const response = await post(harness.app, '/auth/login', { email: 'ADMIN@ecitizen.test', password: 'correct horse battery' });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.deepEqual(Object.keys(body).sort(), ['access_token', 'message', 'refresh_token', 'status_code']);
    assert.equal(body.status_code, 200);
    assert.equal(body.message, 'User authentication successful');
    const header = JSON.parse(Buffer.from(body.access_token.split('.')[0], 'base64url').toString());
    assert.equal(header.alg, 'HS256');
    const access = decode(body.access_token);
    const refresh = decode(body.refresh_token);
    assert.equal(access.typ, 'access');
    assert.equal(refresh.typ, 'refresh');
    assert.equal(access.fid, refresh.fid, 'both tokens belong to one login');
    assert.equal((access.exp as number) - (access.iat as number), 900, 'access tokens last ACCESS_TOKEN_TTL (15 minutes)');
    const refreshLifetime = (refresh.exp as number) - (refresh.iat as number);
    // The login's end is fixed when it starts, a clock tick may pass before signing.
    assert.ok(Math.abs(refreshLifetime - 30 * 24 * 3600) <= 1, `refresh tokens last REFRESH_TOKEN_TTL (30 days), got ${refreshLifetime}s`);
  });

  test('a wrong password and an unknown email get the same 401 body', async () => {
    const wrongPassword = await post(harness.app, '/auth/login', { email: 'admin@ecitizen.test', password: 'not the password' });
    const unknownEmail = await post(harness.app, '/auth/login', { email: 'nobody@ecitizen.test', password: 'not the password' });
    assert.equal(wrongPassword.statusCode, 401);
    assert.equal(unknownEmail.statusCode, 401);
    assert.equal(wrongPassword.body, unknownEmail.body);
    assert.deepEqual(wrongPassword.json(), { status_code: 401, message: 'Invalid email or password' });
  });

  test('an unknown email costs a password verification too (no timing oracle)', async () => {
    // Not a speed target: a ratio. Without the dummy verification an unknown
    // email answers about 20 times faster than a wrong password.
    const median = async (email: string) => {
      const times: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        const start = process.hrtime.bigint();
        await post(harness.app, '/auth/login', { email, password: 'not the password' });
        times.push(Number(process.hrtime.bigint() - start));
      }
      return times.sort((a, b) => a - b)[3]!;
    };
    const known = await median('admin@ecitizen.test');
    const unknown = await median('nobody@ecitizen.test');
    assert.ok(unknown > known * 0.4, `unknown email took ${unknown / 1e6} ms, known ${known / 1e6} ms`);
  });

  test('a disabled account cannot log in', async () => {
    await post(harness.app, '/auth/register', { email: 'gone@ecitizen.test', password: 'correct horse battery' }, bearer(admin.access_token));
    await harness.app.db.user.update({ where: { email: 'gone@ecitizen.test' }, data: { disabledAt: new Date() } });
    const response = await post(harness.app, '/auth/login', { email: 'gone@ecitizen.test', password: 'correct horse battery' });
    assert.equal(response.statusCode, 403);
    assert.match(response.json().message, /disabled/);
  });
});

describe('token checks', () => {
  test('a valid access token passes', async () => {
    const [status, body] = await meStatus(admin.access_token);
    assert.equal(status, 200);
    assert.deepEqual(body, { status_code: 200, id: (body as { id: number }).id, email: 'admin@ecitizen.test', role: 'admin' });
  });

  test('no Authorization header: 401 saying so', async () => {
    const response = await get(harness.app, '/auth/me');
    assert.equal(response.statusCode, 401);
    assert.deepEqual(response.json(), { msg: 'Missing Authorization Header' });
  });

  test('a header that is not Bearer: 401 saying the expected form', async () => {
    const response = await get(harness.app, '/auth/me', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` });
    assert.equal(response.statusCode, 401);
    assert.deepEqual(response.json(), { msg: "Bad Authorization header. Expected 'Authorization: Bearer <JWT>'" });
  });

  test('garbage in place of a token: 401 malformed', async () => {
    assert.deepEqual(await meStatus('not.a.jwt'), [401, { msg: 'Token is malformed' }]);
    assert.deepEqual(await meStatus('abc'), [401, { msg: 'Token is malformed' }]);
  });

  test('a token signed with another secret: 401 signature', async () => {
    const forged = handMade({ alg: 'HS256', typ: 'JWT' }, { ...decode(admin.access_token) }, 'some-other-secret-of-enough-length!!');
    assert.deepEqual(await meStatus(forged), [401, { msg: 'Signature verification failed' }]);
  });

  test('a token whose payload was edited (role raised): 401 signature', async () => {
    const [header, , signature] = admin.access_token.split('.');
    const agent = await login(harness.app, 'admin@ecitizen.test');
    const edited = `${header}.${base64url({ ...decode(agent.access_token), sub: '999' })}.${signature}`;
    assert.deepEqual(await meStatus(edited), [401, { msg: 'Signature verification failed' }]);
  });

  test('alg "none" is refused', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(decode(admin.access_token))}.`;
    const [status, body] = await meStatus(unsigned);
    assert.equal(status, 401);
    assert.match((body as { msg: string }).msg, /algorithm|malformed|invalid/i);
  });

  test('HS512 signed with the real secret is refused: only HS256 is accepted', async () => {
    const secret = harness.env.env.JWT_SECRET!;
    const hs512 = handMade({ alg: 'HS512', typ: 'JWT' }, decode(admin.access_token), secret, 'sha512');
    assert.deepEqual(await meStatus(hs512), [401, { msg: 'Token algorithm is not allowed: only HS256 is accepted' }]);
    // The same claims signed HS256 with that secret do pass, so the refusal is about the algorithm alone.
    const hs256 = handMade({ alg: 'HS256', typ: 'JWT' }, decode(admin.access_token), secret);
    assert.equal((await meStatus(hs256))[0], 200);
  });

  test('a refresh token is refused where an access token is required', async () => {
    assert.deepEqual(await meStatus(admin.refresh_token), [401, { msg: 'Only non-refresh tokens are allowed' }]);
  });

  test('an access token is refused where a refresh token is required', async () => {
    const response = await post(harness.app, '/auth/refresh', undefined, bearer(admin.access_token));
    assert.equal(response.statusCode, 401);
    assert.deepEqual(response.json(), { msg: 'Only refresh tokens are allowed' });
  });

  test('tokens and passwords never reach the logs', async () => {
    const tokens = await login(harness.app, 'admin@ecitizen.test');
    await get(harness.app, '/auth/me', bearer(tokens.access_token));
    await post(harness.app, '/auth/refresh', undefined, bearer(tokens.refresh_token));
    const text = harness.logs.join('');
    assert.ok(text.includes('"msg":"request completed"'), 'requests are logged');
    for (const secret of [tokens.access_token, tokens.refresh_token, 'correct horse battery', harness.env.env.JWT_SECRET!]) {
      assert.ok(!text.includes(secret), 'a secret was logged');
    }
    // Each line is structured JSON with the request id.
    const line = harness.logs.find((each) => each.includes('/auth/me'));
    assert.ok(line);
    assert.match(JSON.parse(line).reqId, /^[0-9a-f-]{36}$/);
  });
});

describe('expiry', () => {
  test('an expired access token gets 401 "Token has expired"', async () => {
    const shortLived = await harness.restart({ ACCESS_TOKEN_TTL: '1' });
    const tokens = await login(shortLived, 'admin@ecitizen.test');
    assert.equal((await get(shortLived, '/auth/me', bearer(tokens.access_token))).statusCode, 200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const response = await get(shortLived, '/auth/me', bearer(tokens.access_token));
    assert.equal(response.statusCode, 401);
    assert.deepEqual(response.json(), { msg: 'Token has expired' });
    // The refresh token outlives it and mints a fresh one.
    const refreshed = await post(shortLived, '/auth/refresh', undefined, bearer(tokens.refresh_token));
    assert.equal(refreshed.statusCode, 200);
    assert.equal((await get(shortLived, '/auth/me', bearer(refreshed.json().access_token))).statusCode, 200);
  });

  test('an expired refresh token gets 401 "Token has expired"', async () => {
    const shortLogin = await harness.restart({ REFRESH_TOKEN_TTL: '1' });
    const tokens = await login(shortLogin, 'admin@ecitizen.test');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const response = await post(shortLogin, '/auth/refresh', undefined, bearer(tokens.refresh_token));
    assert.equal(response.statusCode, 401);
    assert.deepEqual(response.json(), { msg: 'Token has expired' });
  });
});
