import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, test } from 'node:test';
import { GraphApiError, SendApiClient } from '../src/index.ts';

interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string | undefined;
  body: unknown;
}

type Responder = (request: Recorded, response: ServerResponse) => void;

const TOKEN = 'EAAB-page-token+/=';
const requests: Recorded[] = [];
let respond: Responder;
let server: Server;
let baseUrl: string;

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function record(request: IncomingMessage): Promise<Recorded> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const url = new URL(request.url ?? '/', 'http://localhost');
  return { method: request.method ?? '', path: url.pathname, query: url.searchParams, contentType: request.headers['content-type'], body: text === '' ? undefined : JSON.parse(text) };
}

before(async () => {
  server = createServer((request, response) => {
    void record(request).then((recorded) => {
      requests.push(recorded);
      respond(recorded, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests.length = 0;
  respond = (_request, response) => json(response, 500, { error: { message: 'no responder set', code: 1 } });
});

function client(timeoutMs?: number): SendApiClient {
  return new SendApiClient({ graphApiUrl: `${baseUrl}/`, version: 'v23.0', pageAccessToken: TOKEN, timeoutMs });
}

async function rejection(promise: Promise<unknown>): Promise<GraphApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof GraphApiError, `expected a GraphApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

test('sendMessage posts a RESPONSE with quick replies and metadata, token in the query', async () => {
  respond = (_request, response) => json(response, 200, { recipient_id: '4455', message_id: 'm_sent' });
  const result = await client().sendMessage('4455', {
    text: 'Which service?',
    quickReplies: [
      { title: 'Passport', payload: 'SERVICE_PASSPORT' },
      { title: 'Certificate of Good Conduct', payload: 'SERVICE_GOOD_CONDUCT' },
      { title: '', payload: 'DROPPED' },
    ],
    metadata: 'bot:reply:42',
  });
  assert.deepEqual(result, { recipientId: '4455', messageId: 'm_sent' });
  assert.equal(requests.length, 1);
  const [request] = requests;
  assert.equal(request!.method, 'POST');
  assert.equal(request!.path, '/v23.0/me/messages');
  assert.equal(request!.query.get('access_token'), TOKEN, 'the token survives URL encoding');
  assert.equal(request!.contentType, 'application/json');
  assert.deepEqual(request!.body, {
    recipient: { id: '4455' },
    messaging_type: 'RESPONSE',
    message: {
      text: 'Which service?',
      quick_replies: [
        { content_type: 'text', title: 'Passport', payload: 'SERVICE_PASSPORT' },
        { content_type: 'text', title: 'Certificate of Good…', payload: 'SERVICE_GOOD_CONDUCT' },
      ],
      metadata: 'bot:reply:42',
    },
  });
});

test('a plain message has no quick_replies, metadata or tag', async () => {
  respond = (_request, response) => json(response, 200, { recipient_id: '1', message_id: 'm_1' });
  await client().sendMessage('1', { text: 'Hello', quickReplies: [] });
  assert.deepEqual(requests[0]!.body, { recipient: { id: '1' }, messaging_type: 'RESPONSE', message: { text: 'Hello' } });
});

test('text that is empty or too long is refused before any request', async () => {
  await assert.rejects(client().sendMessage('1', { text: ' ' }), RangeError);
  await assert.rejects(client().sendMessage('1', { text: 'x'.repeat(2000) }), /splitMessage/);
  await assert.rejects(client().sendMessage('1', { text: 'ok', metadata: 'm'.repeat(1001) }), RangeError);
  assert.equal(requests.length, 0);
});

test('sender actions', async () => {
  respond = (_request, response) => json(response, 200, { recipient_id: '4455' });
  await client().senderAction('4455', 'typing_on');
  await client().senderAction('4455', 'mark_seen');
  assert.deepEqual(requests.map((request) => [request.path, request.body]), [
    ['/v23.0/me/messages', { recipient: { id: '4455' }, sender_action: 'typing_on' }],
    ['/v23.0/me/messages', { recipient: { id: '4455' }, sender_action: 'mark_seen' }],
  ]);
});

test('passThreadControl posts the target app and metadata; anything but success fails', async () => {
  respond = (_request, response) => json(response, 200, { success: true });
  await client().passThreadControl('4455', '263902037430900', 'citizen asked for a person');
  assert.equal(requests[0]!.path, '/v23.0/me/pass_thread_control');
  assert.equal(requests[0]!.query.get('access_token'), TOKEN);
  assert.deepEqual(requests[0]!.body, { recipient: { id: '4455' }, target_app_id: '263902037430900', metadata: 'citizen asked for a person' });

  respond = (_request, response) => json(response, 200, { success: false });
  const error = await rejection(client().passThreadControl('4455', '263902037430900'));
  assert.equal(error.kind, 'permanent');
  assert.deepEqual(requests[1]!.body, { recipient: { id: '4455' }, target_app_id: '263902037430900' });
});

test('the messenger profile is set and read back', async () => {
  respond = (request, response) =>
    request.method === 'POST'
      ? json(response, 200, { result: 'success' })
      : json(response, 200, { data: [{ get_started: { payload: 'GET_STARTED' }, greeting: [{ locale: 'default', text: 'Karibu' }] }] });
  const profile = {
    get_started: { payload: 'GET_STARTED' },
    greeting: [{ locale: 'default', text: 'Karibu! Ask about any eCitizen service.' }],
    persistent_menu: [
      {
        locale: 'default',
        composer_input_disabled: false,
        call_to_actions: [
          { type: 'postback' as const, title: 'Talk to a person', payload: 'HANDOVER' },
          { type: 'web_url' as const, title: 'Open eCitizen', url: 'https://accounts.ecitizen.go.ke' },
        ],
      },
    ],
  };
  await client().setMessengerProfile(profile);
  assert.equal(requests[0]!.path, '/v23.0/me/messenger_profile');
  assert.deepEqual(requests[0]!.body, profile);

  const read = await client().getMessengerProfile(['get_started', 'greeting', 'persistent_menu']);
  assert.deepEqual(read, { get_started: { payload: 'GET_STARTED' }, greeting: [{ locale: 'default', text: 'Karibu' }] });
  assert.equal(requests[1]!.method, 'GET');
  assert.equal(requests[1]!.query.get('fields'), 'get_started,greeting,persistent_menu');
  assert.equal(requests[1]!.query.get('access_token'), TOKEN);

  respond = (_request, response) => json(response, 200, { data: [] });
  assert.deepEqual(await client().getMessengerProfile(['get_started']), {});
});

test('an HTTP 500 is transient', async () => {
  respond = (_request, response) => json(response, 500, { error: { message: 'An unknown error occurred', type: 'OAuthException', code: 1, fbtrace_id: 'T1' } });
  const error = await rejection(client().sendMessage('1', { text: 'hi' }));
  assert.equal(error.kind, 'transient');
  assert.equal(error.status, 500);
  assert.equal(error.fbtraceId, 'T1');
  assert.ok(!error.message.includes(TOKEN), 'the token never appears in an error');
});

test('a 400 with code 613 is a rate limit', async () => {
  respond = (_request, response) => json(response, 400, { error: { message: 'Calls to this api have exceeded the rate limit.', type: 'OAuthException', code: 613 } });
  const error = await rejection(client().senderAction('1', 'typing_on'));
  assert.equal(error.kind, 'rate_limit');
  assert.equal(error.status, 400);
  assert.equal(error.code, 613);
});

test('a 400 outside the 24-hour window is permanent', async () => {
  respond = (_request, response) => json(response, 400, { error: { message: '(#10) outside window', code: 10, error_subcode: 2018278 } });
  const error = await rejection(client().sendMessage('1', { text: 'hi' }));
  assert.equal(error.kind, 'permanent');
  assert.equal(error.reason, 'outside the 24-hour messaging window');
});

test('a 2xx answer without a message id is an error, not a success', async () => {
  respond = (_request, response) => json(response, 200, { recipient_id: '1' });
  const error = await rejection(client().sendMessage('1', { text: 'hi' }));
  assert.equal(error.kind, 'permanent');
  assert.equal(error.reason, 'unexpected Graph API response');

  respond = (_request, response) => response.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>');
  assert.equal((await rejection(client().sendMessage('1', { text: 'hi' }))).kind, 'transient');
});

test('a closed port is a transient network error with no status', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const unreachable = new SendApiClient({ graphApiUrl: `http://127.0.0.1:${port}`, version: 'v23.0', pageAccessToken: TOKEN });
  const error = await rejection(unreachable.sendMessage('1', { text: 'hi' }));
  assert.equal(error.kind, 'transient');
  assert.equal(error.status, undefined);
  assert.equal(error.reason, 'network error');
});

test('no answer within the timeout is a transient timeout', async () => {
  respond = () => {
    // Never answer.
  };
  const started = Date.now();
  const error = await rejection(client(150).sendMessage('1', { text: 'hi' }));
  assert.equal(error.kind, 'transient');
  assert.equal(error.status, undefined);
  assert.equal(error.reason, 'request timed out');
  assert.ok(Date.now() - started < 5000, 'the timeout, not some default, ended the call');
  assert.equal(requests.length, 1, 'the request did reach the server');
});

test('a non-positive timeout is refused', () => {
  assert.throws(() => new SendApiClient({ graphApiUrl: baseUrl, version: 'v23.0', pageAccessToken: TOKEN, timeoutMs: 0 }), RangeError);
});
