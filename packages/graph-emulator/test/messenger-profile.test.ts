import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { GraphEmulator } from '../src/index.ts';
import { control, errorOf, graph, start } from './helpers.ts';

let emulator: GraphEmulator;
before(async () => {
  emulator = await start();
});
beforeEach(() => emulator.reset());
after(() => emulator.close());

const getStarted = { payload: 'GET_STARTED' };
const greeting = [
  { locale: 'default', text: 'Karibu! Ask about any eCitizen service.' },
  { locale: 'sw_KE', text: 'Karibu! Uliza kuhusu huduma yoyote ya eCitizen.' },
];
const persistentMenu = [
  {
    locale: 'default',
    composer_input_disabled: false,
    call_to_actions: [
      { type: 'postback', title: 'Talk to a person', payload: 'HANDOVER' },
      { type: 'web_url', title: 'Open eCitizen', url: 'https://accounts.ecitizen.go.ke' },
    ],
  },
];
const iceBreakers = [{ question: 'How do I renew my driving licence?', payload: 'RENEW_DL' }];

function setProfile(body: unknown) {
  return graph(emulator, '/me/messenger_profile', body);
}

function getProfile(fields: string) {
  return graph(emulator, '/me/messenger_profile', undefined, { query: { fields } });
}

test('fields set separately are merged, and read back by field', async () => {
  assert.deepEqual((await setProfile({ get_started: getStarted, greeting })).body, { result: 'success' });
  assert.deepEqual((await setProfile({ ice_breakers: iceBreakers })).body, { result: 'success' });

  const read = await getProfile('get_started,greeting');
  assert.equal(read.status, 200);
  assert.deepEqual(read.body, { data: [{ get_started: getStarted, greeting }] });
  assert.deepEqual(emulator.profile(), { get_started: getStarted, greeting, ice_breakers: iceBreakers });
  assert.deepEqual((await control(emulator, '/profile')).body, emulator.profile());
  assert.deepEqual(
    emulator.calls({ kind: 'messenger_profile' }).map((call) => `${call.method} ${call.status}`),
    ['POST 200', 'POST 200', 'GET 200'],
  );
});

test('setting a field again replaces it', async () => {
  await setProfile({ get_started: getStarted });
  await setProfile({ get_started: { payload: 'START_AGAIN' } });
  assert.deepEqual(emulator.profile(), { get_started: { payload: 'START_AGAIN' } });
});

test('reading fields that are not set answers an empty list', async () => {
  assert.deepEqual((await getProfile('greeting')).body, { data: [] });
  await setProfile({ get_started: getStarted });
  assert.deepEqual((await getProfile('greeting,get_started')).body, { data: [{ get_started: getStarted }] });
});

test('DELETE removes the listed fields only', async () => {
  await setProfile({ get_started: getStarted, greeting, ice_breakers: iceBreakers });
  const deleted = await graph(emulator, '/me/messenger_profile', { fields: ['greeting', 'ice_breakers'] }, { method: 'DELETE' });
  assert.equal(deleted.status, 200);
  assert.deepEqual(deleted.body, { result: 'success' });
  assert.deepEqual(emulator.profile(), { get_started: getStarted });
  assert.deepEqual((await getProfile('greeting,ice_breakers')).body, { data: [] });
});

test('a persistent menu needs a Get Started button', async () => {
  const refused = await setProfile({ persistent_menu: persistentMenu });
  assert.equal(refused.status, 400);
  assert.equal(errorOf(refused).code, 100);
  assert.match(errorOf(refused).message, /Get Started/);
  assert.deepEqual(emulator.profile(), {});

  assert.equal((await setProfile({ get_started: getStarted, persistent_menu: persistentMenu })).status, 200, 'both in one call');
  emulator.reset();
  await setProfile({ get_started: getStarted });
  assert.equal((await setProfile({ persistent_menu: persistentMenu })).status, 200, 'get_started set before');

  const orphaning = await graph(emulator, '/me/messenger_profile', { fields: ['get_started'] }, { method: 'DELETE' });
  assert.equal(errorOf(orphaning).code, 100, 'get_started cannot go while the menu stays');
  const both = await graph(emulator, '/me/messenger_profile', { fields: ['get_started', 'persistent_menu'] }, { method: 'DELETE' });
  assert.equal(both.status, 200);
  assert.deepEqual(emulator.profile(), {});
});

test('field values are checked like Meta checks them', async () => {
  const invalid: Array<[unknown, RegExp]> = [
    [{ greeting: [{ locale: 'default', text: 'x'.repeat(161) }] }, /greeting\[0\]\[text\].*160/],
    [{ greeting: [{ locale: 'sw_KE', text: 'Karibu' }] }, /default/],
    [{ get_started: { payload: 'p'.repeat(1001) } }, /get_started\[payload\].*1000/],
    [{ get_started: {} }, /get_started\[payload\]/],
    [{ ice_breakers: Array.from({ length: 5 }, () => iceBreakers[0]) }, /ice_breakers.*4/],
    [{ get_started: getStarted, persistent_menu: [{ locale: 'default', call_to_actions: [{ type: 'phone', title: 'Call' }] }] }, /type/],
    [{ colour: 'green' }, /colour/],
    [{}, /Requires one of/],
  ];
  for (const [body, message] of invalid) {
    const response = await setProfile(body);
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.equal(errorOf(response).code, 100);
    assert.match(errorOf(response).message, message);
  }
  assert.equal(errorOf(await getProfile('colour')).code, 100);
  assert.equal(errorOf(await graph(emulator, '/me/messenger_profile', undefined)).code, 100, 'GET without fields');
  assert.deepEqual(emulator.profile(), {});
});

test('a greeting of exactly 160 characters is accepted', async () => {
  assert.equal((await setProfile({ greeting: [{ locale: 'default', text: 'x'.repeat(160) }] })).status, 200);
});

test('the profile needs the page token too', async () => {
  const response = await graph(emulator, '/me/messenger_profile', { get_started: getStarted }, { token: 'wrong' });
  assert.equal(errorOf(response).code, 190);
  assert.deepEqual(emulator.profile(), {});
});
