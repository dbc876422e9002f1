import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signPayload, type InboundEvent } from '@ecitizen/messenger';
import { sqlQuery, startOwnRedis, waitUntil } from '@ecitizen/testing';
import { startHarness, url, type ApiHarness } from './helpers.ts';

const APP_SECRET = 'webhook-test-app-secret';
const VERIFY_TOKEN = 'webhook-test-verify-token';
let harness: ApiHarness;
before(async () => {
  harness = await startHarness({ FB_APP_SECRET: APP_SECRET, FB_VERIFY_TOKEN: VERIFY_TOKEN });
});
after(() => harness.close());

function post(raw: string, signature: string | null, app = harness.app) {
  return app.inject({
    method: 'POST',
    url: url('/webhook'),
    headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-hub-signature-256': signature }) },
    payload: raw,
  });
}

/** Every event in the inbound queue (a job holds the events of the deliveries acknowledged together). */
async function queuedEvents(app = harness.app): Promise<InboundEvent[]> {
  const jobs = await app.queues.inbound.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
  return jobs.flatMap((job) => job.data.events.map((received) => received.event));
}

async function queued(): Promise<number> {
  return (await queuedEvents()).length;
}

async function queuedEvent(id: string, app = harness.app): Promise<InboundEvent | undefined> {
  return (await queuedEvents(app)).find((event) => event.id === id);
}

const message = (mid: string, text = 'hello') => ({
  object: 'page',
  entry: [{ id: '1', time: 1, messaging: [{ sender: { id: '42' }, recipient: { id: '1' }, timestamp: 1_700_000_000_000, message: { mid, text } }] }],
});

describe('subscription handshake', () => {
  test('the right token gets the challenge back as plain text', async () => {
    const response = await harness.app.inject({
      url: url(`/webhook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`),
    });
    assert.equal(response.statusCode, 200);
    assert.equal(response.body, '1158201444');
    assert.match(String(response.headers['content-type']), /text\/plain/);
  });

  test('a wrong token or mode is a 403', async () => {
    for (const query of [`hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`, `hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`, '']) {
      const response = await harness.app.inject({ url: url(`/webhook?${query}`) });
      assert.equal(response.statusCode, 403, query);
    }
  });
});

describe('deliveries', () => {
  test('a signed page delivery is acknowledged and queued', async () => {
    const before = await queued();
    const raw = JSON.stringify(message('m_signed_1'));
    const response = await post(raw, signPayload(raw, APP_SECRET));
    assert.equal(response.statusCode, 200);
    assert.equal(response.body, 'EVENT_RECEIVED');
    assert.equal(await queued(), before + 1);
    assert.equal((await queuedEvent('m_signed_1'))?.text, 'hello');
  });

  test('a missing signature is a 401 and nothing is queued', async () => {
    const before = await queued();
    const response = await post(JSON.stringify(message('m_unsigned')), null);
    assert.equal(response.statusCode, 401);
    assert.match(response.json().message, /Missing X-Hub-Signature-256/);
    assert.equal(await queued(), before);
  });

  test('a wrong signature (another secret, a tampered body, SHA-1) is a 403 and nothing is queued', async () => {
    const before = await queued();
    const raw = JSON.stringify(message('m_forged'));
    const tampered = raw.replace('hello', 'HELLO');
    const sha1 = `sha1=${(await import('node:crypto')).createHmac('sha1', APP_SECRET).update(raw).digest('hex')}`;
    for (const [body, signature] of [
      [raw, signPayload(raw, 'another-secret')],
      [tampered, signPayload(raw, APP_SECRET)],
      [raw, sha1],
      [raw, 'sha256=zz'],
    ] as const) {
      const response = await post(body, signature);
      assert.equal(response.statusCode, 403, signature);
    }
    assert.equal(await queued(), before);
  });

  test('the signature is checked over the raw bytes, escaped unicode included', async () => {
    // Meta escapes non-ASCII as \\uXXXX: re-serialising the parsed JSON would change the bytes and the HMAC.
    const raw = JSON.stringify(message('m_unicode', 'Nimelipa kwa M-Pesa')).replace('M-Pesa', 'M-P\\u00e9sa');
    const response = await post(raw, signPayload(raw, APP_SECRET));
    assert.equal(response.statusCode, 200);
    assert.equal((await queuedEvent('m_unicode'))?.text, 'Nimelipa kwa M-Pésa');
  });

  test('a signed body that is not a page event is a 400 and nothing is queued', async () => {
    const before = await queued();
    for (const body of [{ object: 'instagram', entry: [] }, { hello: 'world' }, [1, 2]]) {
      const raw = JSON.stringify(body);
      const response = await post(raw, signPayload(raw, APP_SECRET));
      assert.equal(response.statusCode, 400, raw);
      assert.match(response.json().message, /Not a page event/);
    }
    const invalid = '{"object": "page", ';
    assert.equal((await post(invalid, signPayload(invalid, APP_SECRET))).statusCode, 400);
    assert.equal(await queued(), before);
  });

  test('a redelivered event is acknowledged again: the worker, not the webhook, stores it once', async () => {
    // Meta retries until it gets a 200; refusing a copy would only make it retry more.
    // The worker's unique event id makes the copy a no-op (apps/worker/test/pipeline.test.ts).
    const raw = JSON.stringify(message('m_twice'));
    await post(raw, signPayload(raw, APP_SECRET));
    const before = await queued();
    assert.equal((await post(raw, signPayload(raw, APP_SECRET))).statusCode, 200);
    assert.equal(await queued(), before + 1);
  });
});

describe('when Redis cannot take the events', () => {
  test('they are kept in MySQL, acknowledged, and relayed to the queue when Redis is back', async () => {
    const redis = await startOwnRedis();
    const app = await harness.restart({ REDIS_URL: redis.url });
    try {
      const raw = JSON.stringify(message('m_outage'));
      await redis.crash();
      const started = Date.now();
      const response = await post(raw, signPayload(raw, APP_SECRET), app);
      assert.equal(response.statusCode, 200);
      assert.ok(Date.now() - started < 4000, 'answered well within Meta\'s 5 s');
      assert.ok(await app.db.webhookEvent.findUnique({ where: { id: 'm_outage' } }), 'kept in MySQL');

      await redis.start();
      await waitUntil(async () => {
        await app.relayWebhookEvents();
        return (await app.db.webhookEvent.count()) === 0;
      });
      // Whichever api process relays first: this one, once its Redis is back, or the harness's
      // first app, a second process on the same MySQL whose Redis never went away (its relay
      // timer runs every 2 s; under load it sometimes won).
      const relayed = (await queuedEvent('m_outage', app)) ?? (await queuedEvent('m_outage'));
      assert.equal(relayed?.text, 'hello');
    } finally {
      await app.close();
      await redis.close();
    }
  });

  test('when neither Redis nor MySQL can take them, the answer is a 503 so that Meta delivers again', async () => {
    const redis = await startOwnRedis();
    // A MySQL account that can read but not write: every insert fails, as on a read-only failover.
    const user = `ecz_ro_${process.pid}`;
    await sqlQuery(harness.env.database.url, `CREATE USER IF NOT EXISTS '${user}'@'%' IDENTIFIED BY 'read-only-pass'`);
    await sqlQuery(harness.env.database.url, `GRANT SELECT ON \`${harness.env.database.name}\`.* TO '${user}'@'%'`);
    const readOnlyUrl = new URL(harness.env.database.url);
    readOnlyUrl.username = user;
    readOnlyUrl.password = 'read-only-pass';
    const app = await harness.restart({ REDIS_URL: redis.url, DATABASE_URL: readOnlyUrl.toString() });
    try {
      await redis.crash();
      const raw = JSON.stringify(message('m_nowhere'));
      const response = await post(raw, signPayload(raw, APP_SECRET), app);
      assert.equal(response.statusCode, 503);
      assert.match(response.json().message, /retry later/);
      // The process is still up and answering.
      assert.equal((await app.inject({ url: url('') })).statusCode, 200);
    } finally {
      await app.close();
      await redis.close();
      await sqlQuery(harness.env.database.url, `DROP USER IF EXISTS '${user}'@'%'`);
    }
  });
});

