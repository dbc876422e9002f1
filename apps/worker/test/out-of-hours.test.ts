import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadConfig } from '@ecitizen/config';
import { createPrismaClient, type Database } from '@ecitizen/db';
import { KnowledgeBase } from '@ecitizen/knowledge/store';
import { createTestEnvironment, type TestEnvironment } from '@ecitizen/testing';
import type { TurnInput } from '../src/answering/answerer.ts';
import { createKnowledgeAnswerer } from '../src/answering/knowledge-answerer.ts';
import { testLog } from './support/in-process.ts';

// The answerer on its own, at chosen times: what a citizen is told when they
// ask for a person inside and outside the support desk's hours.
let env: TestEnvironment;
let db: Database;
let knowledge: KnowledgeBase;

before(async () => {
  env = await createTestEnvironment();
  db = createPrismaClient(env.database.url, { connectionLimit: 2 });
  knowledge = await KnowledgeBase.open(db);
});
after(async () => {
  knowledge.close();
  await db.$disconnect();
  await env.cleanup();
});

function answererAt(iso: string) {
  const { handover } = loadConfig({ SUPPORT_HOURS: 'Mon-Fri 08:00-17:00; Sat 09:00-13:00' });
  return createKnowledgeAnswerer({ knowledge, handover, log: testLog(), now: () => new Date(iso) });
}

const saying = (text: string): TurnInput => ({
  conversationId: 1,
  psid: '1',
  messages: [{ kind: 'text', text, payload: null, attachments: [], redacted: [] }],
  history: [],
  language: null,
  unansweredStreak: 0,
  signal: new AbortController().signal,
});

test('within hours the citizen is told a person will reply soon', async () => {
  // Tuesday 10:00 in Nairobi.
  const reply = await answererAt('2026-11-24T07:00:00Z')(saying('I want to talk to a person'));
  assert.equal(reply.handover, 'requested');
  assert.equal(reply.outcome, 'handover');
  assert.match(reply.text, /a person will reply here soon/);
});

test('outside hours the citizen is told when the team is back, in their language', async () => {
  // Sunday 20:00 in Nairobi.
  const sunday = answererAt('2026-11-29T17:00:00Z');
  const english = await sunday(saying('talk to a person please'));
  assert.equal(english.handover, 'requested');
  assert.match(english.text, /They are available Mon-Fri 08:00-17:00; Sat 09:00-13:00 \(Kenya time\) and will reply here when they are back/);
  const swahili = await sunday(saying('nataka kuongea na mtu'));
  assert.match(swahili.text, /Wanapatikana Mon-Fri 08:00-17:00; Sat 09:00-13:00 \(saa za Kenya\)/);
});
