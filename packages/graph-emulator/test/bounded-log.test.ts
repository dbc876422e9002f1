import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedLog } from '../src/bounded-log.ts';

// A unit test: proving the 100,000-call bound over HTTP would take most of a minute.
test('keeps the newest entries only, oldest first, and finds entries after a seq', () => {
  const log = new BoundedLog<{ seq: number }>(5);
  for (let seq = 1; seq <= 12; seq += 1) log.push({ seq });
  assert.equal(log.length, 5);
  assert.deepEqual(
    log.select(() => true).map((entry) => entry.seq),
    [8, 9, 10, 11, 12],
  );
  assert.deepEqual(
    log.select(() => true, { afterSeq: 9 }).map((entry) => entry.seq),
    [10, 11, 12],
  );
  assert.deepEqual(
    log.select(() => true, { afterSeq: 2 }).map((entry) => entry.seq),
    [8, 9, 10, 11, 12],
    'a cursor older than the log starts at the oldest kept',
  );
  assert.deepEqual(log.select((entry) => entry.seq % 2 === 0, { limit: 2 }).map((entry) => entry.seq), [8, 10]);
  assert.deepEqual(log.select(() => true, { afterSeq: 12 }), []);
  log.clear();
  assert.equal(log.length, 0);
  log.push({ seq: 13 });
  assert.deepEqual(
    log.select(() => true).map((entry) => entry.seq),
    [13],
  );
});
