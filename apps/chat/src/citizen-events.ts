import { randomBytes } from 'node:crypto';
import type { MessagingEvent, WebhookBody } from '@ecitizen/messenger';

/** What the person at the terminal does, as a Messenger user would. */
export type CitizenAction =
  | { kind: 'text'; text: string }
  | { kind: 'quick_reply'; title: string; payload: string }
  | { kind: 'postback'; title: string; payload: string }
  | { kind: 'sticker' };

// Messenger's thumbs-up, the sticker people send most.
const THUMBS_UP_STICKER_ID = 369239263222822;

/** A Messenger mid: unique per message, so the api never takes two for a redelivery. */
function newMid(): string {
  return `m_${randomBytes(12).toString('base64url')}`;
}

function eventBody(action: CitizenAction): Pick<MessagingEvent, 'message' | 'postback'> {
  switch (action.kind) {
    case 'text':
      return { message: { mid: newMid(), text: action.text } };
    case 'quick_reply':
      // Messenger sends the tapped title as the text and the payload beside it.
      return { message: { mid: newMid(), text: action.title, quick_reply: { payload: action.payload } } };
    case 'postback':
      return { postback: { title: action.title, payload: action.payload } };
    case 'sticker':
      return {
        message: {
          mid: newMid(),
          sticker_id: THUMBS_UP_STICKER_ID,
          attachments: [{ type: 'image', payload: { url: 'https://scontent.xx.fbcdn.net/v/t39.1997-6/thumbs-up.png', sticker_id: THUMBS_UP_STICKER_ID } }],
        },
      };
  }
}

/** The webhook delivery Meta would POST for one action of `psid` on the page. */
export function deliveryFor(action: CitizenAction, psid: string, pageId: string, now = Date.now()): WebhookBody {
  const event: MessagingEvent = { sender: { id: psid }, recipient: { id: pageId }, timestamp: now, ...eventBody(action) };
  return { object: 'page', entry: [{ id: pageId, time: now, messaging: [event] }] };
}
