import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sha256=';

export type SignatureCheck = 'valid' | 'missing' | 'invalid';

function requireSecret(appSecret: string): void {
  // With an empty secret anyone can compute a "valid" signature, so a
  // misconfigured deployment must fail loudly rather than accept forgeries.
  if (appSecret === '') throw new TypeError('the Meta app secret is empty: set it before signing or verifying webhooks');
}

/** The X-Hub-Signature-256 value Meta sends: HMAC-SHA256 of the exact bytes of the body. */
export function signPayload(rawBody: Buffer | string, appSecret: string): string {
  requireSecret(appSecret);
  return PREFIX + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}

/**
 * Checks X-Hub-Signature-256 against the raw request bytes. The body must be
 * the bytes as received: JSON re-serialised after parsing differs (Meta
 * escapes non-ASCII as \uXXXX, for one) and would never verify.
 */
export function verifySignature(rawBody: Buffer, header: string | undefined, appSecret: string): SignatureCheck {
  requireSecret(appSecret);
  const presented = header?.trim() ?? '';
  if (presented === '') return 'missing';
  const expected = Buffer.from(signPayload(rawBody, appSecret));
  // Hex is case-insensitive; lowering it keeps the comparison byte for byte.
  const given = Buffer.from(presented.toLowerCase());
  // timingSafeEqual throws on unequal lengths; a wrong length reveals nothing about the secret.
  if (given.length !== expected.length) return 'invalid';
  return timingSafeEqual(given, expected) ? 'valid' : 'invalid';
}
