import { invalidParameter } from './graph-errors.ts';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Meta's limits count characters, so an emoji is one, not the two UTF-16
 * units of `length`. Code points are counted only when `length` is over the
 * limit: below it they cannot be either, and the hot path stays free.
 */
export function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let characters = 0;
  for (const _character of text) if (++characters > max) return true;
  return false;
}

/** A string parameter, checked as Meta does; absent is allowed. */
export function optionalString(value: unknown, param: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidParameter(`Param ${param} must be a string`);
  if (longerThan(value, max)) throw invalidParameter(`Length of param ${param} must be less than or equal to ${max}`);
  return value;
}

export function requiredString(value: unknown, param: string, max: number): string {
  if (value === undefined || value === null) throw invalidParameter(`The parameter ${param} is required`);
  const text = optionalString(value, param, max)!;
  if (text === '') throw invalidParameter(`Param ${param} must be a non-empty UTF-8 encoded string`);
  return text;
}

/** The PSID a body is addressed to, if it has a usable one; never throws (used to record and target failures). */
export function recipientIdOf(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body.recipient)) return undefined;
  const { id } = body.recipient;
  if (typeof id === 'string') return id === '' ? undefined : id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? String(id) : undefined;
}

/** The PSID a body is addressed to; Meta's errors when there is none. */
export function requireRecipientId(body: Record<string, unknown>): string {
  if (body.recipient === undefined) throw invalidParameter('The parameter recipient is required');
  const id = recipientIdOf(body);
  if (id === undefined) throw invalidParameter('Param recipient[id] must be a valid ID string (e.g., "123")');
  return id;
}

export function requireBody(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw invalidParameter('The request body must be a JSON object');
  return body;
}
