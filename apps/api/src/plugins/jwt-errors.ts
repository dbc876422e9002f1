/**
 * The `msg` for a token @fastify/jwt refused, in the words flask-jwt-extended
 * used (the original system), so clients and people recognise them.
 */
export function describeJwtError(error: unknown): string {
  const { code, message = '' } = error as { code?: string; message?: string };
  switch (code) {
    case 'FST_JWT_NO_AUTHORIZATION_IN_HEADER':
      return 'Missing Authorization Header';
    case 'FST_JWT_BAD_REQUEST':
      return "Bad Authorization header. Expected 'Authorization: Bearer <JWT>'";
    case 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED':
      return 'Token has expired';
    case 'FST_JWT_AUTHORIZATION_TOKEN_INVALID':
      if (/signature/i.test(message)) return 'Signature verification failed';
      if (/algorithm/i.test(message)) return 'Token algorithm is not allowed: only HS256 is accepted';
      if (/malformed|not a valid|decod/i.test(message)) return 'Token is malformed';
      return 'Token is invalid';
    default:
      return 'Token is invalid';
  }
}
