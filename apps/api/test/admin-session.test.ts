import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addUser, bootstrapAdmin, PASSWORD, startHarness, type ApiHarness } from './helpers.ts';

let harness: ApiHarness;

before(async () => {
  harness = await startHarness();
  const admin = await bootstrapAdmin(harness.app);
  await addUser(harness.app, admin, 'agent@ecitizen.test', 'agent');
});
after(async () => harness.close());

const form = (email: string, password: string) =>
  harness.app.inject({ method: 'POST', url: '/admin/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ email, password }).toString() });

async function sessionOf(email: string): Promise<string> {
  const response = await form(email, PASSWORD);
  assert.equal(response.statusCode, 303);
  const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0]!;
  return cookie.split(';')[0]!;
}

const open = (url: string, cookie?: string, method: 'GET' | 'PUT' = 'GET') => harness.app.inject({ method, url, headers: cookie ? { cookie } : {} });

test('without a session the queue dashboard sends a person to the login form', async () => {
  const response = await open('/admin/queues');
  assert.equal(response.statusCode, 303);
  assert.equal(response.headers.location, '/admin/login');
  const page = await open('/admin/login');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<form method="post" action="\/admin\/login">/);
  assert.equal((await open('/admin/queues/api/queues')).statusCode, 401, 'the dashboard API answers 401, not a redirect');
});

test('the conversation pages send a person without a session to the login form, and refuse their buttons', async () => {
  for (const url of ['/admin/conversations', '/admin/conversations/1']) {
    const response = await open(url);
    assert.equal(response.statusCode, 303, url);
    assert.equal(response.headers.location, '/admin/login');
  }
  const button = await harness.app.inject({ method: 'POST', url: '/admin/conversations/1/handover', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
  assert.equal(button.statusCode, 401);
});

test('with a session, a conversation that does not exist is a 404 that says so, and bad filters a 400', async () => {
  const agent = await sessionOf('agent@ecitizen.test');
  const missing = await open('/admin/conversations/999999', agent);
  assert.equal(missing.statusCode, 404);
  assert.match(missing.json().message, /No conversation 999999/);
  const list = await open('/admin/conversations', agent);
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Conversations <small>\(0\)<\/small>/);
  assert.equal((await open('/admin/conversations?from=yesterday', agent)).statusCode, 400);
});

test('a wrong password shows the form again with the reason; a right one sets an httpOnly, SameSite=Strict session cookie', async () => {
  const wrong = await form('agent@ecitizen.test', 'not the password');
  assert.equal(wrong.statusCode, 401);
  assert.match(wrong.body, /Invalid email or password/);
  const right = await form('agent@ecitizen.test', PASSWORD);
  assert.equal(right.statusCode, 303);
  assert.equal(right.headers.location, '/admin');
  const cookie = ([] as string[]).concat(right.headers['set-cookie'] ?? [])[0]!;
  assert.match(cookie, /^ecz_session=ey/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.match(cookie, /Max-Age=900/);
});

test('with a session the dashboard shows every queue; agents read, admins act', async () => {
  const agent = await sessionOf('agent@ecitizen.test');
  const page = await open('/admin/queues', agent);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /__UI_CONFIG__/);
  const queues = await open('/admin/queues/api/queues', agent);
  assert.equal(queues.statusCode, 200);
  const names = (queues.json().queues as Array<{ name: string }>).map((queue) => queue.name).sort();
  assert.deepEqual(names, ['conversation-turns', 'dead-letters', 'inbound-events', 'maintenance']);
  assert.equal((await open('/admin/queues/api/queues/dead-letters/retry/failed', agent, 'PUT')).statusCode, 403);
  const admin = await sessionOf('admin@ecitizen.test');
  assert.ok([200, 204].includes((await open('/admin/queues/api/queues/dead-letters/retry/failed', admin, 'PUT')).statusCode));
});

test('logout revokes the session and clears the cookie', async () => {
  const session = await sessionOf('agent@ecitizen.test');
  const logout = await harness.app.inject({ method: 'POST', url: '/admin/logout', headers: { cookie: session } });
  assert.equal(logout.statusCode, 303);
  assert.equal(logout.headers.location, '/admin/login');
  assert.match(([] as string[]).concat(logout.headers['set-cookie'] ?? [])[0]!, /^ecz_session=;.*Expires=Thu, 01 Jan 1970/);
  assert.equal((await open('/admin/queues/api/queues', session)).statusCode, 401, 'the old cookie is revoked');
  assert.equal((await open('/admin/queues', session)).statusCode, 303);
});

test('/admin: the operators\' page for a session, the login form without one', async () => {
  const redirect = await open('/admin');
  assert.equal(redirect.statusCode, 303);
  assert.equal(redirect.headers.location, '/admin/login');
  const page = await open('/admin', await sessionOf('agent@ecitizen.test'));
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /data-figure="messages-today">0</);
  assert.match(page.body, /<svg role="img" aria-label="messages and replies per day"/);
  assert.match(page.body, /agent@ecitizen\.test/);
});
