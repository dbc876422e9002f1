import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { GraphEmulator } from '../src/index.ts';
import { OTHER_PSID, PSID, send, start, useEmulator } from './helpers.ts';


const current = useEmulator();
let emulator: GraphEmulator;
beforeEach(() => {
  emulator = current();
});

test('resolves at once when the messages are already there', async () => {
  await send(emulator, 'one');
  const messages = await emulator.waitForMessages(1, { timeoutMs: 50 });
  assert.deepEqual(
    messages.map((message) => message.text),
    ['one'],
  );
});

test('resolves when the count is reached, with every message so far', async () => {
  const waiting = emulator.waitForMessages(3);
  let settled = false;
  void waiting.then(() => {
    settled = true;
  });
  await send(emulator, 'a');
  await send(emulator, 'b');
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(settled, false, 'two of three is not enough');
  await send(emulator, 'c');
  assert.deepEqual(
    (await waiting).map((message) => message.text),
    ['a', 'b', 'c'],
  );
});

test('counts only the recipient asked for, and only successful sends', async () => {
  const waiting = emulator.waitForMessages(2, { recipientId: OTHER_PSID, timeoutMs: 5000 });
  emulator.fail({ error: 'transient', recipientId: OTHER_PSID });
  await send(emulator, 'failed', OTHER_PSID);
  await send(emulator, 'to someone else 1');
  await send(emulator, 'to someone else 2');
  await send(emulator, 'first', OTHER_PSID);
  await send(emulator, 'second', OTHER_PSID);
  const messages = await waiting;
  assert.deepEqual(
    messages.map((message) => [message.recipientId, message.text]),
    [
      [OTHER_PSID, 'first'],
      [OTHER_PSID, 'second'],
    ],
  );
});

test('many waiters resolve from concurrent sends', async () => {
  const recipients = Array.from({ length: 20 }, (_, i) => `31000000000000${String(i).padStart(2, '0')}`);
  const waits = recipients.map((recipientId) => emulator.waitForMessages(3, { recipientId, timeoutMs: 5000 }));
  await Promise.all(recipients.flatMap((recipientId) => [1, 2, 3].map((n) => send(emulator, `${n}`, recipientId))));
  const results = await Promise.all(waits);
  for (const [index, messages] of results.entries()) {
    assert.equal(messages.length, 3);
    assert.ok(messages.every((message) => message.recipientId === recipients[index]));
  }
});

test('rejects after the timeout with a message that says what was sent', async () => {
  await send(emulator, 'only this');
  const started = performance.now();
  await assert.rejects(emulator.waitForMessages(2, { recipientId: PSID, timeoutMs: 150 }), (error: Error) => {
    assert.match(error.message, /waited 150 ms for 2 message\(s\) to 2400000000000001 but 1 were sent/);
    assert.match(error.message, /"only this"/);
    return true;
  });
  assert.ok(performance.now() - started >= 140);
});

test('close() rejects pending waits instead of leaving them hanging', async () => {
  const own = await start();
  const waiting = own.waitForMessages(1, { timeoutMs: 60_000 });
  await own.close();
  await assert.rejects(waiting, /closed/);
});
