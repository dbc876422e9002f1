export { hashPassword, verifyPassword, ARGON2_OPTIONS, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from './password.ts';
export { normaliseEmail, isValidEmail } from './email.ts';
export { RevocationStore } from './revocation-store.ts';
export type { RevocationReason } from './revocation-store.ts';
export { TokenFamilies } from './token-families.ts';
export type { RefreshGrant, RotationResult } from './token-families.ts';
export type { TokenClaims, TokenType } from './claims.ts';
