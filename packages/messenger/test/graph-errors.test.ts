import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyGraphError, GraphApiError, type GraphErrorKind } from '../src/index.ts';

function graphBody(code: number, extra: object = {}): unknown {
  return { error: { message: `error ${code}`, type: 'OAuthException', code, fbtrace_id: 'AbCdEf123', ...extra } };
}

interface Row {
  status: number;
  code: number;
  subcode?: number;
  kind: GraphErrorKind;
  reason: string;
  flags?: { cappedRetries?: boolean; alert?: boolean; stopSending?: boolean };
}

const TABLE: Row[] = [
  { status: 500, code: 1200, kind: 'transient', reason: 'temporary Graph API error' },
  { status: 400, code: 4, kind: 'rate_limit', reason: 'rate limited' },
  { status: 400, code: 17, kind: 'rate_limit', reason: 'rate limited' },
  { status: 400, code: 32, kind: 'rate_limit', reason: 'rate limited' },
  { status: 400, code: 613, kind: 'rate_limit', reason: 'rate limited' },
  { status: 500, code: 2, kind: 'transient', reason: 'unexpected Graph API error', flags: { cappedRetries: true } },
  { status: 400, code: 10, subcode: 2018278, kind: 'permanent', reason: 'outside the 24-hour messaging window' },
  { status: 400, code: 551, kind: 'permanent', reason: 'person unavailable' },
  { status: 400, code: 551, subcode: 1545041, kind: 'permanent', reason: 'person unavailable' },
  { status: 400, code: 190, kind: 'permanent', reason: 'invalid page access token', flags: { alert: true } },
  { status: 403, code: 200, kind: 'permanent', reason: 'missing permission' },
  { status: 403, code: 230, kind: 'permanent', reason: 'missing permission' },
  { status: 403, code: 10, kind: 'permanent', reason: 'missing permission' },
  { status: 400, code: 100, kind: 'permanent', reason: 'invalid parameter' },
  { status: 400, code: 100, subcode: 2018001, kind: 'permanent', reason: 'no matching user' },
  { status: 400, code: 368, kind: 'permanent', reason: 'page blocked for abuse', flags: { stopSending: true } },
];

for (const row of TABLE) {
  const label = `code ${row.code}${row.subcode === undefined ? '' : `/${row.subcode}`} (HTTP ${row.status}) is ${row.kind}: ${row.reason}`;
  test(label, () => {
    const error = classifyGraphError(row.status, graphBody(row.code, row.subcode === undefined ? {} : { error_subcode: row.subcode }));
    assert.ok(error instanceof GraphApiError);
    assert.ok(error instanceof Error);
    assert.equal(error.kind, row.kind);
    assert.equal(error.reason, row.reason);
    assert.equal(error.status, row.status);
    assert.equal(error.code, row.code);
    assert.equal(error.subcode, row.subcode);
    assert.equal(error.fbtraceId, 'AbCdEf123');
    assert.equal(error.cappedRetries, row.flags?.cappedRetries ?? false);
    assert.equal(error.alert, row.flags?.alert ?? false);
    assert.equal(error.stopSending, row.flags?.stopSending ?? false);
    assert.equal(error.retryable, row.kind !== 'permanent');
  });
}

test('the subcode 1545041 alone means the person is unavailable', () => {
  const error = classifyGraphError(400, graphBody(1, { error_subcode: 1545041 }));
  assert.equal(error.kind, 'permanent');
  assert.equal(error.reason, 'person unavailable');
});

test('is_transient: true makes any error transient, keeping its flags', () => {
  const unknown = classifyGraphError(400, graphBody(9999, { is_transient: true }));
  assert.equal(unknown.kind, 'transient');
  const blocked = classifyGraphError(400, graphBody(368, { is_transient: true }));
  assert.equal(blocked.kind, 'transient');
  assert.equal(blocked.stopSending, true);
  assert.equal(classifyGraphError(400, graphBody(9999, { is_transient: false })).kind, 'permanent');
});

test('unknown codes fall back on the status: 5xx transient, 4xx permanent', () => {
  assert.equal(classifyGraphError(503, graphBody(9999)).kind, 'transient');
  assert.equal(classifyGraphError(400, graphBody(9999)).kind, 'permanent');
  assert.equal(classifyGraphError(502, '<html>Bad gateway</html>').kind, 'transient');
  assert.equal(classifyGraphError(502, undefined).reason, 'temporary Graph API error');
  assert.equal(classifyGraphError(404, undefined).kind, 'permanent');
});

test('a known code decides even under a surprising status', () => {
  assert.equal(classifyGraphError(500, graphBody(190)).kind, 'permanent');
  assert.equal(classifyGraphError(400, graphBody(1200)).kind, 'transient');
});

test('no status is a network error or a timeout, both transient', () => {
  const refused = classifyGraphError(undefined, undefined, Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }));
  assert.equal(refused.kind, 'transient');
  assert.equal(refused.status, undefined);
  assert.equal(refused.reason, 'network error');
  assert.ok(refused.cause instanceof TypeError, 'the underlying error is kept as the cause');

  const timeout = classifyGraphError(undefined, undefined, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  assert.equal(timeout.kind, 'transient');
  assert.equal(timeout.reason, 'request timed out');
});

test('the message names the reason, the codes and the trace id for support', () => {
  const error = classifyGraphError(400, graphBody(10, { error_subcode: 2018278, message: '(#10) This message is sent outside of allowed window.' }));
  assert.equal(error.message, 'Graph API outside the 24-hour messaging window (HTTP 400, code 10/2018278): (#10) This message is sent outside of allowed window. [fbtrace_id AbCdEf123]');
  assert.equal(error.name, 'GraphApiError');
});
