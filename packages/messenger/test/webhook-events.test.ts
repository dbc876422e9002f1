import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDelivery, type InboundEvent } from '../src/index.ts';

const PAGE = '100200300400500';
const OUR_APP = '1517776481860111';
const INBOX_APP = '263902037430900';

function from(psid: string, timestamp: number, fields: object): object {
  return { sender: { id: psid }, recipient: { id: PAGE }, timestamp, ...fields };
}

function delivery(...entries: object[]): unknown {
  return JSON.parse(JSON.stringify({ object: 'page', entry: entries }));
}

function eventsOf(body: unknown): InboundEvent[] {
  const result = parseDelivery(body);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.events;
}

test('a batch of 2 entries × 3 events returns all 6, oldest first', () => {
  const body = delivery(
    {
      id: PAGE,
      time: 1_700_000_000_900,
      messaging: [
        from('111', 1_700_000_000_500, { message: { mid: 'm_a1', text: 'Hello' } }),
        from('111', 1_700_000_000_100, { message: { mid: 'm_a2', text: 'Good conduct certificate' } }),
        from('222', 1_700_000_000_300, { postback: { title: 'Get Started', payload: 'GET_STARTED' } }),
      ],
    },
    {
      id: PAGE,
      time: 1_700_000_000_950,
      messaging: [
        from('333', 1_700_000_000_200, { message: { mid: 'm_b1', text: 'Passport' } }),
        from('333', 1_700_000_000_600, { read: { watermark: 1_700_000_000_550 } }),
        from('222', 1_700_000_000_400, { message: { mid: 'm_b2', text: 'KRA PIN', quick_reply: { payload: 'SERVICE_KRA_PIN' } } }),
      ],
    },
  );
  const events = eventsOf(body);
  assert.equal(events.length, 6);
  assert.deepEqual(
    events.map((event) => event.timestamp),
    [100, 200, 300, 400, 500, 600].map((ms) => 1_700_000_000_000 + ms),
  );
  assert.deepEqual(events.map((event) => event.kind), ['text', 'text', 'postback', 'quick_reply', 'text', 'read']);
  assert.equal(new Set(events.map((event) => event.id)).size, 6, 'every event has its own id');
  for (const event of events) {
    assert.equal(event.pageId, PAGE);
    assert.equal(event.standby, false);
  }
});

test('events of one millisecond keep their delivery order', () => {
  const events = eventsOf(
    delivery({
      id: PAGE,
      time: 5,
      messaging: [from('1', 5, { message: { mid: 'm_1', text: 'one' } }), from('1', 4, { message: { mid: 'm_0', text: 'zero' } }), from('1', 5, { message: { mid: 'm_2', text: 'two' } })],
    }),
  );
  assert.deepEqual(events.map((event) => event.text), ['zero', 'one', 'two']);
});

test('a text message', () => {
  const [event] = eventsOf(delivery({ id: PAGE, time: 2, messaging: [from('4455', 1, { message: { mid: 'm_text', text: 'How do I renew my passport?' } })] }));
  assert.deepEqual(event, { id: 'm_text', kind: 'text', mid: 'm_text', text: 'How do I renew my passport?', pageId: PAGE, psid: '4455', timestamp: 1, standby: false });
});

test('standby events are returned and flagged, alongside messaging ones', () => {
  const events = eventsOf(
    delivery({
      id: PAGE,
      time: 9,
      messaging: [from('1', 1, { message: { mid: 'm_ours', text: 'mine' } })],
      standby: [from('2', 2, { message: { mid: 'm_inbox', text: 'handled by a person' } }), from('2', 3, { read: { watermark: 2 } })],
    }),
  );
  assert.deepEqual(events.map((event) => [event.id.split('-')[0], event.standby]), [['m_ours', false], ['m_inbox', true], ['read', true]]);
  // An entry may carry standby alone.
  const standbyOnly = eventsOf(delivery({ id: PAGE, time: 9, standby: [from('2', 2, { message: { mid: 'm_s', text: 'x' } })] }));
  assert.equal(standbyOnly.length, 1);
  assert.equal(standbyOnly[0]!.standby, true);
});

test('an echo belongs to the recipient and says which app sent it', () => {
  const echo = {
    sender: { id: PAGE },
    recipient: { id: '4455' },
    timestamp: 7,
    message: { mid: 'm_echo', text: 'Here is how to renew.', is_echo: true, app_id: Number(OUR_APP), metadata: 'bot:reply:42' },
  };
  const [event] = eventsOf(delivery({ id: PAGE, time: 8, messaging: [echo] }));
  assert.equal(event!.kind, 'echo');
  assert.equal(event!.psid, '4455');
  assert.equal(event!.pageId, PAGE);
  assert.equal(event!.text, 'Here is how to renew.');
  assert.deepEqual(event!.echo, { appId: OUR_APP, metadata: 'bot:reply:42' });
  // A person replying from the Page Inbox: another app, no metadata.
  const [human] = eventsOf(delivery({ id: PAGE, time: 8, messaging: [{ ...echo, message: { mid: 'm_h', text: 'Hi, Jane here', is_echo: true, app_id: INBOX_APP } }] }));
  assert.deepEqual(human!.echo, { appId: INBOX_APP });
});

test('a quick reply carries the tapped title and its payload', () => {
  const [event] = eventsOf(delivery({ id: PAGE, time: 2, messaging: [from('9', 1, { message: { mid: 'm_qr', text: 'Good conduct', quick_reply: { payload: 'SERVICE_GOOD_CONDUCT' } } })] }));
  assert.equal(event!.kind, 'quick_reply');
  assert.equal(event!.text, 'Good conduct');
  assert.equal(event!.payload, 'SERVICE_GOOD_CONDUCT');
});

test('postbacks, including Get Started, carry title and payload', () => {
  const events = eventsOf(
    delivery({
      id: PAGE,
      time: 9,
      messaging: [
        from('9', 1, { postback: { title: 'Get Started', payload: 'GET_STARTED' } }),
        from('9', 2, { postback: { title: 'Talk to a person', payload: 'HANDOVER', mid: 'm_pb:1' } }),
      ],
    }),
  );
  assert.deepEqual(
    events.map((event) => [event.kind, event.text, event.payload]),
    [
      ['postback', 'Get Started', 'GET_STARTED'],
      ['postback', 'Talk to a person', 'HANDOVER'],
    ],
  );
  assert.match(events[0]!.id, /^postback-[0-9a-f]{32}$/, 'no mid: a digest');
  assert.equal(events[1]!.id, 'm_pb_1', "a mid, with ':' replaced");
  assert.equal(events[1]!.mid, 'm_pb:1', 'the mid itself is kept as is');
});

test('attachments and stickers', () => {
  const events = eventsOf(
    delivery({
      id: PAGE,
      time: 9,
      messaging: [
        from('9', 1, { message: { mid: 'm_img', attachments: [{ type: 'image', payload: { url: 'https://cdn.example/receipt.jpg' } }, { type: 'file', payload: { url: 'https://cdn.example/form.pdf' } }] } }),
        from('9', 2, { message: { mid: 'm_like', sticker_id: 369239263222822, attachments: [{ type: 'image', payload: { url: 'https://cdn.example/like.png', sticker_id: 369239263222822 } }] } }),
        from('9', 3, { message: { mid: 'm_bare_sticker', sticker_id: 369239263222822 } }),
        from('9', 4, { message: { mid: 'm_loc', attachments: [{ type: 'location', payload: null }] } }),
        from('9', 5, { message: { mid: 'm_caption', text: 'my receipt', attachments: [{ type: 'image', payload: { url: 'https://cdn.example/r.jpg' } }] } }),
      ],
    }),
  );
  assert.deepEqual(
    events.map((event) => [event.kind, event.attachments]),
    [
      ['attachment', [{ type: 'image', url: 'https://cdn.example/receipt.jpg' }, { type: 'file', url: 'https://cdn.example/form.pdf' }]],
      ['attachment', [{ type: 'image', url: 'https://cdn.example/like.png', sticker: true }]],
      ['attachment', [{ type: 'image', sticker: true }]],
      ['attachment', [{ type: 'location' }]],
      ['text', [{ type: 'image', url: 'https://cdn.example/r.jpg' }]],
    ],
  );
});

test('read and delivery receipts carry their watermark', () => {
  const events = eventsOf(
    delivery({
      id: PAGE,
      time: 9,
      messaging: [from('9', 1, { read: { watermark: 1_700_000_000_000 } }), from('9', 2, { delivery: { mids: ['m_x'], watermark: 1_700_000_000_001 } })],
    }),
  );
  assert.deepEqual(
    events.map((event) => [event.kind, event.watermark, event.psid]),
    [
      ['read', 1_700_000_000_000, '9'],
      ['delivery', 1_700_000_000_001, '9'],
    ],
  );
  assert.match(events[0]!.id, /^read-[0-9a-f]{32}$/);
  assert.match(events[1]!.id, /^delivery-[0-9a-f]{32}$/, "a delivery's mids are other messages': not its id");
});

test('reactions name the message reacted to, but get ids of their own', () => {
  const events = eventsOf(
    delivery({
      id: PAGE,
      time: 9,
      messaging: [
        from('9', 1, { reaction: { reaction: 'love', emoji: '❤', action: 'react', mid: 'm_reply' } }),
        from('9', 2, { reaction: { action: 'unreact', mid: 'm_reply' } }),
      ],
    }),
  );
  assert.deepEqual(events.map((event) => [event.kind, event.mid, event.reaction]), [
    ['reaction', 'm_reply', { action: 'react', reaction: 'love', emoji: '❤' }],
    ['reaction', 'm_reply', { action: 'unreact' }],
  ]);
  assert.notEqual(events[0]!.id, events[1]!.id);
  assert.match(events[0]!.id, /^reaction-/);
});

test('handover events: pass, take, request and app roles', () => {
  const events = eventsOf(
    delivery({
      id: PAGE,
      time: 9,
      messaging: [
        from('9', 1, { pass_thread_control: { new_owner_app_id: OUR_APP, previous_owner_app_id: INBOX_APP, metadata: 'resolved by agent' } }),
        from('9', 2, { take_thread_control: { previous_owner_app_id: OUR_APP, new_owner_app_id: INBOX_APP, metadata: 'agent took over' } }),
        from('9', 3, { request_thread_control: { requested_owner_app_id: Number(INBOX_APP), metadata: 'please' } }),
        { recipient: { id: PAGE }, timestamp: 4, app_roles: { [OUR_APP]: ['primary_receiver'] } },
      ],
    }),
  );
  assert.ok(events.every((event) => event.kind === 'handover'));
  assert.deepEqual(events.map((event) => event.handover), [
    { action: 'pass', newOwnerAppId: OUR_APP, previousOwnerAppId: INBOX_APP, metadata: 'resolved by agent' },
    { action: 'take', newOwnerAppId: INBOX_APP, previousOwnerAppId: OUR_APP, metadata: 'agent took over' },
    { action: 'request', newOwnerAppId: INBOX_APP, metadata: 'please' },
    { action: 'app_roles', appRoles: { [OUR_APP]: ['primary_receiver'] } },
  ]);
  assert.equal(events[3]!.psid, '', 'app_roles is about the page, not a person');
  assert.equal(events[0]!.psid, '9');
});

test('ids are stable across two parses of the same JSON, distinct across events, and valid BullMQ job ids', () => {
  const json = JSON.stringify({
    object: 'page',
    entry: [
      {
        id: PAGE,
        time: 9,
        messaging: [
          from('9', 1, { postback: { title: 'Get Started', payload: 'GET_STARTED' } }),
          from('9', 1, { postback: { title: 'Menu', payload: 'MENU' } }),
          from('8', 1, { postback: { title: 'Get Started', payload: 'GET_STARTED' } }),
          from('9', 2, { read: { watermark: 1 } }),
          from('9', 3, { message: { mid: 'mid.$cAAJ:sAtgX', text: 'hi' } }),
          from('9', 4, { message: { mid: '1234567890', text: 'digits' } }),
          from('9', 5, { somethingNew: { x: 1 } }),
        ],
      },
    ],
  });
  const first = eventsOf(JSON.parse(json));
  const second = eventsOf(JSON.parse(json));
  assert.deepEqual(first.map((event) => event.id), second.map((event) => event.id));
  assert.equal(new Set(first.map((event) => event.id)).size, first.length);
  for (const { id } of first) {
    assert.ok(!id.includes(':'), id);
    assert.ok(!/^\d+$/.test(id), id);
  }
  assert.equal(first[4]!.id, 'mid.$cAAJ_sAtgX');
  assert.equal(first[5]!.id, 'mid-1234567890');
  assert.equal(first[6]!.kind, 'unknown', 'an event of a kind we do not know is still kept');
});

test('a body that is not a page delivery is refused with a reason', () => {
  const refused = (body: unknown): string => {
    const result = parseDelivery(body);
    assert.equal(result.ok, false);
    return result.ok ? '' : result.reason;
  };
  assert.match(refused({ object: 'instagram', entry: [] }), /^object must be "page" \(got "instagram"\)$/);
  assert.match(refused({ entry: [] }), /object must be "page"/);
  assert.match(refused({ object: 'page' }), /^entry must be an array/);
  assert.match(refused({ object: 'page', entry: {} }), /^entry must be an array \(got an object\)$/);
  assert.match(refused(null), /^body must be a JSON object \(got null\)$/);
  assert.match(refused([]), /body must be a JSON object \(got an array\)/);
  assert.match(refused('{"object":"page"}'), /body must be a JSON object/);
});

test('garbage never throws; malformed events are skipped and the rest kept', () => {
  const circular: Record<string, unknown> = { sender: { id: '1' }, recipient: { id: PAGE }, timestamp: 5 };
  circular.self = circular;
  const inputs: unknown[] = [undefined, null, 0, 42, NaN, '', 'page', true, [], [1, 2], {}, { object: 'page', entry: [null, 1, 'x', [], {}] }];
  for (const input of inputs) assert.doesNotThrow(() => parseDelivery(input), String(input));

  const good = from('9', 10, { message: { mid: 'm_good', text: 'still here' } });
  const events = eventsOf({
    object: 'page',
    entry: [
      null,
      { id: PAGE, time: 1, messaging: 'not a list' },
      { id: PAGE, time: 1 },
      {
        id: PAGE,
        time: 1,
        messaging: [
          null,
          42,
          'text',
          { recipient: { id: PAGE }, timestamp: 1, message: { mid: 'm_nosender', text: 'x' } },
          { sender: {}, recipient: { id: PAGE }, timestamp: 1, message: { mid: 'm_emptysender', text: 'x' } },
          { sender: { id: 7 }, recipient: { id: PAGE }, timestamp: 1, message: { text: 'numeric psid' } },
          { sender: { id: '1' }, recipient: { id: PAGE }, timestamp: 'yesterday', message: 'not an object' },
          { sender: { id: '1' }, recipient: { id: PAGE }, timestamp: 2, message: { mid: 5, text: 7, attachments: 'no', quick_reply: 'no' } },
          { sender: { id: '1' }, recipient: { id: PAGE }, timestamp: 3, reaction: { action: 'explode', mid: 'm' } },
          { sender: { id: '1' }, recipient: { id: PAGE }, timestamp: 4, message: { mid: 'm_att', attachments: [null, { type: 3 }, { type: 'video' }] } },
          circular,
          good,
        ],
      },
    ],
  });
  assert.deepEqual(events.map((event) => event.kind), ['unknown', 'unknown', 'unknown', 'attachment', 'text']);
  assert.equal(events[0]!.timestamp, 1, "a missing event timestamp falls back to the entry's time");
  assert.deepEqual(events[3]!.attachments, [{ type: 'video' }]);
  assert.equal(events[4]!.id, 'm_good');
  assert.deepEqual(eventsOf({ object: 'page', entry: [] }), []);
});
