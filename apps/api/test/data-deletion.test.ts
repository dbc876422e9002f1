import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { signRequest, verifySignedRequest } from '../src/routes/facebook/signed-request.ts';
import { startHarness, url, type ApiHarness } from './helpers.ts';

const APP_SECRET = 'data-deletion-test-app-secret';
const PUBLIC_URL = 'https://bot.example.go.ke/';
const STATUS_PATH = '/api/v1/chatbot/facebook/data-deletion/status';
const LEAVING = '7301000000000001';
const STAYING = '7301000000000002';

const payload = (userId: string, extra: Record<string, unknown> = {}) => ({ algorithm: 'HMAC-SHA256', user_id: userId, issued_at: 1_764_000_000, ...extra });

/** base64url of text, as Meta encodes the payload. */
const encode = (text: string) => Buffer.from(text).toString('base64url');
const signWith = (encodedPayload: string, secret = APP_SECRET) => `${createHmac('sha256', secret).update(encodedPayload).digest('base64url')}.${encodedPayload}`;

describe('signed requests', () => {
  test('a request Meta signed is accepted with its fields', () => {
    const check = verifySignedRequest(signRequest(payload('42', { expires: 1_764_003_600 }), APP_SECRET), APP_SECRET);
    assert.deepEqual(check, { ok: true, payload: payload('42', { expires: 1_764_003_600 }) });
  });

  test('the signature covers the payload text as sent, padding included', () => {
    const padded = Buffer.from(JSON.stringify(payload('4'))).toString('base64').replaceAll('+', '-').replaceAll('/', '_');
    assert.match(padded, /=$/, 'this payload needs padding');
    assert.equal(verifySignedRequest(signWith(padded), APP_SECRET).ok, true);
  });

  test('another secret, a tampered payload, a truncated or empty signature are forgeries', () => {
    const good = signRequest(payload('42'), APP_SECRET);
    const [signature] = good.split('.') as [string, string];
    for (const forged of [
      signRequest(payload('42'), 'another-secret'),
      `${signature}.${encode(JSON.stringify(payload('43')))}`,
      `${signature.slice(0, -2)}.${good.split('.')[1]}`,
      `AA.${good.split('.')[1]}`,
    ]) {
      const check = verifySignedRequest(forged, APP_SECRET);
      assert.equal(check.ok, false, forged);
      assert.equal(check.ok || check.fault, 'forged', forged);
    }
  });

  test('an algorithm other than HMAC-SHA256 is refused even when the signature matches', () => {
    for (const algorithm of ['HMAC-SHA1', 'none', undefined]) {
      const check = verifySignedRequest(signRequest({ ...payload('42'), algorithm }, APP_SECRET), APP_SECRET);
      assert.equal(check.ok || check.fault, 'forged', String(algorithm));
      assert.match(check.ok ? '' : check.reason, /algorithm must be HMAC-SHA256/);
    }
    assert.equal(verifySignedRequest(signRequest(payload('42', { algorithm: 'hmac-sha256' }), APP_SECRET), APP_SECRET).ok, true);
  });

  test('garbled requests are malformed, not forged', () => {
    for (const garbled of ['', 'no-dot', 'a.b.c', '.abc', 'abc.', 'sig+/.payload', 'sig.pay load', 'sig.payload!']) {
      const check = verifySignedRequest(garbled, APP_SECRET);
      assert.equal(check.ok || check.fault, 'malformed', garbled);
    }
  });

  test('a correctly signed payload that is not the expected JSON is malformed', () => {
    for (const text of ['not json', '[1,2]', 'null', JSON.stringify({ algorithm: 'HMAC-SHA256' }), JSON.stringify(payload('')), JSON.stringify({ ...payload('42'), user_id: 42 }), JSON.stringify(payload('42', { issued_at: 'yesterday' }))]) {
      const check = verifySignedRequest(signWith(encode(text)), APP_SECRET);
      assert.equal(check.ok || check.fault, 'malformed', text);
    }
  });

  test('an empty app secret is a configuration error, never a pass', () => {
    assert.throws(() => verifySignedRequest(signRequest(payload('42'), APP_SECRET), ''), /app secret is empty/);
    assert.throws(() => signRequest(payload('42'), ''), /app secret is empty/);
  });
});

let harness: ApiHarness;
before(async () => {
  harness = await startHarness({ FB_APP_SECRET: APP_SECRET, PUBLIC_URL });
});
after(() => harness.close());

function postForm(form: string, contentType = 'application/x-www-form-urlencoded') {
  return harness.app.inject({ method: 'POST', url: url('/facebook/data-deletion'), headers: { 'content-type': contentType }, payload: form });
}

function requestDeletion(signedRequest: string) {
  return postForm(new URLSearchParams({ signed_request: signedRequest }).toString());
}

function statusOf(code: string, accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8') {
  return harness.app.inject({ url: url(`/facebook/data-deletion/status?code=${encodeURIComponent(code)}`), headers: { accept } });
}

let sequence = 0;
/** A conversation of psid on a page with one answered turn: an inbound message and its reply. */
async function conversationOf(psid: string, pageId: string): Promise<number> {
  const db = harness.app.db;
  const conversation = await db.conversation.create({ data: { pageId, psid, lastInboundAt: new Date() } });
  const turn = await db.turn.create({ data: { conversationId: conversation.id, status: 'answered', receivedAt: new Date(), answeredAt: new Date() } });
  sequence += 1;
  await db.message.createMany({
    data: [
      { conversationId: conversation.id, direction: 'inbound', kind: 'text', externalId: `m_${sequence}`, mid: `m_${sequence}`, text: 'Nataka kurenew driving licence', status: 'answered', turnId: turn.id, eventAt: new Date() },
      { conversationId: conversation.id, direction: 'outbound', kind: 'reply', externalId: `${turn.id}-0`, text: 'Go to eCitizen → NTSA', status: 'sent', turnId: turn.id, part: 0, eventAt: new Date() },
    ],
  });
  return conversation.id;
}

async function dataOf(psid: string) {
  const db = harness.app.db;
  const ids = (await db.conversation.findMany({ where: { psid }, select: { id: true } })).map((row) => row.id);
  return {
    conversations: ids.length,
    messages: await db.message.count({ where: { conversationId: { in: ids } } }),
    turns: await db.turn.count({ where: { conversationId: { in: ids } } }),
  };
}

describe('the data deletion callback', () => {
  let confirmationCode = '';

  test('a signed request deletes that person\'s conversations, messages and turns, and only theirs', async () => {
    const leavingIds = [await conversationOf(LEAVING, 'page-a'), await conversationOf(LEAVING, 'page-b')];
    await conversationOf(STAYING, 'page-a');
    assert.deepEqual(await dataOf(LEAVING), { conversations: 2, messages: 4, turns: 2 });

    const response = await requestDeletion(signRequest(payload(LEAVING), APP_SECRET));
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json<{ url: string; confirmation_code: string }>();
    assert.deepEqual(Object.keys(body).sort(), ['confirmation_code', 'url']);
    assert.match(body.confirmation_code, /^[a-z2-9]{16}$/);
    assert.equal(body.url, `https://bot.example.go.ke${STATUS_PATH}?code=${body.confirmation_code}`);
    confirmationCode = body.confirmation_code;

    assert.deepEqual(await dataOf(LEAVING), { conversations: 0, messages: 0, turns: 0 });
    assert.equal(await harness.app.db.message.count({ where: { conversationId: { in: leavingIds } } }), 0);
    assert.equal(await harness.app.db.turn.count({ where: { conversationId: { in: leavingIds } } }), 0);
    assert.deepEqual(await dataOf(STAYING), { conversations: 1, messages: 2, turns: 1 });
  });

  test('the request is recorded with a hash of the id, never the id itself', async () => {
    const row = await harness.app.db.dataDeletionRequest.findUnique({ where: { confirmationCode } });
    assert.ok(row);
    assert.equal(row.userIdHash, createHash('sha256').update(LEAVING).digest('hex'));
    assert.equal(row.status, 'completed');
    assert.equal(row.conversationsDeleted, 2);
    assert.equal(row.messagesDeleted, 4);
    assert.ok(row.completedAt instanceof Date && row.completedAt >= row.requestedAt);
    const [raw] = await harness.app.db.$queryRawUnsafe<Array<Record<string, unknown>>>('SELECT * FROM data_deletion_requests WHERE confirmation_code = ?', confirmationCode);
    assert.ok(!Object.values(raw ?? {}).some((value) => String(value).includes(LEAVING)), 'the user id is stored nowhere in the row');
    assert.ok(!harness.logs.join('').includes(LEAVING), 'nor written to the logs');
  });

  test('the status page says the deletion is completed, and when', async () => {
    const response = await statusOf(confirmationCode);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    assert.match(response.body, /completed/);
    assert.match(response.body, /<dt>Conversations deleted<\/dt><dd>2<\/dd>/);
    assert.match(response.body, new RegExp(`<time datetime="\\d{4}-\\d\\d-\\d\\dT[^"]+">\\d{1,2} \\w+ \\d{4}`));
    assert.match(response.body, new RegExp(confirmationCode));
    assert.match(String(response.headers.vary), /accept/i);
  });

  test('the status is JSON for a client that asks for it', async () => {
    const response = await statusOf(confirmationCode, 'application/json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    const body = response.json<Record<string, unknown>>();
    assert.equal(body.status_code, 200);
    assert.equal(body.confirmation_code, confirmationCode);
    assert.equal(body.status, 'completed');
    assert.equal(body.conversations_deleted, 2);
    assert.equal(body.messages_deleted, 4);
    assert.ok(!Number.isNaN(Date.parse(String(body.completed_at))));
    assert.ok(!Number.isNaN(Date.parse(String(body.requested_at))));
  });

  test('the same request again is answered with a new code', async () => {
    const response = await requestDeletion(signRequest(payload(LEAVING), APP_SECRET));
    assert.equal(response.statusCode, 200);
    const again = response.json<{ confirmation_code: string }>().confirmation_code;
    assert.notEqual(again, confirmationCode);
    const row = await harness.app.db.dataDeletionRequest.findUnique({ where: { confirmationCode: again } });
    assert.equal(row?.conversationsDeleted, 0);
    assert.equal(await harness.app.db.dataDeletionRequest.count({ where: { userIdHash: createHash('sha256').update(LEAVING).digest('hex') } }), 2);
  });

  test('an unknown code is a 404, as a page and as JSON', async () => {
    const page = await statusOf('abcdefghijkmnpqr');
    assert.equal(page.statusCode, 404);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(page.body, /No data deletion request has this confirmation code/);

    const json = await statusOf('<script>', 'application/json');
    assert.equal(json.statusCode, 404);
    assert.equal(json.json().status_code, 404);
    assert.match(json.json().message, /No data deletion request has this confirmation code/);
  });

  test('a status request without a code is a 400', async () => {
    const response = await harness.app.inject({ url: url('/facebook/data-deletion/status') });
    assert.equal(response.statusCode, 400);
    assert.match(response.json().message, /code is required/);
  });
});

describe('refused deletion requests delete nothing', () => {
  before(() => conversationOf(STAYING, 'page-b'));

  async function assertRefused(response: Awaited<ReturnType<typeof postForm>>, status: number, message: RegExp) {
    assert.equal(response.statusCode, status, response.body);
    const body = response.json<{ status_code: number; message: string }>();
    assert.equal(body.status_code, status);
    assert.match(body.message, message);
    assert.deepEqual(await dataOf(STAYING), { conversations: 2, messages: 4, turns: 2 });
  }

  test('a bad signature is a 403', async () => {
    await assertRefused(await requestDeletion(signRequest(payload(STAYING), 'not-the-app-secret')), 403, /signature does not match/);
    const [signature] = signRequest(payload('someone-else'), APP_SECRET).split('.');
    await assertRefused(await requestDeletion(`${signature}.${encode(JSON.stringify(payload(STAYING)))}`), 403, /signature does not match/);
  });

  test('an algorithm other than HMAC-SHA256 is a 403', async () => {
    await assertRefused(await requestDeletion(signRequest(payload(STAYING, { algorithm: 'HMAC-SHA1' }), APP_SECRET)), 403, /algorithm must be HMAC-SHA256/);
  });

  test('a garbled signed_request is a 400', async () => {
    await assertRefused(await requestDeletion('this is not a signed request'), 400, /two base64url parts/);
    await assertRefused(await requestDeletion(signWith(encode('{"algorithm": "HMAC-SHA256", '))), 400, /not base64url-encoded JSON/);
  });

  test('a missing signed_request is a 400', async () => {
    await assertRefused(await postForm(''), 400, /signed_request is required/);
    await assertRefused(await postForm('user_id=7301000000000002'), 400, /signed_request is required/);
  });

  test('a body that is not a form is refused with what to send', async () => {
    await assertRefused(await postForm('<signed_request/>', 'application/xml'), 415, /application\/x-www-form-urlencoded/);
    await assertRefused(await postForm('signed_request', 'text/plain'), 400, /application\/x-www-form-urlencoded/);
    await assertRefused(await postForm(JSON.stringify(['signed_request']), 'application/json'), 400, /application\/x-www-form-urlencoded/);
  });
});

test('JSON routes elsewhere still refuse form bodies', async () => {
  const response = await harness.app.inject({
    method: 'POST',
    url: url('/auth/login'),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'email=a%40b.ke&password=xxxxxxxxxx',
  });
  assert.equal(response.statusCode, 415);
});
