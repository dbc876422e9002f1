import type { UserRole } from '@ecitizen/db';

export type TokenType = 'access' | 'refresh';

/** What every token this service signs carries. */
export interface TokenClaims {
  /** The user id, as a string (RFC 7519). */
  sub: string;
  typ: TokenType;
  /** Unique id of this token, the key of its revocation. */
  jti: string;
  /** The login (token family) the token belongs to. */
  fid: string;
  /** Access tokens only: the role at the time of issue. */
  role?: UserRole;
  iat?: number;
  exp?: number;
}
