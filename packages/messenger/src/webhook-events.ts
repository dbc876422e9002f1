import { digestId, idFromMid } from './event-id.ts';
import { asAppId, asFiniteNumber, asNonEmptyString, asObject, asString, describeValue, type JsonObject } from './json-guards.ts';

// The webhook body as Meta documents it. parseDelivery never trusts these
// shapes (a body is only JSON until checked); they document what it reads.

export interface WebhookBody {
  object: 'page';
  entry: WebhookEntry[];
}

export interface WebhookEntry {
  /** The page id. */
  id: string;
  time: number;
  messaging?: MessagingEvent[];
  /** Events of threads another app owns (handover protocol). */
  standby?: MessagingEvent[];
}

export interface WebhookParticipant {
  id: string;
}

export interface WebhookAttachment {
  type: string;
  payload?: { url?: string; sticker_id?: number | string } | null;
}

export interface WebhookMessage {
  mid: string;
  text?: string;
  quick_reply?: { payload: string };
  attachments?: WebhookAttachment[];
  sticker_id?: number | string;
  is_echo?: boolean;
  app_id?: number | string;
  metadata?: string;
}

export interface WebhookPostback {
  title?: string;
  payload: string;
  mid?: string;
}

export interface WebhookRead {
  watermark: number;
}

export interface WebhookDeliveryReceipt {
  mids?: string[];
  watermark: number;
}

export interface WebhookReaction {
  reaction?: string;
  emoji?: string;
  action: 'react' | 'unreact';
  /** The message reacted to. */
  mid: string;
}

export interface WebhookPassThreadControl {
  new_owner_app_id: string | number;
  previous_owner_app_id?: string | number;
  metadata?: string;
}

export interface WebhookTakeThreadControl {
  previous_owner_app_id: string | number;
  new_owner_app_id?: string | number;
  metadata?: string;
}

export interface WebhookRequestThreadControl {
  requested_owner_app_id: string | number;
  metadata?: string;
}

/** App id → its roles on the page, e.g. `{"263902037430900": ["secondary_receiver"]}`. */
export type WebhookAppRoles = Record<string, string[]>;

export interface MessagingEvent {
  /** Absent on page-level events (app_roles). */
  sender?: WebhookParticipant;
  recipient: WebhookParticipant;
  timestamp: number;
  message?: WebhookMessage;
  postback?: WebhookPostback;
  read?: WebhookRead;
  delivery?: WebhookDeliveryReceipt;
  reaction?: WebhookReaction;
  pass_thread_control?: WebhookPassThreadControl;
  take_thread_control?: WebhookTakeThreadControl;
  request_thread_control?: WebhookRequestThreadControl;
  app_roles?: WebhookAppRoles;
}

// What the rest of the system sees: one flat event per Messenger event.

export type InboundKind = 'text' | 'quick_reply' | 'postback' | 'attachment' | 'echo' | 'read' | 'delivery' | 'reaction' | 'handover' | 'unknown';

/** What a citizen says and expects an answer to (not reads, deliveries, echoes, handovers). */
export const ANSWERABLE_KINDS: readonly InboundKind[] = ['text', 'quick_reply', 'postback', 'attachment'];

export interface InboundAttachment {
  type: string;
  url?: string;
  sticker?: boolean;
}

export interface InboundHandover {
  action: 'pass' | 'take' | 'request' | 'app_roles';
  /** For 'request', the app asking to own the thread. */
  newOwnerAppId?: string;
  previousOwnerAppId?: string;
  metadata?: string;
  /** For 'app_roles': app id → roles. */
  appRoles?: Record<string, string[]>;
}

export interface InboundReaction {
  action: 'react' | 'unreact';
  reaction?: string;
  emoji?: string;
}

export interface InboundEvent {
  /**
   * Unique and stable across redeliveries: the message mid where there is one
   * (':' replaced by '_'); otherwise `<kind>-<32 hex>`, a sha256 digest of the
   * kind, page, psid, timestamp and the event's own JSON. Never contains ':'
   * and is never all digits, as it is used as a BullMQ job id.
   */
  id: string;
  kind: InboundKind;
  pageId: string;
  /** The citizen's page-scoped id: sender.id, or recipient.id for echoes; '' for page-level app_roles events. */
  psid: string;
  /** Meta's event timestamp, ms since epoch. */
  timestamp: number;
  /** The message's mid; for a reaction, the mid of the message reacted to. */
  mid?: string;
  /** Message text; for a quick reply the tapped title (message.text); for a postback its title. */
  text?: string;
  /** Quick reply or postback payload. */
  payload?: string;
  attachments?: InboundAttachment[];
  /** True when the event came in the entry's `standby` array (another app owns the thread). */
  standby: boolean;
  handover?: InboundHandover;
  /** For echoes: the app that sent it and our metadata, to recognise our own sends. */
  echo?: { appId?: string; metadata?: string };
  /** read/delivery watermark. */
  watermark?: number;
  reaction?: InboundReaction;
}

export type DeliveryParseResult = { ok: true; events: InboundEvent[] } | { ok: false; reason: string };

type EventDetails = Omit<InboundEvent, 'id' | 'pageId' | 'psid' | 'timestamp' | 'standby'> & {
  /** The mid that identifies this event itself (not, as for a reaction, another message). */
  ownMid?: string;
};

/** Drops keys whose value is undefined, so events compare and log cleanly. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function readAttachments(message: JsonObject): InboundAttachment[] {
  const hasMessageSticker = message.sticker_id !== undefined && message.sticker_id !== null;
  const attachments: InboundAttachment[] = [];
  for (const raw of Array.isArray(message.attachments) ? message.attachments : []) {
    const attachment = asObject(raw);
    const type = asNonEmptyString(attachment?.type);
    if (attachment === undefined || type === undefined) continue;
    const payload = asObject(attachment.payload);
    const stickerId = payload?.sticker_id;
    const sticker = (stickerId !== undefined && stickerId !== null) || (hasMessageSticker && type === 'image');
    attachments.push(defined({ type, url: asNonEmptyString(payload?.url), sticker: sticker ? true : undefined }));
  }
  if (hasMessageSticker && !attachments.some((attachment) => attachment.sticker === true)) {
    attachments.push({ type: 'image', sticker: true });
  }
  return attachments;
}

function readMessage(message: JsonObject): EventDetails {
  const mid = asNonEmptyString(message.mid);
  const text = asString(message.text);
  const attachments = readAttachments(message);
  const common = { mid, ownMid: mid, text, attachments: attachments.length > 0 ? attachments : undefined };
  if (message.is_echo === true) {
    return { ...common, kind: 'echo', echo: defined({ appId: asAppId(message.app_id), metadata: asString(message.metadata) }) };
  }
  const quickReplyPayload = asString(asObject(message.quick_reply)?.payload);
  if (quickReplyPayload !== undefined) return { ...common, kind: 'quick_reply', payload: quickReplyPayload };
  if (text !== undefined && text !== '') return { ...common, kind: 'text' };
  if (attachments.length > 0) return { ...common, kind: 'attachment' };
  return { ...common, kind: 'unknown' };
}

function readReaction(reaction: JsonObject): EventDetails {
  const action = reaction.action;
  if (action !== 'react' && action !== 'unreact') return { kind: 'unknown' };
  // The mid is the reacted-to message's: several reactions share it, so it
  // names the message but cannot identify the event.
  return {
    kind: 'reaction',
    mid: asNonEmptyString(reaction.mid),
    reaction: defined<InboundReaction>({ action, reaction: asString(reaction.reaction), emoji: asString(reaction.emoji) }),
  };
}

function readAppRoles(roles: JsonObject): Record<string, string[]> {
  const appRoles: Record<string, string[]> = {};
  for (const [appId, list] of Object.entries(roles)) {
    if (Array.isArray(list)) appRoles[appId] = list.filter((role): role is string => typeof role === 'string');
  }
  return appRoles;
}

function readHandover(event: JsonObject): InboundHandover | undefined {
  const pass = asObject(event.pass_thread_control);
  if (pass !== undefined) {
    return defined<InboundHandover>({ action: 'pass', newOwnerAppId: asAppId(pass.new_owner_app_id), previousOwnerAppId: asAppId(pass.previous_owner_app_id), metadata: asString(pass.metadata) });
  }
  const take = asObject(event.take_thread_control);
  if (take !== undefined) {
    return defined<InboundHandover>({ action: 'take', newOwnerAppId: asAppId(take.new_owner_app_id), previousOwnerAppId: asAppId(take.previous_owner_app_id), metadata: asString(take.metadata) });
  }
  const request = asObject(event.request_thread_control);
  if (request !== undefined) {
    return defined<InboundHandover>({ action: 'request', newOwnerAppId: asAppId(request.requested_owner_app_id), metadata: asString(request.metadata) });
  }
  const roles = asObject(event.app_roles);
  if (roles !== undefined) return { action: 'app_roles', appRoles: readAppRoles(roles) };
  return undefined;
}

function readDetails(event: JsonObject): EventDetails {
  const message = asObject(event.message);
  if (message !== undefined) return readMessage(message);
  const postback = asObject(event.postback);
  if (postback !== undefined) {
    const mid = asNonEmptyString(postback.mid);
    return { kind: 'postback', mid, ownMid: mid, text: asString(postback.title), payload: asString(postback.payload) };
  }
  const reaction = asObject(event.reaction);
  if (reaction !== undefined) return readReaction(reaction);
  const read = asObject(event.read);
  if (read !== undefined) return { kind: 'read', watermark: asFiniteNumber(read.watermark) };
  const delivery = asObject(event.delivery);
  if (delivery !== undefined) return { kind: 'delivery', watermark: asFiniteNumber(delivery.watermark) };
  const handover = readHandover(event);
  if (handover !== undefined) return { kind: 'handover', handover };
  return { kind: 'unknown' };
}

function toInboundEvent(raw: unknown, entry: JsonObject, standby: boolean): InboundEvent | undefined {
  const event = asObject(raw);
  if (event === undefined) return undefined;
  const { ownMid, ...details } = readDetails(event);
  const senderId = asNonEmptyString(asObject(event.sender)?.id);
  const recipientId = asNonEmptyString(asObject(event.recipient)?.id);
  const isEcho = details.kind === 'echo';
  const isPageLevel = details.handover?.action === 'app_roles';
  // An echo is the page's own message, so the citizen is its recipient.
  const psid = isEcho ? recipientId : (senderId ?? (isPageLevel ? '' : undefined));
  const pageId = asNonEmptyString(entry.id) ?? (isEcho ? senderId : recipientId);
  const timestamp = asFiniteNumber(event.timestamp) ?? asFiniteNumber(entry.time);
  if (psid === undefined || pageId === undefined || timestamp === undefined) return undefined;
  const id = ownMid !== undefined ? idFromMid(ownMid) : digestId(details.kind, pageId, psid, timestamp, JSON.stringify(event));
  return defined({ id, ...details, pageId, psid, timestamp, standby });
}

/**
 * Every Messenger event of one webhook delivery, oldest first. Meta batches
 * several entries, each with several events, into one POST, and `standby`
 * carries events of threads another app owns: all of them are kept.
 * Malformed events are skipped; only a body that is not a page delivery at
 * all is refused, with a reason a person can act on. Never throws.
 */
export function parseDelivery(body: unknown): DeliveryParseResult {
  const root = asObject(body);
  if (root === undefined) return { ok: false, reason: `body must be a JSON object (got ${describeValue(body)})` };
  if (root.object !== 'page') return { ok: false, reason: `object must be "page" (got ${describeValue(root.object)})` };
  if (!Array.isArray(root.entry)) return { ok: false, reason: `entry must be an array (got ${describeValue(root.entry)})` };

  const events: InboundEvent[] = [];
  for (const rawEntry of root.entry) {
    const entry = asObject(rawEntry);
    if (entry === undefined) continue;
    for (const [field, standby] of [['messaging', false], ['standby', true]] as const) {
      const list = entry[field];
      if (!Array.isArray(list)) continue;
      for (const raw of list) {
        let event: InboundEvent | undefined;
        try {
          event = toInboundEvent(raw, entry, standby);
        } catch {
          // Only a value JSON cannot hold (a cycle, a BigInt) gets here; it cannot have come from Meta.
          event = undefined;
        }
        if (event !== undefined) events.push(event);
      }
    }
  }
  // Array.prototype.sort is stable, so events of one millisecond keep Meta's order.
  events.sort((a, b) => a.timestamp - b.timestamp);
  return { ok: true, events };
}
