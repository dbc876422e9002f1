/**
 * The `msg` for a token that was refused, in the words flask-jwt-extended
 * used (the original system) where it had one, so clients and people
 * recognise them. Codes are @fastify/jwt's (FST_JWT_*) and, for what it
 * passes through, fast-jwt's (FAST_JWT_*).
 */
export function describeJwtError(error: unknown): string {
  const { code, message = '' } = error as { code?: string; message?: string };
  switch (code) {
    case 'FST_JWT_NO_AUTHORIZATION_IN_HEADER':
    case 'FST_JWT_NO_AUTHORIZATION_IN_COOKIE':
      return 'Missing Authorization Header';
    case 'FST_JWT_BAD_REQUEST':
      return BAD_AUTHORIZATION_HEADER;
    case 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED':
      return 'Token has expired';
    case 'FST_JWT_AUTHORIZATION_TOKEN_INVALID':
      // One code for several faults; fast-jwt's reason is in the message.
      if (/signature/i.test(message)) return 'Signature verification failed';
      if (/algorithm/i.test(message)) return 'Token algorithm is not allowed: only HS256 is accepted';
      if (/malformed|base64url|JSON/i.test(message)) return 'Token is malformed';
      return 'Token is invalid';
    case 'FST_JWT_AUTHORIZATION_TOKEN_UNSIGNED':
    case 'FAST_JWT_INVALID_ALGORITHM':
      return 'Token algorithm is not allowed: only HS256 is accepted';
    case 'FAST_JWT_INACTIVE':
      return 'Token is not yet valid';
    case 'FAST_JWT_MALFORMED':
    case 'FAST_JWT_INVALID_TYPE':
    case 'FAST_JWT_INVALID_PAYLOAD':
      return 'Token is malformed';
    default:
      return 'Token is invalid';
  }
}

export const BAD_AUTHORIZATION_HEADER = "Bad Authorization header. Expected 'Authorization: Bearer <JWT>'";

/** @fastify/jwt ignores a header of another scheme ("Basic …") as if absent; say what is wrong instead. */
export function hasNonBearerAuthorization(header: string | undefined): boolean {
  return header !== undefined && !/^Bearer\s+\S+$/i.test(header.trim());
}
