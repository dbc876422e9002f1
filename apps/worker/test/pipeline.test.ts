import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sqlQuery, waitUntil } from '@ecitizen/testing';
import { citizen, startPipeline, type Pipeline } from './support/pipeline.ts';
import { delivery, postbackEvent, readEvent, stickerEvent, textEvent } from './support/webhook-events.ts';

let pipeline: Pipeline;
before(async () => {
  pipeline = await startPipeline();
});
after(() => pipeline.close());

test('a batch of entries and events is acknowledged and every event answered', async () => {
  const citizens = Array.from({ length: 6 }, citizen);
  const body = delivery(
    citizens.slice(0, 3).map((psid) => textEvent(psid, 'How do I renew my driving licence?')),
    citizens.slice(3).map((psid) => textEvent(psid, 'Passport application')),
  );
  const response = await pipeline.deliver(body);
  assert.equal(response.status, 200);
  assert.equal(response.text, 'EVENT_RECEIVED');
  for (const psid of citizens) {
    const [reply] = await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 15_000 });
    assert.equal(reply!.messagingType, 'RESPONSE');
    assert.equal(reply!.tag, undefined, 'the bot never uses a message tag (HUMAN_AGENT is for people)');
  }
  await waitUntil(async () => (await countRows('turns', "status = 'answered'")) >= 6);
});

test('the same mid delivered twice is answered once', async () => {
  const psid = citizen();
  const event = textEvent(psid, 'duplicate identity card', { mid: `m_dup_${psid}` });
  assert.equal((await pipeline.deliver(delivery([event]))).status, 200);
  assert.equal((await pipeline.deliver(delivery([event]))).status, 200);
  await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 15_000 });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(pipeline.graph.messages(psid).length, 1);
  assert.equal(await countRows('messages', `external_id = 'm_dup_${psid}'`), 1);
});

test('a burst from one citizen is answered once, with the messages in timestamp order', async () => {
  const psid = citizen();
  const now = Date.now();
  // Delivered out of order, as Meta may: the timestamps decide.
  await pipeline.deliver(delivery([textEvent(psid, 'second', { timestamp: now + 100 })]));
  await pipeline.deliver(delivery([textEvent(psid, 'first', { timestamp: now })]));
  await pipeline.deliver(delivery([textEvent(psid, 'third', { timestamp: now + 200 })]));
  await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 15_000 });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(pipeline.graph.messages(psid).length, 1, 'one reply for the burst');
  const texts = await query<{ text: string; turn_id: string }>(
    `SELECT m.text, m.turn_id FROM messages m JOIN conversations c ON c.id = m.conversation_id
     WHERE c.psid = '${psid}' AND m.direction = 'inbound' ORDER BY m.event_at`,
  );
  assert.deepEqual(texts.map((row) => row.text), ['first', 'second', 'third']);
  assert.equal(new Set(texts.map((row) => String(row.turn_id))).size, 1, 'all three in one turn');
});

test('each turn marks the message seen and shows typing before replying', async () => {
  const psid = citizen();
  await pipeline.deliver(delivery([textEvent(psid, 'business name registration')]));
  await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 15_000 });
  const calls = pipeline.graph.calls({ recipientId: psid }).filter((call) => call.status === 200);
  const sequence = calls.map((call) => (call.kind === 'sender_action' ? (call.body as { sender_action: string }).sender_action : call.kind));
  assert.deepEqual(sequence.slice(0, 3), ['mark_seen', 'typing_on', 'message']);
});

test('50 citizens writing at once are all answered, once each', async () => {
  const citizens = Array.from({ length: 50 }, citizen);
  const responses = await Promise.all(citizens.map((psid) => pipeline.deliver(delivery([textEvent(psid, 'KRA pin')]))));
  assert.ok(responses.every((response) => response.status === 200));
  await Promise.all(citizens.map((psid) => pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 30_000 })));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const psid of citizens) assert.equal(pipeline.graph.messages(psid).length, 1, psid);
});

test('Get Started is welcomed; a sticker gets a polite note that only text is read', async () => {
  const newcomer = citizen();
  const sticker = citizen();
  await pipeline.deliver(delivery([postbackEvent(newcomer, 'GET_STARTED', 'Get Started'), stickerEvent(sticker)]));
  const [welcome] = await pipeline.graph.waitForMessages(1, { recipientId: newcomer, timeoutMs: 15_000 });
  assert.match(welcome!.text, /Karibu! I am the eCitizen assistant/);
  assert.ok((welcome!.quickReplies ?? []).length > 0);
  const [note] = await pipeline.graph.waitForMessages(1, { recipientId: sticker, timeoutMs: 15_000 });
  assert.match(note!.text, /only read text/);
});

test('reads are recorded, not answered', async () => {
  const psid = citizen();
  await pipeline.deliver(delivery([textEvent(psid, 'hello')]));
  await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 15_000 });
  const watermark = Date.now();
  await pipeline.deliver(delivery([readEvent(psid, watermark)]));
  await waitUntil(async () => String((await query<{ w: bigint }>(`SELECT read_watermark AS w FROM conversations WHERE psid = '${psid}'`))[0]?.w) === String(watermark));
  await new Promise((resolve) => setTimeout(resolve, 800));
  assert.equal(pipeline.graph.messages(psid).length, 1);
});

test('every message and the reply are stored with timings', async () => {
  const psid = citizen();
  await pipeline.deliver(delivery([textEvent(psid, 'vehicle inspection report')]));
  const [sent] = await pipeline.graph.waitForMessages(1, { recipientId: psid, timeoutMs: 15_000 });
  await waitUntil(async () => (await countRows('turns t JOIN conversations c ON c.id = t.conversation_id', `c.psid = '${psid}' AND t.status = 'answered'`)) === 1);
  const [row] = await query<{ latency_ms: number; inbound_status: string; outbound_status: string; mid: string }>(
    `SELECT t.latency_ms, i.status AS inbound_status, o.status AS outbound_status, o.mid
     FROM turns t JOIN conversations c ON c.id = t.conversation_id
     JOIN messages i ON i.turn_id = t.id AND i.direction = 'inbound'
     JOIN messages o ON o.turn_id = t.id AND o.direction = 'outbound'
     WHERE c.psid = '${psid}'`,
  );
  assert.equal(row!.inbound_status, 'answered');
  assert.equal(row!.outbound_status, 'sent');
  assert.equal(row!.mid, sent!.messageId);
  assert.ok(row!.latency_ms > 0 && row!.latency_ms < 15_000, `latency ${row!.latency_ms}`);
});

function query<T>(sql: string): Promise<T[]> {
  return sqlQuery<T>(pipeline.env.database.url, sql);
}

async function countRows(table: string, where: string): Promise<number> {
  const [row] = await query<{ n: bigint }>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`);
  return Number(row?.n ?? 0);
}

