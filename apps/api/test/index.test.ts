import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { get, startHarness, type ApiHarness } from './helpers.ts';

let harness: ApiHarness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

test('GET /api/v1/chatbot names the service and its version', async () => {
  const response = await get(harness.app, '');
  assert.equal(response.statusCode, 200);
  const body = response.json();
  assert.equal(body.status_code, 200);
  assert.equal(body.name, 'eCitizen Messenger assistant');
  assert.match(body.version, /^\d+\.\d+\.\d+/);
});

test('every response carries a request id, and an incoming one is kept', async () => {
  const fresh = await get(harness.app, '');
  assert.match(String(fresh.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  const echoed = await harness.app.inject({ method: 'GET', url: '/api/v1/chatbot', headers: { 'x-request-id': 'trace-abc-123' } });
  assert.equal(echoed.headers['x-request-id'], 'trace-abc-123');
  const missing = await get(harness.app, '/no-such-route');
  assert.equal(missing.statusCode, 404);
  assert.ok(missing.headers['x-request-id']);
  assert.deepEqual(missing.json(), { status_code: 404, message: 'No route GET /api/v1/chatbot/no-such-route' });
});
