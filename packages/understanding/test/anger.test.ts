import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAngry } from '../src/index.ts';

test('insults and profanity, English and Swahili/Sheng', () => {
  for (const s of [
    'this system is useless',
    'Stupid bot',
    'you idiots',
    'nyinyi ni wajinga',
    'wewe ni mjinga',
    'huu ni upuuzi mtupu',
    'ujinga gani huu',
    'fala wewe',
    'what nonsense is this',
    'rubbish service',
    'wtf',
    'WTF is going on',
    'this is f***ing slow',
    'fucking hell',
    'I am fed up with you people',
    'mko bure kabisa',
    'nkt',
  ]) {
    assert.equal(isAngry(s), true, s);
  }
});

test('shouting: repeated exclamation or capitals on a longish message', () => {
  assert.equal(isAngry('I have been waiting for weeks!!!'), true);
  assert.equal(isAngry('Why has my passport not been printed?!'), true);
  assert.equal(isAngry('WHY HAS MY PAYMENT NOT REFLECTED YET'), true);
  assert.equal(isAngry('I paid for the service two weeks ago and nothing has happened!!'), true);
});

test('neutral complaints and happy excitement are not anger', () => {
  for (const s of [
    'my payment has not reflected',
    'I have been waiting for weeks',
    'Nimelipa lakini sijapata uthibitisho',
    'The site keeps showing an error',
    'KRA PIN',
    'HELP ME',
    'Hello!!!',
    'Please help!!',
    'THANK YOU SO MUCH!!!',
    'Asante sana, imefika!!!',
    'Is the service free? Ni bure?',
    'Someone stole my ID, the thief took my wallet',
    'What is the Companies Act?',
    '',
  ]) {
    assert.equal(isAngry(s), false, s);
  }
});
