import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitMessage } from '../src/index.ts';
import { isWellFormed } from './unicode.ts';

function assertWithin(parts: string[], limit: number): void {
  for (const part of parts) {
    assert.ok(part.length <= limit, `part of ${part.length} exceeds ${limit}`);
    assert.ok(part.length > 0);
    assert.equal(part, part.trim());
  }
}

test('text within the limit is one part, trimmed', () => {
  assert.deepEqual(splitMessage('  Hello, how can I help?\n'), ['Hello, how can I help?']);
  const exact = 'a'.repeat(2000);
  assert.deepEqual(splitMessage(exact), [exact]);
  assert.deepEqual(splitMessage(''), []);
  assert.deepEqual(splitMessage(' \n\t '), []);
});

test('the default limit is 2,000 code units', () => {
  const parts = splitMessage('word '.repeat(1000));
  assert.equal(parts.length, 3);
  assertWithin(parts, 2000);
  assert.ok(parts[0]!.length > 1990, 'parts are filled, not cut early');
});

test('a blank line is preferred to a line break, a sentence end or a space', () => {
  const first = `${'a'.repeat(30)}\n\n${'b'.repeat(10)}`;
  const text = `${first}\n${'c'.repeat(3)}. ${'d'.repeat(4)} e`;
  assert.deepEqual(splitMessage(text, 50), [`${'a'.repeat(30)}`, `${'b'.repeat(10)}\n${'c'.repeat(3)}. ${'d'.repeat(4)} e`]);
});

test('then a line break, then a sentence end, then a space', () => {
  assert.deepEqual(splitMessage('First line here.\nSecond one. Third one here', 30), ['First line here.', 'Second one. Third one here']);
  assert.deepEqual(splitMessage('Is it done? Yes it is done now ok', 20), ['Is it done?', 'Yes it is done now', 'ok']);
  assert.deepEqual(splitMessage('Renew now! Then pay the fee today', 12), ['Renew now!', 'Then pay the', 'fee today']);
  assert.deepEqual(splitMessage('alpha beta gamma delta', 11), ['alpha beta', 'gamma delta']);
});

test('a break in the second half wins over a better kind of break near the start', () => {
  const text = `Hi.\n\n${'x '.repeat(40)}`.trim();
  const parts = splitMessage(text, 40);
  assertWithin(parts, 40);
  assert.ok(parts[0]!.length > 20, `first part "${parts[0]}" should not be a stub`);
  assert.equal(parts.join(' ').replace(/\s+/g, ' '), text.replace(/\s+/g, ' '));
});

test('with no break at all the text is cut hard at the limit', () => {
  const text = 'x'.repeat(45);
  assert.deepEqual(splitMessage(text, 20), ['x'.repeat(20), 'x'.repeat(20), 'x'.repeat(5)]);
});

test('a hard cut never splits an emoji (surrogate pair)', () => {
  // The emoji's two code units would straddle the limit of 10.
  const text = `${'a'.repeat(9)}😀${'b'.repeat(5)}`;
  const parts = splitMessage(text, 10);
  assert.deepEqual(parts, ['a'.repeat(9), `😀${'b'.repeat(5)}`]);
  for (const part of parts) assert.ok(isWellFormed(part), `"${part}" has a lone surrogate`);
  const emojis = '😀'.repeat(15);
  const emojiParts = splitMessage(emojis, 7);
  assertWithin(emojiParts, 7);
  for (const part of emojiParts) assert.ok(isWellFormed(part));
  assert.equal(emojiParts.join(''), emojis);
});

test('no text is lost or reordered, at many limits', () => {
  const text = 'Apply for a passport on eCitizen.\n\nYou need your ID, a photo and the fee. Then book an appointment! Questions? Ask here.\nThanks';
  for (let limit = 2; limit <= text.length + 1; limit++) {
    const parts = splitMessage(text, limit);
    assertWithin(parts, limit);
    assert.equal(parts.join('').replace(/\s/g, ''), text.replace(/\s/g, ''), `limit ${limit}`);
  }
});

test('a limit that cannot hold a surrogate pair is refused', () => {
  assert.throws(() => splitMessage('abc', 1), RangeError);
  assert.throws(() => splitMessage('abc', 2.5), RangeError);
});
