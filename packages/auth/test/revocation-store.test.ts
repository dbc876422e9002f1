import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { Redis } from 'ioredis';
import { createPrismaClient, type Database } from '@ecitizen/db';
import { createTestEnvironment, TEST_REDIS_URL, type TestEnvironment } from '@ecitizen/testing';
import { RevocationStore, TokenFamilies } from '../src/index.ts';

const silent = { warn: () => {}, error: () => {} };
let env: TestEnvironment;
let db: Database;
let redis: Redis;
let userId: number;

before(async () => {
  env = await createTestEnvironment();
  db = createPrismaClient(env.database.url);
  redis = new Redis(TEST_REDIS_URL);
  userId = (await db.user.create({ data: { email: 'agent@ecitizen.test', passwordHash: 'x', role: 'agent' } })).id;
});
after(async () => {
  redis.disconnect();
  await db.$disconnect();
  await env.cleanup();
});

test('a revoked token and a revoked family are seen; others are not', async () => {
  const store = new RevocationStore(db, redis, env.redisPrefix, silent);
  const families = new TokenFamilies(db, store);
  const grant = await families.start(userId, 3600);
  const jti = randomUUID();
  assert.equal(await store.isRevoked(jti, grant.familyId), false);
  await store.revokeToken(jti, grant.familyId, new Date(Date.now() + 60_000));
  assert.equal(await store.isRevoked(jti, grant.familyId), true);
  assert.equal(await store.isRevoked(randomUUID(), grant.familyId), false, 'other tokens of the family stay valid');
  await store.revokeFamily(grant.familyId, 'logout');
  assert.equal(await store.isRevoked(randomUUID(), grant.familyId), true, 'every token of a revoked family is refused');
});

test('cache entries expire with the token, so Redis does not grow forever', async () => {
  const store = new RevocationStore(db, redis, env.redisPrefix, silent);
  const grant = await new TokenFamilies(db, store).start(userId, 3600);
  const jti = randomUUID();
  await store.revokeToken(jti, grant.familyId, new Date(Date.now() + 30_000));
  const ttl = await redis.pttl(`${env.redisPrefix}auth:revoked:jti:${jti}`);
  assert.ok(ttl > 25_000 && ttl <= 30_000, `ttl ${ttl}`);
});

test('with Redis unreachable, the check falls back to MySQL and still refuses revoked tokens', async () => {
  const store = new RevocationStore(db, redis, env.redisPrefix, silent);
  const grant = await new TokenFamilies(db, store).start(userId, 3600);
  const jti = randomUUID();
  await store.revokeToken(jti, grant.familyId, new Date(Date.now() + 60_000));

  // Nothing listens on port 1: every command fails at once.
  const down = new Redis({ port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
  down.on('error', () => {}); // expected: nothing listens there
  const warnings: string[] = [];
  const degraded = new RevocationStore(db, down, env.redisPrefix, { warn: (_o, msg) => warnings.push(msg), error: () => {} });
  assert.equal(await degraded.isRevoked(jti, grant.familyId), true);
  assert.equal(await degraded.isRevoked(randomUUID(), grant.familyId), false);
  assert.equal(await degraded.isRevoked(randomUUID(), randomUUID()), true, 'an unknown login is refused');
  assert.match(warnings.join(), /checking MySQL/);
  down.disconnect();
});

test('rotation: only the newest refresh token is accepted, an older one revokes the family', async () => {
  const store = new RevocationStore(db, redis, env.redisPrefix, silent);
  const families = new TokenFamilies(db, store);
  const grant = await families.start(userId, 3600);
  const second = await families.rotate(grant.familyId, grant.refreshJti);
  assert.ok(second.ok);
  assert.equal(second.grant.expiresAt.getTime(), grant.expiresAt.getTime(), 'rotation never extends the login');
  const reuse = await families.rotate(grant.familyId, grant.refreshJti);
  assert.deepEqual(reuse, { ok: false, reason: 'reused' });
  assert.equal(await store.isRevoked(randomUUID(), grant.familyId), true);
  assert.deepEqual(await families.rotate(grant.familyId, second.grant.refreshJti), { ok: false, reason: 'revoked' });
});
