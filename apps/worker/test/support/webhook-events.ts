import { randomUUID } from 'node:crypto';

export const PAGE_ID = '100000000000001';

/** Meta's webhook JSON for a text message from a citizen. */
export function textEvent(psid: string, text: string, options: { mid?: string; timestamp?: number } = {}) {
  return {
    sender: { id: psid },
    recipient: { id: PAGE_ID },
    timestamp: options.timestamp ?? Date.now(),
    message: { mid: options.mid ?? `m_${randomUUID().replaceAll('-', '')}`, text },
  };
}

export function postbackEvent(psid: string, payload: string, title: string) {
  return { sender: { id: psid }, recipient: { id: PAGE_ID }, timestamp: Date.now(), postback: { title, payload, mid: `m_${randomUUID()}` } };
}

export function stickerEvent(psid: string) {
  return {
    sender: { id: psid },
    recipient: { id: PAGE_ID },
    timestamp: Date.now(),
    message: { mid: `m_${randomUUID()}`, sticker_id: 369239263222822, attachments: [{ type: 'image', payload: { url: 'https://example.org/s.png', sticker_id: 369239263222822 } }] },
  };
}

export function readEvent(psid: string, watermark: number) {
  return { sender: { id: psid }, recipient: { id: PAGE_ID }, timestamp: Date.now(), read: { watermark } };
}

/** A delivery as Meta sends it: one or more entries, each with its events. */
export function delivery(...entries: unknown[][]) {
  return { object: 'page', entry: entries.map((messaging, i) => ({ id: PAGE_ID, time: Date.now() + i, messaging })) };
}

/** A tap on one of the bot's quick replies: Messenger sends its title as text, with its payload. */
export function quickReplyEvent(psid: string, title: string, payload: string) {
  return {
    sender: { id: psid },
    recipient: { id: PAGE_ID },
    timestamp: Date.now(),
    message: { mid: `m_${randomUUID().replaceAll('-', '')}`, text: title, quick_reply: { payload } },
  };
}
