import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toQuickReplies } from '../src/index.ts';
import { isWellFormed } from './unicode.ts';

test('quick replies take Graph shape', () => {
  assert.deepEqual(toQuickReplies([{ title: 'Passport', payload: 'SERVICE_PASSPORT' }]), [
    { content_type: 'text', title: 'Passport', payload: 'SERVICE_PASSPORT' },
  ]);
});

test('at most 13, in order; extra ones dropped', () => {
  const options = Array.from({ length: 16 }, (_, i) => ({ title: `Option ${i}`, payload: `P${i}` }));
  const replies = toQuickReplies(options);
  assert.equal(replies.length, 13);
  assert.deepEqual(replies.map((reply) => reply.payload), options.slice(0, 13).map((option) => option.payload));
});

test('titles over 20 characters are cut to 19 and an ellipsis; 20 is kept', () => {
  const [long, exact] = toQuickReplies([
    { title: 'Certificate of Good Conduct', payload: 'GOOD_CONDUCT' },
    { title: 'x'.repeat(20), payload: 'X' },
  ]);
  assert.equal(long!.title, 'Certificate of Good…');
  assert.equal(long!.title.length, 20);
  assert.equal(exact!.title, 'x'.repeat(20));
});

test('a cut title never ends in half an emoji', () => {
  const [reply] = toQuickReplies([{ title: `${'a'.repeat(18)}😀😀`, payload: 'E' }]);
  assert.equal(reply!.title, `${'a'.repeat(18)}…`);
  assert.ok(isWellFormed(reply!.title));
});

test('empty titles (and empty payloads) are dropped before counting', () => {
  const options = [{ title: '  ', payload: 'BLANK' }, { title: 'No payload', payload: '' }, ...Array.from({ length: 13 }, (_, i) => ({ title: `T${i}`, payload: `P${i}` }))];
  const replies = toQuickReplies(options);
  assert.equal(replies.length, 13);
  assert.equal(replies[0]!.title, 'T0');
});

test('payloads over 1,000 characters are cut to 1,000', () => {
  const [reply] = toQuickReplies([{ title: 'Long', payload: 'p'.repeat(1500) }]);
  assert.equal(reply!.payload, 'p'.repeat(1000));
  const [kept] = toQuickReplies([{ title: 'Exact', payload: 'q'.repeat(1000) }]);
  assert.equal(kept!.payload.length, 1000);
});
