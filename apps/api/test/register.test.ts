import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addUser, bearer, get, login, PASSWORD, post, startHarness, type ApiHarness, type Tokens } from './helpers.ts';

let harness: ApiHarness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

describe('registration', () => {
  let admin: Tokens;

  test('the first user to register becomes admin, without a token', async () => {
    const response = await post(harness.app, '/auth/register', { email: 'First.Admin@Ecitizen.TEST', password: PASSWORD, role: 'agent' });
    assert.equal(response.statusCode, 201);
    assert.deepEqual(response.json(), { status_code: 201, message: 'User registration successful' });
    admin = await login(harness.app, 'first.admin@ecitizen.test');
    const me = await get(harness.app, '/auth/me', bearer(admin.access_token));
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().email, 'first.admin@ecitizen.test');
    assert.equal(me.json().role, 'admin');
  });

  test('after that, registering without a token is refused with 401', async () => {
    const response = await post(harness.app, '/auth/register', { email: 'intruder@example.com', password: PASSWORD });
    assert.equal(response.statusCode, 401);
    assert.deepEqual(response.json(), { msg: 'Missing Authorization Header' });
    const stored = await harness.app.db.user.findUnique({ where: { email: 'intruder@example.com' } });
    assert.equal(stored, null);
  });

  test('an admin registers an agent and another admin, choosing the role', async () => {
    const agent = await addUser(harness.app, admin, 'agent@ecitizen.test', 'agent');
    const me = await get(harness.app, '/auth/me', bearer(agent.access_token));
    assert.equal(me.json().role, 'agent');
    const second = await addUser(harness.app, admin, 'second.admin@ecitizen.test', 'admin');
    assert.equal((await get(harness.app, '/auth/me', bearer(second.access_token))).json().role, 'admin');
  });

  test('the role defaults to agent', async () => {
    const response = await post(harness.app, '/auth/register', { email: 'default.role@ecitizen.test', password: PASSWORD }, bearer(admin.access_token));
    assert.equal(response.statusCode, 201);
    const user = await harness.app.db.user.findUniqueOrThrow({ where: { email: 'default.role@ecitizen.test' } });
    assert.equal(user.role, 'agent');
  });

  test('an agent cannot register users: 403', async () => {
    const agent = await login(harness.app, 'agent@ecitizen.test');
    const response = await post(harness.app, '/auth/register', { email: 'x@ecitizen.test', password: PASSWORD }, bearer(agent.access_token));
    assert.equal(response.statusCode, 403);
    assert.deepEqual(response.json(), { status_code: 403, message: 'This action needs the admin role' });
  });

  test('a refresh token cannot register users', async () => {
    const response = await post(harness.app, '/auth/register', { email: 'x@ecitizen.test', password: PASSWORD }, bearer(admin.refresh_token));
    assert.equal(response.statusCode, 401);
    assert.deepEqual(response.json(), { msg: 'Only non-refresh tokens are allowed' });
  });

  test('a duplicate email, in any case, is a 409', async () => {
    const response = await post(harness.app, '/auth/register', { email: '  AGENT@ecitizen.test ', password: PASSWORD }, bearer(admin.access_token));
    assert.equal(response.statusCode, 409);
    assert.deepEqual(response.json(), { status_code: 409, message: 'A user with this email already exists' });
  });

  test('the password is stored as an argon2id hash and never returned', async () => {
    const user = await harness.app.db.user.findUniqueOrThrow({ where: { email: 'agent@ecitizen.test' } });
    // argon2id with OWASP's parameters: 19 MiB, 2 passes, 1 lane.
    assert.match(user.passwordHash, /^\$argon2id\$v=19\$/);
    const params = Object.fromEntries(user.passwordHash.split('$')[3]!.split(',').map((pair) => pair.split('=')));
    assert.deepEqual(params, { m: '19456', t: '2', p: '1' });
    assert.ok(!user.passwordHash.includes(PASSWORD));
    const me = await get(harness.app, '/auth/me', bearer(admin.access_token));
    assert.ok(!/password|argon2/i.test(me.body));
  });

  const badBodies: Array<[string, unknown, RegExp]> = [
    ['a short password', { email: 'short@ecitizen.test', password: 'seven77' }, /password must be at least 8 characters/],
    ['a missing password', { email: 'nopass@ecitizen.test' }, /password is required/],
    ['a missing email', { password: PASSWORD }, /email is required/],
    ['an email that is a number', { email: 42, password: PASSWORD }, /email must be a string/],
    ['an unknown role', { email: 'role@ecitizen.test', password: PASSWORD, role: 'root' }, /role/],
    ['an email without a domain', { email: 'not-an-email', password: PASSWORD }, /email must be a valid email address/],
    ['an email with spaces', { email: 'a b@example.com', password: PASSWORD }, /email must be a valid email address/],
    ['a body that is an array', [1, 2], /JSON object/],
  ];
  for (const [name, body, message] of badBodies) {
    test(`${name} is a 400 saying what is wrong`, async () => {
      const response = await post(harness.app, '/auth/register', body, bearer(admin.access_token));
      assert.equal(response.statusCode, 400, response.body);
      const json = response.json();
      assert.equal(json.status_code, 400);
      assert.match(json.message, message);
    });
  }
});

describe('bad requests anywhere', () => {
  test('invalid JSON is a 400', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/chatbot/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.co", "password": ',
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json(), { status_code: 400, message: 'The request body is not valid JSON' });
  });

  test('an empty JSON body is a 400', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/chatbot/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().status_code, 400);
  });

  test('no body at all is a 400', async () => {
    const response = await harness.app.inject({ method: 'POST', url: '/api/v1/chatbot/auth/login' });
    assert.equal(response.statusCode, 400);
    assert.match(response.json().message, /JSON object/);
  });

  test('a body over the limit is a 400 and the process stays up', async () => {
    const response = await post(harness.app, '/auth/login', { email: 'a@b.co', password: 'x'.repeat(64 * 1024) });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json(), { status_code: 400, message: 'The request body is too large' });
    assert.equal((await get(harness.app, '')).statusCode, 200);
  });

  test('a body that is not JSON is refused with a message', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/chatbot/auth/login',
      headers: { 'content-type': 'text/xml' },
      payload: '<login/>',
    });
    assert.equal(response.statusCode, 415);
    assert.match(response.json().message, /Content-Type: application\/json/);
  });
});
