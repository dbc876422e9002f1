import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Meta's `signed_request`: `<signature>.<payload>`, both base64url, the
 * signature an HMAC-SHA256 of the payload text as sent (not of the decoded
 * JSON). Used by the data deletion callback.
 */

export const SIGNED_REQUEST_ALGORITHM = 'HMAC-SHA256';

/** The fields of a data deletion request; Meta may add others, which are kept. */
export interface SignedRequestPayload {
  algorithm: string;
  /** The person's app-scoped id (ASID). */
  user_id: string;
  issued_at?: number;
  expires?: number;
  [field: string]: unknown;
}

export type SignedRequestCheck =
  | { ok: true; payload: SignedRequestPayload }
  /** malformed: a 400 (the sender cannot have meant it); forged: a 403. */
  | { ok: false; fault: 'malformed' | 'forged'; reason: string };

// Meta omits padding; tolerate it anyway. Buffer's decoder skips characters
// outside the alphabet instead of failing, so the alphabet is checked first.
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
// Ids are stored in VARCHAR(64) columns; anything longer is not one of Meta's.
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

function requireSecret(appSecret: string): void {
  // With an empty secret anyone can sign a deletion of anyone's data.
  if (appSecret === '') throw new TypeError('the Meta app secret is empty: set FB_APP_SECRET before verifying signed requests');
}

function hmac(encodedPayload: string, appSecret: string): Buffer {
  return createHmac('sha256', appSecret).update(encodedPayload).digest();
}

/**
 * Checks the signature (constant-time) before looking inside the payload,
 * so nothing unauthenticated is ever parsed. Staleness (`issued_at`,
 * `expires`) is not checked: a replayed deletion deletes again, which is
 * harmless, while refusing a late one would drop a person's request.
 */
export function verifySignedRequest(signedRequest: string, appSecret: string): SignedRequestCheck {
  requireSecret(appSecret);
  const parts = signedRequest.trim().split('.');
  if (parts.length !== 2 || !parts.every((part) => BASE64URL.test(part))) {
    return { ok: false, fault: 'malformed', reason: 'signed_request must be two base64url parts joined by a dot: <signature>.<payload>' };
  }
  const [encodedSignature, encodedPayload] = parts as [string, string];
  const given = Buffer.from(encodedSignature, 'base64url');
  const expected = hmac(encodedPayload, appSecret);
  // timingSafeEqual throws on unequal lengths; a wrong length reveals nothing about the secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, fault: 'forged', reason: 'The signed_request signature does not match: it must be signed with this app\'s secret' };
  }

  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, fault: 'malformed', reason: 'The signed_request payload is not base64url-encoded JSON' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, fault: 'malformed', reason: 'The signed_request payload must be a JSON object' };
  }
  const fields = payload as Record<string, unknown>;
  // The signature was checked as HMAC-SHA256 whatever the payload claimed; a
  // payload claiming another algorithm was not made by Meta's documented flow.
  if (typeof fields.algorithm !== 'string' || fields.algorithm.toUpperCase() !== SIGNED_REQUEST_ALGORITHM) {
    return { ok: false, fault: 'forged', reason: `The signed_request algorithm must be ${SIGNED_REQUEST_ALGORITHM}` };
  }
  if (typeof fields.user_id !== 'string' || !USER_ID.test(fields.user_id)) {
    return { ok: false, fault: 'malformed', reason: 'The signed_request payload must carry the person\'s user_id as a string' };
  }
  for (const field of ['issued_at', 'expires'] as const) {
    if (fields[field] !== undefined && typeof fields[field] !== 'number') {
      return { ok: false, fault: 'malformed', reason: `The signed_request field ${field} must be a number (seconds since 1970)` };
    }
  }
  return { ok: true, payload: fields as SignedRequestPayload };
}

/** What Meta sends, for tests and local tools: the payload's JSON signed with the app secret. */
export function signRequest(payload: Record<string, unknown>, appSecret: string): string {
  requireSecret(appSecret);
  const encodedPayload = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${hmac(encodedPayload, appSecret).toString('base64url')}.${encodedPayload}`;
}
