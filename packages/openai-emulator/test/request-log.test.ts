import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedQueue } from '../src/bounded-queue.ts';
import { MAX_RECORDED_REQUESTS, RequestLog } from '../src/request-log.ts';
import type { ChatRequest } from '../src/index.ts';

test('the queue keeps the newest entries within its count', () => {
  const queue = new BoundedQueue<number>(3, Infinity);
  for (let i = 1; i <= 10; i += 1) queue.push(i, 1);
  assert.deepEqual(queue.items(), [8, 9, 10]);
  assert.equal(queue.length, 3);
});

test('the queue keeps the newest entries within its weight, and always the newest', () => {
  const queue = new BoundedQueue<string>(100, 10);
  queue.push('a', 4);
  queue.push('b', 4);
  queue.push('c', 4);
  assert.deepEqual(queue.items(), ['b', 'c']);
  assert.equal(queue.weight, 8);
  queue.push('huge', 50);
  assert.deepEqual(queue.items(), ['huge']);
  queue.clear();
  assert.deepEqual(queue.items(), []);
  assert.equal(queue.weight, 0);
});

test('the queue stays in order across many compactions', () => {
  const queue = new BoundedQueue<number>(1000, Infinity);
  for (let i = 0; i < 25_000; i += 1) queue.push(i, 1);
  const items = queue.items();
  assert.equal(items.length, 1000);
  assert.equal(items[0], 24_000);
  assert.equal(items.at(-1), 24_999);
});

test('the request log keeps the last 10,000 requests, and waits count every chat request', async () => {
  const log = new RequestLog();
  const chat = (n: number): ChatRequest => ({ model: 'm', messages: [{ role: 'user', content: `#${n}` }] });
  const total = MAX_RECORDED_REQUESTS + 5;
  for (let n = 0; n < total; n += 1) log.record({ at: n, path: '/v1/chat/completions', model: 'm', body: chat(n), status: 200, response: null }, 100, chat(n));
  const requests = log.requests();
  assert.equal(requests.length, MAX_RECORDED_REQUESTS);
  assert.equal(requests[0]!.at, 5);
  assert.equal(log.chatRequests()[0]!.messages[0]!.content, '#5');
  assert.equal((await log.waitForChatRequests(total, 10)).length, MAX_RECORDED_REQUESTS, 'forgotten requests still count');
});
