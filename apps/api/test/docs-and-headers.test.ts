import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startHarness, type ApiHarness } from './helpers.ts';

let harness: ApiHarness;
before(async () => {
  harness = await startHarness();
});
after(async () => harness.close());

test('/docs serves the API documentation, generated from the route schemas', async () => {
  const page = await harness.app.inject({ method: 'GET', url: '/docs/' });
  assert.equal(page.statusCode, 200);
  assert.match(page.headers['content-type'] as string, /text\/html/);
  const spec = (await harness.app.inject({ method: 'GET', url: '/docs/json' })).json();
  assert.equal(spec.openapi.startsWith('3.'), true);
  for (const path of ['/api/v1/chatbot/auth/login', '/api/v1/chatbot/knowledge/search', '/api/v1/chatbot/knowledge/articles/{id}', '/api/v1/chatbot/webhook', '/readyz']) {
    assert.ok(spec.paths[path], `${path} is documented`);
  }
  const search = spec.paths['/api/v1/chatbot/knowledge/search'].get;
  assert.ok(search.parameters.some((parameter: { name: string; required: boolean }) => parameter.name === 'q' && parameter.required));
});

test('responses carry security headers, and other origins get no CORS access', async () => {
  const response = await harness.app.inject({ method: 'GET', url: '/api/v1/chatbot', headers: { origin: 'https://evil.example' } });
  assert.equal(response.headers['x-content-type-options'], 'nosniff');
  assert.match(response.headers['content-security-policy'] as string, /default-src 'self'/);
  assert.match(response.headers['content-security-policy'] as string, /frame-ancestors 'none'/);
  assert.ok(response.headers['strict-transport-security']);
  assert.equal(response.headers['access-control-allow-origin'], undefined);
});
