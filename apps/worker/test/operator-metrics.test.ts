import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sqlQuery } from '@ecitizen/testing';
import { citizen, startPipeline, type Pipeline } from './support/pipeline.ts';
import { delivery, textEvent } from './support/webhook-events.ts';

// The operators' figures over data the pipeline itself produced: citizens'
// messages through the signed webhook, answered by the worker from the
// imported catalogue, then read back through the api.
let pipeline: Pipeline;
let token: string;
const today = new Date().toISOString().slice(0, 10);

async function api(path: string, bearer = token) {
  const response = await fetch(`${pipeline.apiUrl}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { days?: Array<Record<string, number | string>> } };
}

before(async () => {
  pipeline = await startPipeline({ TURN_DEBOUNCE_MS: '100', SUPPORT_HOURS: 'Sun-Sat 00:00-24:00' }, { knowledge: true });
  const credentials = { email: 'ops@ecitizen.test', password: 'a long passphrase' };
  const post = (path: string, body: unknown) => fetch(`${pipeline.apiUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal((await post('/auth/register', credentials)).status, 201);
  token = ((await (await post('/auth/login', credentials)).json()) as { access_token: string }).access_token;

  // Seven citizens: three ask for the same service in different words, one a
  // FAQ, one something the catalogue does not have, one asks for a person, one
  // writes twice in a burst.
  const asks: Array<[string, string[]]> = [
    [citizen(), ['renew DL']],
    [citizen(), ['driving license renewal']],
    [citizen(), ['leseni ya kuendesha gari']],
    [citizen(), ['How do I create an account on eCitizen?']],
    [citizen(), ['zorblax quantum permit']],
    [citizen(), ['talk to a person']],
    [citizen(), ['passport application', 'for my son']],
  ];
  for (const [psid, texts] of asks) {
    assert.equal((await pipeline.deliver(delivery(texts.map((text, i) => textEvent(psid, text, { timestamp: Date.now() + i }))))).status, 200);
  }
  await pipeline.graph.waitForMessages(asks.length, { timeoutMs: 30_000 });
  // Every turn recorded as answered (its end is written just after the send).
  for (let i = 0; i < 100; i += 1) {
    const [row] = await sqlQuery<{ n: bigint }>(pipeline.env.database.url, "SELECT COUNT(*) AS n FROM turns WHERE status = 'answered'");
    if (Number(row!.n) === asks.length) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
after(async () => pipeline.close());

test('messages and responses per day, a day per entry, zeros included', async () => {
  const messages = await api(`/metrics/messages_per_day?to=${today}`);
  assert.equal(messages.status, 200);
  assert.equal(messages.body.days!.length, 30);
  assert.deepEqual(messages.body.days!.at(-1), { date: today, count: 8 });
  assert.equal(messages.body.days!.at(0)!.count, 0);
  const responses = await api(`/metrics/responses_per_day?from=${today}&to=${today}`);
  assert.deepEqual(responses.body.days, [{ date: today, count: pipeline.graph.messages().length }]);
});

test('response time percentiles per day come from the turns', async () => {
  const { body } = await api(`/metrics/response_time?from=${today}&to=${today}`);
  const [day] = body.days as Array<{ turns: number; p50_ms: number; p90_ms: number; p99_ms: number }>;
  assert.equal(day!.turns, 7);
  const latencies = (await sqlQuery<{ latency_ms: number }>(pipeline.env.database.url, 'SELECT latency_ms FROM turns ORDER BY latency_ms')).map((row) => row.latency_ms);
  assert.equal(day!.p99_ms, latencies.at(-1));
  assert.ok(day!.p50_ms <= day!.p90_ms && day!.p90_ms <= day!.p99_ms);
});

test('most frequent questions are grouped by the entry that answered them, however worded', async () => {
  const { body } = await api(`/metrics/most_frequent_questions?from=${today}&to=${today}&limit=3`);
  const [top] = body.questions as Array<{ key: string; title: string; count: number; example: string }>;
  assert.match(top!.key, /^service:(f173c9bf28be|d7f07b71805b)$/);
  assert.ok(top!.count >= 2, JSON.stringify(body.questions));
  assert.match(top!.title, /Driving Licen[cs]e/i);
});

test('unanswered questions: nothing found, or a person asked for', async () => {
  const { body } = await api(`/metrics/unanswered_questions?from=${today}&to=${today}`);
  const texts = (body.questions as Array<{ text: string; reason: string }>).map((question) => `${question.reason}: ${question.text}`).sort();
  assert.deepEqual(texts, ['handover: talk to a person', 'no_match: zorblax quantum permit']);
});

test('engagement: active citizens and messages per conversation', async () => {
  const { body } = await api(`/metrics/engagement?from=${today}&to=${today}`);
  assert.deepEqual(body.days, [{ date: today, active_citizens: 7, messages: 8, messages_per_conversation: 1.14 }]);
});

test('a bad range is a 400 that says what is wrong; no token is a 401', async () => {
  const backwards = await api(`/metrics/messages_per_day?from=${today}&to=2020-01-01`);
  assert.equal(backwards.status, 400);
  assert.match(String(backwards.body.message), /from.*must not be after.*to/);
  const badDate = await api('/metrics/engagement?from=yesterday');
  assert.equal(badDate.status, 400);
  assert.match(String(badDate.body.message), /from/);
  assert.equal((await fetch(`${pipeline.apiUrl}/metrics/engagement`)).status, 401);
});

test('conversations: listed newest first, filtered by who has them and by words, paginated', async () => {
  const all = await api('/conversations?per_page=5');
  assert.equal(all.status, 200);
  assert.equal(all.body.total, 7);
  assert.equal((all.body.conversations as unknown[]).length, 5);
  const human = await api('/conversations?control=human');
  assert.equal(human.body.total, 1, 'the citizen who asked for a person');
  const [found] = (await api('/conversations?q=zorblax')).body.conversations as Array<{ id: number; last_text: string }>;
  assert.ok(found);
  assert.equal((await api(`/conversations?q=zorblax&from=${today}&to=${today}`)).body.total, 1);
  assert.equal((await api('/conversations?q=zorblax&from=2020-01-01&to=2020-01-02')).body.total, 0);
});

test('a transcript has every message in order, the sources of answers and the turns with their timings; it can be exported', async () => {
  const [conversation] = (await api('/conversations?q=for%20my%20son')).body.conversations as Array<{ id: number }>;
  const { status, body } = await api(`/conversations/${conversation!.id}`);
  assert.equal(status, 200);
  const messages = body.messages as Array<{ direction: string; text: string; sources: Array<{ id: string }> }>;
  assert.deepEqual(messages.filter((message) => message.direction === 'inbound').map((message) => message.text), ['passport application', 'for my son']);
  const reply = messages.find((message) => message.direction === 'outbound')!;
  assert.ok(reply.sources.length > 0 && /^service:/.test(reply.sources[0]!.id));
  const [turn] = body.turns as Array<{ outcome: string; latency_ms: number }>;
  assert.equal(turn!.outcome, 'answered');
  assert.ok(turn!.latency_ms > 0);
  const exported = await fetch(`${pipeline.apiUrl}/conversations/${conversation!.id}/export`, { headers: { authorization: `Bearer ${token}` } });
  assert.match(exported.headers.get('content-disposition') ?? '', /attachment; filename="conversation-\d+\.json"/);
  assert.equal((await api('/conversations/999999')).status, 404);
});

test('an operator takes a conversation over (the bot goes silent) and gives it back', async () => {
  const psid = citizen();
  await pipeline.deliver(delivery([textEvent(psid, 'KRA pin')]));
  await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 15_000 });
  const [conversation] = (await api(`/conversations?q=KRA`)).body.conversations as Array<{ id: number; psid: string }>;
  const post = (path: string) => fetch(`${pipeline.apiUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  assert.equal((await post(`/conversations/${conversation!.id}/handover`)).status, 200);
  assert.equal(pipeline.graph.calls({ kind: 'pass_thread_control', recipientId: psid }).length, 1);
  await pipeline.deliver(delivery([textEvent(psid, 'are you there?')]));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.equal(pipeline.graph.messages(psid).length, 1, 'silent while a person has it');

  assert.equal((await post(`/conversations/${conversation!.id}/release`)).status, 200);
  assert.equal(pipeline.graph.calls({ kind: 'take_thread_control', recipientId: psid }).length, 1);
  await pipeline.deliver(delivery([textEvent(psid, 'passport application')]));
  await pipeline.graph.waitForMessages(2, { recipientId: psid, timeoutMs: 15_000 });
});
