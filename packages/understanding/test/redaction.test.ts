import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redact, type SensitiveKind } from '../src/index.ts';

function expectRedacted(input: string, expected: string, found: SensitiveKind[]): void {
  const result = redact(input);
  assert.equal(result.text, expected, input);
  assert.deepEqual(result.found, found, input);
}

function expectUntouched(input: string): void {
  const result = redact(input);
  assert.equal(result.text, input.replace(/\s+/g, ' ').trim(), input);
  assert.deepEqual(result.found, [], input);
}

test('national ID numbers: standalone 7-8 digits, and after ID words', () => {
  expectRedacted('my id is 12345678', 'my id is [ID number]', ['national_id']);
  expectRedacted('ID no 12345678', 'ID no [ID number]', ['national_id']);
  expectRedacted('ID number: 1234567.', 'ID number: [ID number].', ['national_id']);
  expectRedacted('kitambulisho 1234567', 'kitambulisho [ID number]', ['national_id']);
  expectRedacted('kitambulisho changu ni 23456789', 'kitambulisho changu ni [ID number]', ['national_id']);
  expectRedacted('12345678', '[ID number]', ['national_id']);
  expectRedacted('please check 3456789 for me', 'please check [ID number] for me', ['national_id']);
  // Old six-digit IDs are only recognisable next to an ID word.
  expectRedacted('ID no. 654321', 'ID no. [ID number]', ['national_id']);
  expectRedacted('ID12345678', 'ID[ID number]', ['national_id']);
});

test('phone numbers in the forms Kenyans type them', () => {
  for (const phone of ['+254 712 345 678', '+254712345678', '254712345678', '0712345678', '0712 345 678', '0712-345-678', '0112345678', '+254 (0) 712 345678', '+254-110-123-456']) {
    expectRedacted(`call me on ${phone} please`, 'call me on [phone number] please', ['phone']);
  }
  expectRedacted('namba yangu ni 0722000111.', 'namba yangu ni [phone number].', ['phone']);
  expectRedacted('my number is 712345678', 'my number is [phone number]', ['phone']);
  expectRedacted('UK number +44 20 7946 0958', 'UK number [phone number]', ['phone']);
});

test('M-Pesa transaction codes, in any case', () => {
  expectRedacted('SLK4H7A9PQ confirmed. Ksh1,050.00 paid', '[M-Pesa code] confirmed. Ksh1,050.00 paid', ['mpesa_code']);
  expectRedacted('code QGH7T5XK2P', 'code [M-Pesa code]', ['mpesa_code']);
  expectRedacted('nimelipa, code ni qgh7t5xk2p', 'nimelipa, code ni [M-Pesa code]', ['mpesa_code']);
  expectRedacted('transaction (RKT4ABCD12).', 'transaction ([M-Pesa code]).', ['mpesa_code']);
});

test('card numbers only when Luhn-valid', () => {
  expectRedacted('card 4111 1111 1111 1111', 'card [card number]', ['card']);
  expectRedacted('card 4111-1111-1111-1111 expired', 'card [card number] expired', ['card']);
  expectRedacted('5500005555555559', '[card number]', ['card']);
  expectRedacted('amex 3782 822463 10005', 'amex [card number]', ['card']);
  // Sixteen digits that fail the checksum are not a card (and not left whole as an ID either).
  assert.deepEqual(redact('ref 4111111111111112').found, []);
});

test('passwords and PINs stated in words', () => {
  expectRedacted('my password is Hunter22!', 'my password is [password]', ['password']);
  expectRedacted('password: abc', 'password: [password]', ['password']);
  expectRedacted('password:abc123', 'password:[password]', ['password']);
  expectRedacted('nenosiri langu ni xyz', 'nenosiri langu ni [password]', ['password']);
  expectRedacted('PIN yangu ni 1234', 'PIN yangu ni [password]', ['password']);
  expectRedacted('mpesa pin 4321', 'mpesa pin [password]', ['password']);
  expectRedacted('neno la siri ni Nairobi2024', 'neno la siri ni [password]', ['password']);
  expectRedacted('my password is "correct horse battery" help', 'my password is "[password]" help', ['password']);
  expectRedacted('verification code 483920', 'verification code [password]', ['password']);
  // The password wins over the shape of an ID number.
  expectRedacted('my password is 12345678', 'my password is [password]', ['password']);
});

test('talking about a password is not stating one', () => {
  for (const s of [
    'I forgot my password',
    'How do I reset my password?',
    'password reset link not working',
    'my password is wrong',
    'my password is not working',
    'my password is the same as before',
    'Nimesahau nenosiri langu',
    'PIN yangu imefungwa',
    'How do I get a KRA PIN?',
    'I forgot my KRA PIN, what do I do',
    'KRA pin',
    'enter your M-Pesa PIN',
  ]) {
    expectUntouched(s);
  }
});

test('KRA PINs', () => {
  expectRedacted('my PIN is A123456789B', 'my PIN is [KRA PIN]', ['kra_pin']);
  expectRedacted('KRA pin A123456789B', 'KRA pin [KRA PIN]', ['kra_pin']);
  expectRedacted('p051234567x ni pin yangu', '[KRA PIN] ni pin yangu', ['kra_pin']);
  expectRedacted('KRA PIN yangu ni xyz99', 'KRA PIN yangu ni [KRA PIN]', ['kra_pin']);
});

test('emails', () => {
  expectRedacted('write to jane.doe@example.co.ke today', 'write to [email] today', ['email']);
  expectRedacted('Email: JOHN_K+ecitizen@gmail.com.', 'Email: [email].', ['email']);
  expectUntouched('meet @ the office');
  expectUntouched('a@b');
});

test('passport numbers', () => {
  expectRedacted('passport AK1234567', 'passport [passport number]', ['passport_number']);
  expectRedacted('passport no A1234567', 'passport no [passport number]', ['passport_number']);
  expectRedacted('pasipoti yangu ni BK7654321', 'pasipoti yangu ni [passport number]', ['passport_number']);
  expectRedacted('passport number 12345678', 'passport number [passport number]', ['passport_number']);
  expectRedacted('AK1234567 is my number', '[passport number] is my number', ['passport_number']);
});

test('found lists distinct kinds in order of first appearance', () => {
  const result = redact('ID 12345678, phone 0712345678, email a@b.co, second phone 0799888777, QGH7T5XK2P');
  assert.equal(result.text, 'ID [ID number], phone [phone number], email [email], second phone [phone number], [M-Pesa code]');
  assert.deepEqual(result.found, ['national_id', 'phone', 'email', 'mpesa_code']);
});

test('years, amounts, dates, short numbers, service words and links survive', () => {
  for (const s of [
    'I applied in 2024',
    'I paid KSh 1,050 yesterday',
    'paid 10000 for the passport',
    'Ksh 4550 was deducted',
    'KSh 1500000 for land',
    'paid 2500000 /= to the county',
    'the fee is 1,500,000 shillings',
    'I booked for 12/03/2025',
    'on 2025-03-12 at 10:30',
    'it has been 3 weeks',
    'my son is in form 2',
    'renew DL, good conduct, KRA PIN, NTSA, logbook',
    'visit ecitizen.go.ke or https://accounts.ecitizen.go.ke/login?next=/services',
    'www.ecitizen.go.ke/QGH7T5XK2P',
    'paybill 222222 account 123456',
    'buy goods till 5123456',
    'Till no. 5123456',
    'version 1.2.3',
    'it costs 12345.50',
    'Kenya2024',
  ]) {
    expectUntouched(s);
  }
});

test('whitespace is normalised and the result never throws', () => {
  assert.equal(redact('  my   id\n\n 12345678 \t').text, 'my id [ID number]');
  assert.deepEqual(redact(''), { text: '', found: [] });
  assert.deepEqual(redact('🙏🏾🙏🏾'), { text: '🙏🏾🙏🏾', found: [] });
  assert.equal(redact('\uFF10\uFF17\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18').text, '[phone number]', 'full-width digits');
});
