import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bootstrapAdmin, PASSWORD, startHarness, url, type ApiHarness } from './helpers.ts';

let harness: ApiHarness;
before(async () => {
  harness = await startHarness({ LOGIN_RATE_LIMIT_PER_IP: '6', LOGIN_RATE_LIMIT_PER_ACCOUNT: '3', LOGIN_RATE_LIMIT_WINDOW: '60' });
  await bootstrapAdmin(harness.app);
});
after(() => harness.close());

function attempt(email: string, remoteAddress: string) {
  return harness.app.inject({ method: 'POST', url: url('/auth/login'), payload: { email, password: 'wrong password' }, remoteAddress });
}

test('an account is locked out after too many attempts, from any address, with Retry-After', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 3; i += 1) statuses.push((await attempt('admin@ecitizen.test', `10.0.0.${i + 1}`)).statusCode);
  assert.deepEqual(statuses, [401, 401, 401]);
  const limited = await attempt('ADMIN@ecitizen.test', '10.0.0.99');
  assert.equal(limited.statusCode, 429);
  assert.equal(limited.json().status_code, 429);
  assert.match(limited.json().message, /Too many attempts: try again in/);
  const retryAfter = Number(limited.headers['retry-after']);
  assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${limited.headers['retry-after']}`);
  // Another account is not affected.
  assert.equal((await attempt('someone.else@ecitizen.test', '10.0.0.99')).statusCode, 401);
});

test('an address is limited across accounts', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 7; i += 1) statuses.push((await attempt(`user${i}@ecitizen.test`, '192.0.2.7')).statusCode);
  assert.deepEqual(statuses, [401, 401, 401, 401, 401, 401, 429]);
  // Another address still gets through.
  assert.equal((await attempt('user0@ecitizen.test', '192.0.2.8')).statusCode, 401);
});

test('the limits are kept in Redis, so a second api process shares them', async () => {
  const other = await harness.restart({ LOGIN_RATE_LIMIT_PER_IP: '6', LOGIN_RATE_LIMIT_PER_ACCOUNT: '3', LOGIN_RATE_LIMIT_WINDOW: '60' });
  const response = await other.inject({
    method: 'POST',
    url: url('/auth/login'),
    payload: { email: 'admin@ecitizen.test', password: 'wrong password' },
    remoteAddress: '203.0.113.5',
  });
  assert.equal(response.statusCode, 429);
});

test('only failures count against an account: a successful login clears them', async () => {
  const fresh = await startHarness({ LOGIN_RATE_LIMIT_PER_IP: '100', LOGIN_RATE_LIMIT_PER_ACCOUNT: '3', LOGIN_RATE_LIMIT_WINDOW: '60' });
  try {
    await bootstrapAdmin(fresh.app, 'often@ecitizen.test');
    const tryLogin = (password: string) =>
      fresh.app.inject({ method: 'POST', url: url('/auth/login'), payload: { email: 'often@ecitizen.test', password } });
    const statuses: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      statuses.push((await tryLogin('wrong password')).statusCode, (await tryLogin('wrong password')).statusCode);
      statuses.push((await tryLogin(PASSWORD)).statusCode);
    }
    assert.deepEqual(statuses, [401, 401, 200, 401, 401, 200, 401, 401, 200]);
  } finally {
    await fresh.close();
  }
});
