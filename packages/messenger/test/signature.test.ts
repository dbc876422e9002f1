import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { signPayload, verifySignature } from '../src/index.ts';

const SECRET = 'app-secret-for-tests';
const body = Buffer.from('{"object":"page","entry":[{"id":"1","time":1,"messaging":[]}]}');

test('a signature is sha256= and the HMAC-SHA256 of the body in hex', () => {
  const expected = createHmac('sha256', SECRET).update(body).digest('hex');
  assert.equal(signPayload(body, SECRET), `sha256=${expected}`);
  assert.equal(signPayload(body.toString('utf8'), SECRET), `sha256=${expected}`, 'a string signs as its UTF-8 bytes');
});

test('the signature of the exact body is valid; hex case does not matter', () => {
  const header = signPayload(body, SECRET);
  assert.equal(verifySignature(body, header, SECRET), 'valid');
  assert.equal(verifySignature(body, `sha256=${header.slice(7).toUpperCase()}`, SECRET), 'valid');
});

test('one changed byte of the body makes it invalid', () => {
  const header = signPayload(body, SECRET);
  const tampered = Buffer.from(body);
  tampered[tampered.length - 3] = tampered[tampered.length - 3]! ^ 0x01;
  assert.equal(verifySignature(tampered, header, SECRET), 'invalid');
});

test('another secret makes it invalid', () => {
  assert.equal(verifySignature(body, signPayload(body, 'another-secret'), SECRET), 'invalid');
});

test('an absent or empty header is missing', () => {
  assert.equal(verifySignature(body, undefined, SECRET), 'missing');
  assert.equal(verifySignature(body, '', SECRET), 'missing');
  assert.equal(verifySignature(body, '   ', SECRET), 'missing');
});

test('a header of another form or length is invalid, without throwing', () => {
  const hex = signPayload(body, SECRET).slice('sha256='.length);
  assert.equal(verifySignature(body, `sha1=${hex}`, SECRET), 'invalid', 'wrong prefix');
  assert.equal(verifySignature(body, hex, SECRET), 'invalid', 'no prefix');
  assert.equal(verifySignature(body, `sha256=${hex.slice(0, -2)}`, SECRET), 'invalid', 'too short');
  assert.equal(verifySignature(body, `sha256=${hex}00`, SECRET), 'invalid', 'too long');
  assert.equal(verifySignature(body, `sha256=${'é'.repeat(32)}`, SECRET), 'invalid', 'multi-byte characters');
});

test('the raw bytes are what is signed: re-serialised JSON does not verify', () => {
  // Meta escapes non-ASCII characters; JSON.stringify writes them as UTF-8.
  const raw = Buffer.from('{"object":"page","entry":[{"messaging":[{"message":{"text":"caf\\u00e9"}}]}]}');
  const header = signPayload(raw, SECRET);
  const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8'))));
  assert.match(reserialised.toString('utf8'), /café/);
  assert.notDeepEqual(reserialised, raw);
  assert.equal(verifySignature(raw, header, SECRET), 'valid');
  assert.equal(verifySignature(reserialised, header, SECRET), 'invalid');
});

test('an empty app secret is refused rather than trusted', () => {
  assert.throws(() => signPayload(body, ''), /app secret is empty/);
  assert.throws(() => verifySignature(body, 'sha256=00', ''), /app secret is empty/);
  assert.throws(() => verifySignature(body, undefined, ''), /app secret is empty/, 'even before looking at the header');
});
