import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addUser, bearer, bootstrapAdmin, get, login, startHarness, type ApiHarness, type Tokens } from './helpers.ts';

let harness: ApiHarness;
let admin: Tokens;
let agent: Tokens;

before(async () => {
  harness = await startHarness();
  admin = await bootstrapAdmin(harness.app);
  agent = await addUser(harness.app, admin, 'agent@ecitizen.test', 'agent');
});
after(async () => harness.close());

const patch = (id: number, body: unknown, tokens: Tokens = admin) =>
  harness.app.inject({ method: 'PATCH', url: `/api/v1/chatbot/users/${id}`, headers: bearer(tokens.access_token), payload: body as object });
const idOf = async (email: string) =>
  ((await get(harness.app, '/users', bearer(admin.access_token))).json().users as Array<{ id: number; email: string }>).find((user) => user.email === email)!.id;

test('admins list users; agents may not', async () => {
  const listed = await get(harness.app, '/users', bearer(admin.access_token));
  assert.equal(listed.statusCode, 200);
  assert.deepEqual(
    listed.json().users.map((user: { email: string; role: string; disabled: boolean }) => [user.email, user.role, user.disabled]),
    [['admin@ecitizen.test', 'admin', false], ['agent@ecitizen.test', 'agent', false]],
  );
  assert.equal((await get(harness.app, '/users', bearer(agent.access_token))).statusCode, 403);
});

test('disabling a user ends their logins at once; enabling lets them log in again', async () => {
  const id = await idOf('agent@ecitizen.test');
  const session = await login(harness.app, 'agent@ecitizen.test');
  assert.equal((await get(harness.app, '/auth/me', bearer(session.access_token))).statusCode, 200);
  const disabled = await patch(id, { disabled: true });
  assert.equal(disabled.statusCode, 200);
  assert.equal(disabled.json().user.disabled, true);
  assert.equal((await get(harness.app, '/auth/me', bearer(session.access_token))).statusCode, 401, 'the access token is revoked');
  const refused = await harness.app.inject({ method: 'POST', url: '/api/v1/chatbot/auth/login', payload: { email: 'agent@ecitizen.test', password: 'correct horse battery' } });
  assert.equal(refused.statusCode, 403);
  assert.equal((await patch(id, { disabled: false })).json().user.disabled, false);
  agent = await login(harness.app, 'agent@ecitizen.test');
});

test('roles change; the last active admin cannot be demoted or disabled; bad changes are 400s', async () => {
  const agentId = await idOf('agent@ecitizen.test');
  const adminId = await idOf('admin@ecitizen.test');
  assert.equal((await patch(adminId, { role: 'agent' })).statusCode, 409);
  assert.match((await patch(adminId, { disabled: true })).json().message, /last active admin/);
  assert.equal((await patch(agentId, { role: 'admin' })).json().user.role, 'admin');
  assert.equal((await patch(adminId, { role: 'agent' })).statusCode, 200, 'allowed once another admin exists');
  assert.equal((await patch(agentId, { role: 'agent' }, agent)).statusCode, 403, 'the old token still says agent');
  const promoted = await login(harness.app, 'agent@ecitizen.test');
  const bad = await patch(adminId, { role: 'owner' }, promoted);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().message, /role/);
  assert.equal((await patch(adminId, {}, promoted)).statusCode, 400);
  assert.equal((await patch(999, { disabled: true }, promoted)).statusCode, 404);
});
