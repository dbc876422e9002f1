import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { GraphEmulator } from '../src/index.ts';
import { errorOf, graph, PSID, send, start, textMessage, useEmulator, VERSION } from './helpers.ts';

const current = useEmulator();
let emulator: GraphEmulator;
beforeEach(() => {
  emulator = current();
});

describe('message sends', () => {
  test('a valid text message is accepted, answered like Meta and recorded', async () => {
    const quickReplies = [
      { content_type: 'text', title: 'Renew licence', payload: 'RENEW_DL' },
      { content_type: 'text', title: 'Talk to a person', payload: 'HANDOVER' },
    ];
    const body = textMessage('Habari! How can I help?', PSID, { message: { text: 'Habari! How can I help?', quick_replies: quickReplies, metadata: 'turn-1' } });
    const response = await graph(emulator, '/me/messages', body);

    assert.equal(response.status, 200);
    const answer = response.body as { recipient_id: string; message_id: string };
    assert.equal(answer.recipient_id, PSID);
    assert.match(answer.message_id, /^m_[\w-]+$/);
    assert.deepEqual(Object.keys(answer).sort(), ['message_id', 'recipient_id']);

    const [message] = emulator.messages();
    assert.ok(message);
    assert.equal(message.recipientId, PSID);
    assert.equal(message.text, 'Habari! How can I help?');
    assert.deepEqual(message.quickReplies, [
      { title: 'Renew licence', payload: 'RENEW_DL' },
      { title: 'Talk to a person', payload: 'HANDOVER' },
    ]);
    assert.equal(message.metadata, 'turn-1');
    assert.equal(message.messagingType, 'RESPONSE');
    assert.equal(message.messageId, answer.message_id);

    const [call] = emulator.calls();
    assert.ok(call);
    assert.equal(call.kind, 'message');
    assert.equal(call.method, 'POST');
    assert.equal(call.path, `/${VERSION}/me/messages`, 'the path is recorded without the query, so without the token');
    assert.equal(call.recipientId, PSID);
    assert.equal(call.status, 200);
    assert.deepEqual(call.body, body);
    assert.deepEqual(call.response, answer);
  });

  test('message ids are unique', async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => send(emulator, `reply ${i}`)));
    const ids = new Set(responses.map((response) => (response.body as { message_id: string }).message_id));
    assert.equal(ids.size, 50);
  });

  test('the page id works in place of me; another page id does not', async () => {
    const ok = await graph(emulator, `/${emulator.pageId}/messages`, textMessage('hello'));
    assert.equal(ok.status, 200);
    const other = await graph(emulator, '/999999999/messages', textMessage('hello'));
    assert.equal(other.status, 400);
    assert.equal(errorOf(other).code, 100);
    assert.equal(errorOf(other).error_subcode, 33);
    assert.equal(emulator.messages().length, 1);
  });

  test('a message tag is accepted with messaging_type MESSAGE_TAG', async () => {
    const response = await graph(emulator, '/me/messages', textMessage('Your case was updated', PSID, { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' }));
    assert.equal(response.status, 200);
    assert.equal(emulator.messages()[0]?.tag, 'HUMAN_AGENT');
    assert.equal(emulator.messages()[0]?.messagingType, 'MESSAGE_TAG');
  });

  test('limits count characters, not UTF-16 units: 2000 emoji are a valid text', async () => {
    const response = await send(emulator, '🇰🇪'.repeat(1000));
    assert.equal(response.status, 200);
  });
});

describe('access token', () => {
  const expected = { message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190 };

  test('a missing token is refused with code 190', async () => {
    const response = await graph(emulator, '/me/messages', textMessage('hi'), { token: null });
    assert.equal(response.status, 400);
    const { fbtrace_id, ...error } = errorOf(response);
    assert.deepEqual(error, expected);
    assert.equal(typeof fbtrace_id, 'string');
    assert.ok(fbtrace_id.length > 8);
  });

  test('a wrong token is refused with code 190, and recorded as a failed call', async () => {
    const response = await graph(emulator, '/me/messages', textMessage('hi'), { token: 'stolen' });
    assert.equal(response.status, 400);
    assert.equal(errorOf(response).code, 190);
    assert.equal(emulator.messages().length, 0);
    const [call] = emulator.calls();
    assert.equal(call?.status, 400);
    assert.equal(call?.kind, 'message');
  });

  test('the token may come as a Bearer header', async () => {
    const ok = await graph(emulator, '/me/messages', textMessage('hi'), { token: null, headers: { authorization: `Bearer ${emulator.pageAccessToken}` } });
    assert.equal(ok.status, 200);
    const wrong = await graph(emulator, '/me/messages', textMessage('hi'), { token: null, headers: { authorization: 'Bearer nope' } });
    assert.equal(errorOf(wrong).code, 190);
  });

  test('a custom page token is the one required', async () => {
    const custom = await start({ pageAccessToken: 'EAAB-custom', pageId: '42' });
    try {
      assert.equal(custom.pageId, '42');
      assert.equal((await send(custom, 'hi')).status, 200);
      assert.equal((await graph(custom, '/me/messages', textMessage('hi'), { token: 'test-page-token' })).status, 400);
      assert.equal((await graph(custom, '/42/messages', textMessage('hi'))).status, 200);
    } finally {
      await custom.close();
    }
  });
});

describe('validation, as Meta answers it: 400 code 100', () => {
  const invalid: Array<[string, Record<string, unknown>, RegExp]> = [
    ['2001-character text', textMessage('x'.repeat(2001)), /message\[text\].*2000/],
    ['empty text', textMessage(''), /message\[text\]/],
    ['no text', { recipient: { id: PSID }, messaging_type: 'RESPONSE', message: {} }, /Message cannot be empty/],
    ['no recipient', { messaging_type: 'RESPONSE', message: { text: 'hi' } }, /recipient/],
    ['a recipient without id', { recipient: {}, messaging_type: 'RESPONSE', message: { text: 'hi' } }, /recipient\[id\]/],
    ['no messaging_type', { recipient: { id: PSID }, message: { text: 'hi' } }, /messaging_type/],
    ['an unknown messaging_type', textMessage('hi', PSID, { messaging_type: 'PROMOTION' }), /messaging_type/],
    ['a tag without MESSAGE_TAG', textMessage('hi', PSID, { tag: 'HUMAN_AGENT' }), /tag.*MESSAGE_TAG/],
    ['MESSAGE_TAG without a tag', textMessage('hi', PSID, { messaging_type: 'MESSAGE_TAG' }), /tag/],
    ['an unknown tag', textMessage('hi', PSID, { messaging_type: 'MESSAGE_TAG', tag: 'SPAM' }), /tag/],
    [
      '14 quick replies',
      textMessage('', PSID, {
        message: { text: 'pick', quick_replies: Array.from({ length: 14 }, (_, i) => ({ content_type: 'text', title: `Option ${i}`, payload: `P${i}` })) },
      }),
      /quick_replies.*13/,
    ],
    [
      'a 21-character quick reply title',
      textMessage('', PSID, { message: { text: 'pick', quick_replies: [{ content_type: 'text', title: 'x'.repeat(21), payload: 'P' }] } }),
      /quick_replies\]\[0\]\[title\].*20/,
    ],
    [
      'a 1001-character quick reply payload',
      textMessage('', PSID, { message: { text: 'pick', quick_replies: [{ content_type: 'text', title: 'Yes', payload: 'p'.repeat(1001) }] } }),
      /payload.*1000/,
    ],
    [
      'a quick reply that is not text',
      textMessage('', PSID, { message: { text: 'pick', quick_replies: [{ content_type: 'location' }] } }),
      /content_type/,
    ],
    ['1001-character metadata', textMessage('', PSID, { message: { text: 'hi', metadata: 'm'.repeat(1001) } }), /metadata.*1000/],
    ['both message and sender_action', textMessage('hi', PSID, { sender_action: 'typing_on' }), /message and sender_action/],
    ['neither message nor sender_action', { recipient: { id: PSID }, messaging_type: 'RESPONSE' }, /message or sender_action/],
    ['an unknown sender_action', { recipient: { id: PSID }, sender_action: 'dance' }, /sender_action/],
  ];

  for (const [what, body, message] of invalid) {
    test(`${what} is refused`, async () => {
      const response = await graph(emulator, '/me/messages', body);
      assert.equal(response.status, 400);
      const error = errorOf(response);
      assert.equal(error.code, 100);
      assert.equal(error.type, 'OAuthException');
      assert.match(error.message, /^\(#100\) /);
      assert.match(error.message, message);
      assert.equal(emulator.messages().length, 0);
      assert.equal(emulator.calls()[0]?.status, 400);
    });
  }

  test('exactly at the limits is accepted: 2000 characters, 13 quick replies of 20-character titles', async () => {
    const quickReplies = Array.from({ length: 13 }, (_, i) => ({ content_type: 'text', title: `${i}`.padEnd(20, '.'), payload: 'p'.repeat(1000) }));
    const response = await graph(emulator, '/me/messages', textMessage('', PSID, { message: { text: 'x'.repeat(2000), quick_replies: quickReplies, metadata: 'm'.repeat(1000) } }));
    assert.equal(response.status, 200);
  });

  test('a body that is not JSON is refused with code 100 and recorded', async () => {
    const response = await fetch(`${emulator.url}/${VERSION}/me/messages?access_token=${emulator.pageAccessToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"recipient":',
    });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: { code: number } };
    assert.equal(body.error.code, 100);
    assert.equal(emulator.calls()[0]?.kind, 'message');
  });
});

describe('sender actions', () => {
  for (const action of ['mark_seen', 'typing_on', 'typing_off']) {
    test(`${action} answers the recipient id only and is no message`, async () => {
      const response = await graph(emulator, '/me/messages', { recipient: { id: PSID }, sender_action: action });
      assert.equal(response.status, 200);
      assert.deepEqual(response.body, { recipient_id: PSID });
      assert.equal(emulator.messages().length, 0);
      const [call] = emulator.calls({ kind: 'sender_action' });
      assert.equal(call?.recipientId, PSID);
      assert.equal(call?.status, 200);
    });
  }
});

describe('handover protocol', () => {
  test('pass_thread_control and take_thread_control answer success', async () => {
    const passed = await graph(emulator, '/me/pass_thread_control', { recipient: { id: PSID }, target_app_id: 263902037430900, metadata: 'wants a person' });
    assert.equal(passed.status, 200);
    assert.deepEqual(passed.body, { success: true });
    const taken = await graph(emulator, '/me/take_thread_control', { recipient: { id: PSID } });
    assert.deepEqual(taken.body, { success: true });
    assert.deepEqual(
      emulator.calls().map((call) => [call.kind, call.recipientId, call.status]),
      [
        ['pass_thread_control', PSID, 200],
        ['take_thread_control', PSID, 200],
      ],
    );
  });

  test('pass_thread_control needs a recipient and a target app', async () => {
    const noTarget = await graph(emulator, '/me/pass_thread_control', { recipient: { id: PSID } });
    assert.equal(noTarget.status, 400);
    assert.match(errorOf(noTarget).message, /target_app_id/);
    const noRecipient = await graph(emulator, '/me/take_thread_control', { metadata: 'x' });
    assert.equal(errorOf(noRecipient).code, 100);
  });
});

describe('other paths', () => {
  test('a user profile lookup is refused like an unreadable object, and recorded as other', async () => {
    const response = await graph(emulator, `/${PSID}`, undefined, { query: { fields: 'first_name' } });
    assert.equal(response.status, 400);
    assert.equal(errorOf(response).code, 100);
    assert.equal(errorOf(response).error_subcode, 33);
    const [call] = emulator.calls({ kind: 'other' });
    assert.equal(call?.method, 'GET');
    assert.equal(call?.path, `/${VERSION}/${PSID}`);
  });

  test('an unknown edge is refused with code 2500', async () => {
    const response = await graph(emulator, '/me/conversations', undefined);
    assert.equal(errorOf(response).code, 2500);
    assert.match(errorOf(response).message, /Unknown path components/);
  });

  test('an unknown control route is a 404, not a Graph call', async () => {
    const response = await fetch(`${emulator.url}/__emulator/nothing`);
    assert.equal(response.status, 404);
    assert.equal(emulator.calls().length, 0);
  });
});
