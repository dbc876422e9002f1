import { randomInt } from 'node:crypto';

/** A page-scoped id of Meta's shape (16 digits), new each session so every chat starts a fresh conversation. */
export function newPsid(): string {
  let digits = String(randomInt(1, 10));
  while (digits.length < 16) digits += String(randomInt(0, 10));
  return digits;
}
