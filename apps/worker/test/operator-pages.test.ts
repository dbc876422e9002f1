import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { sqlQuery, waitUntil } from '@ecitizen/testing';
import { citizen, startPipeline, type Pipeline } from './support/pipeline.ts';
import { delivery, textEvent } from './support/webhook-events.ts';

// A person at the operator pages, in a real browser (Debian's chromium, driven
// by playwright-core), after a scripted session of 100 citizen messages went
// through the whole pipeline. SCREENSHOT_DIR=<dir> also saves the pages
// (how docs/operator-*.png are made).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const QUESTIONS = [
  'renew DL', 'Passport application', 'KRA pin', 'good conduct certificate', 'business name registration',
  'leseni ya kuendesha gari', 'Nimepoteza kitambulisho changu', 'How do I create an account on eCitizen?',
  'how do I know my payment went through', 'kibali cha kazi', 'vehicle inspection report', 'birth certificate',
  'usajili wa biashara', 'duplicate identity card', 'zorblax quantum permit', 'talk to a person',
  'Habari', 'marriage certificate', 'title deed search', 'work permit',
];
const CREDENTIALS = { email: 'ops@ecitizen.test', password: 'a long passphrase' };

let pipeline: Pipeline;
let browser: Browser;
let root: string;
let token: string;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`);
  pipeline = await startPipeline({ TURN_DEBOUNCE_MS: '100', SUPPORT_HOURS: 'Sun-Sat 00:00-24:00' }, { knowledge: true });
  root = pipeline.apiUrl.replace(/\/api\/v1\/chatbot$/, '');
  const post = (path: string, body: unknown) => fetch(`${pipeline.apiUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal((await post('/auth/register', CREDENTIALS)).status, 201);
  token = ((await (await post('/auth/login', CREDENTIALS)).json()) as { access_token: string }).access_token;

  // 100 messages: 50 citizens, two questions each, in two rounds.
  const citizens = Array.from({ length: 50 }, () => citizen());
  for (let round = 0; round < 2; round += 1) {
    const events = citizens.map((psid, i) => textEvent(psid, QUESTIONS[(i + round * 7) % QUESTIONS.length]!));
    assert.equal((await pipeline.deliver(delivery(events))).status, 200);
    // Everything handled: answered, or kept for a person (whoever asked for one is not answered by the bot).
    await waitUntil(async () => {
      const [pending] = await sqlQuery<{ n: bigint }>(
        pipeline.env.database.url,
        "SELECT (SELECT COUNT(*) FROM messages WHERE direction = 'inbound' AND status = 'received') + (SELECT COUNT(*) FROM turns WHERE status = 'answering') AS n",
      );
      const [stored] = await sqlQuery<{ n: bigint }>(pipeline.env.database.url, "SELECT COUNT(*) AS n FROM messages WHERE direction = 'inbound'");
      return Number(pending!.n) === 0 && Number(stored!.n) === citizens.length * (round + 1);
    }, 60_000);
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
after(async () => {
  await browser?.close();
  await pipeline?.close();
});

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${pipeline.apiUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as T;
}

test('an operator logs in, sees the numbers the API gives, steps into an unanswered conversation, and opens the queue dashboard', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(`${root}/admin`);
  assert.match(page.url(), /\/admin\/login$/, 'sent to the login form');
  await page.fill('#email', CREDENTIALS.email);
  await page.fill('#password', CREDENTIALS.password);
  await Promise.all([page.waitForURL(`${root}/admin`), page.click('button[type=submit]')]);

  const today = new Date().toISOString().slice(0, 10);
  const messages = await api<{ days: Array<{ count: number }> }>(`/metrics/messages_per_day?from=${today}&to=${today}`);
  const responses = await api<{ days: Array<{ count: number }> }>(`/metrics/responses_per_day?from=${today}&to=${today}`);
  const engagement = await api<{ days: Array<{ active_citizens: number }> }>(`/metrics/engagement?from=${today}&to=${today}`);
  assert.equal(messages.days[0]!.count, 100);
  assert.equal(await page.textContent('[data-figure=messages-today]'), String(messages.days[0]!.count));
  assert.equal(await page.textContent('[data-figure=responses-today]'), String(responses.days[0]!.count));
  assert.equal(await page.textContent('[data-figure=citizens-today]'), String(engagement.days[0]!.active_citizens));
  const top = await api<{ questions: Array<{ count: number }> }>('/metrics/most_frequent_questions?limit=8');
  assert.equal(await page.textContent('[data-table=questions] tr:nth-child(2) td:nth-child(2)'), String(top.questions[0]!.count));
  assert.ok(await page.isVisible('svg[aria-label="messages and replies per day"]'));
  const screenshot = async (name: string) => {
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `operator-${name}.png`), fullPage: true });
  };
  await screenshot('dashboard');

  // Not answered: the operator opens the conversation, reads it, and steps in.
  const unanswered = await api<{ questions: Array<{ text: string; conversation_id: number }> }>('/metrics/unanswered_questions?limit=8');
  const first = unanswered.questions[0]!;
  await Promise.all([page.waitForURL(`${root}/admin/conversations/${first.conversation_id}`), page.click(`[data-table=unanswered] a[href="/admin/conversations/${first.conversation_id}"]`)]);
  const transcript = await api<{ messages: Array<{ direction: string; text: string | null }> }>(`/conversations/${first.conversation_id}`);
  const bubbles = await page.$$eval('[data-chat] .bubble', (nodes) => nodes.map((node) => node.getAttribute('data-direction')));
  assert.deepEqual(bubbles, transcript.messages.map((message) => message.direction));
  assert.ok(await page.isVisible(`text=${first.text}`));
  const controlOf = async () => (await api<{ conversation: { control: string } }>(`/conversations/${first.conversation_id}`)).conversation.control;
  const before = await controlOf();
  const [button, after] = before === 'human' ? ['Give back to the bot', 'bot'] : ['Take over', 'human'];
  await Promise.all([page.waitForURL(/\?done=/), page.click(`button:has-text("${button}")`)]);
  assert.equal(await controlOf(), after);
  assert.ok(await page.isVisible('[role=status]'));
  await screenshot('conversation');

  // The list agrees with the API, and filters as it does.
  await page.click('header a[href="/admin/conversations"]');
  await page.waitForSelector('[data-table=conversations]');
  const all = await api<{ total: number }>('/conversations');
  assert.match((await page.textContent('h2')) ?? '', new RegExp(`\\(${all.total}\\)`));
  await page.selectOption('select[name=control]', 'human');
  await Promise.all([page.waitForURL(/control=human/), page.click('form.filters button')]);
  const people = await api<{ total: number }>('/conversations?control=human');
  assert.equal(await page.$$eval('[data-table=conversations] tr', (rows) => rows.length - 1), Math.min(people.total, 25) || 1);

  await page.click('a[href="/admin/queues"]');
  await page.waitForSelector('text=conversation-turns', { timeout: 15_000 });
  assert.ok(await page.isVisible('text=inbound-events'));
  assert.ok(await page.isVisible('text=dead-letters'));
  await page.close();
});
