import { createHash } from 'node:crypto';

/**
 * Inbound event ids become BullMQ job ids, which deduplicate Meta's
 * redeliveries. BullMQ reserves ':' (its key separator) and reads an
 * all-digit id as one of its own counters, so neither may appear.
 */
export function idFromMid(mid: string): string {
  const id = mid.replaceAll(':', '_');
  return /^\d+$/.test(id) ? `mid-${id}` : id;
}

/**
 * For events without a message id of their own: a digest of everything that
 * identifies the event, so a redelivery of the same JSON gets the same id and
 * two different events do not.
 */
export function digestId(kind: string, pageId: string, psid: string, timestamp: number, eventJson: string): string {
  const digest = createHash('sha256').update(JSON.stringify([kind, pageId, psid, timestamp, eventJson])).digest('hex');
  return `${kind}-${digest.slice(0, 32)}`;
}
