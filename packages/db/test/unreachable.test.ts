import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { test } from 'node:test';
import { DEFAULT_DATABASE_URL } from '@ecitizen/config';
import { createPrismaClient, isDatabaseUnreachable, withDatabase } from '../src/index.ts';

const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? DEFAULT_DATABASE_URL;

test('a server that closes every connection is unreachable, through Prisma\'s wrapping', async () => {
  // Accepts and hangs up at once: as a MySQL that stopped behind a load balancer looks.
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(withDatabase(TEST_SERVER_URL, 'mysql'));
  url.port = String((server.address() as AddressInfo).port);
  url.searchParams.set('connect_timeout', '1');
  const db = createPrismaClient(url.toString());
  try {
    const error = await db.$queryRaw`SELECT 1`.then(() => null, (caught: unknown) => caught);
    assert.ok(error, 'the query failed');
    assert.equal(isDatabaseUnreachable(error), true, String(error));
  } finally {
    await db.$disconnect().catch(() => {});
    server.close();
  }
});

test('a bad query on a server that answers is not an outage', async () => {
  const db = createPrismaClient(withDatabase(TEST_SERVER_URL, 'mysql'));
  try {
    const error = await db.$queryRawUnsafe('SELECT * FROM no_such_table_here').then(() => null, (caught: unknown) => caught);
    assert.ok(error, 'the query failed');
    assert.equal(isDatabaseUnreachable(error), false, String(error));
  } finally {
    await db.$disconnect();
  }
});

test('socket and pool codes anywhere in the chain count; others do not', () => {
  assert.equal(isDatabaseUnreachable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })), true);
  assert.equal(isDatabaseUnreachable(new Error('outer', { cause: { code: 45028 } })), true);
  assert.equal(isDatabaseUnreachable(Object.assign(new Error('duplicate'), { code: 'P2002', meta: { driverAdapterError: { cause: { code: 1062 } } } })), false);
  assert.equal(isDatabaseUnreachable('a string'), false);
});
