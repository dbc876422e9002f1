export { signPayload, verifySignature } from './signature.ts';
export type { SignatureCheck } from './signature.ts';
export { ANSWERABLE_KINDS, parseDelivery } from './webhook-events.ts';
export type {
  DeliveryParseResult,
  InboundAttachment,
  InboundEvent,
  InboundHandover,
  InboundKind,
  InboundReaction,
  MessagingEvent,
  WebhookAppRoles,
  WebhookAttachment,
  WebhookBody,
  WebhookDeliveryReceipt,
  WebhookEntry,
  WebhookMessage,
  WebhookParticipant,
  WebhookPassThreadControl,
  WebhookPostback,
  WebhookReaction,
  WebhookRead,
  WebhookRequestThreadControl,
  WebhookTakeThreadControl,
} from './webhook-events.ts';
export { GraphApiError, classifyGraphError } from './graph-errors.ts';
export type { GraphErrorDetails, GraphErrorKind } from './graph-errors.ts';
export { SendApiClient, METADATA_LIMIT } from './send-api.ts';
export type { OutgoingMessage, SendApiOptions, SenderAction } from './send-api.ts';
export type { MenuItem, MessengerProfile, PersistentMenu, PostbackMenuItem, WebUrlMenuItem } from './messenger-profile.ts';
export { splitMessage, MESSAGE_TEXT_LIMIT } from './split-message.ts';
export { toQuickReplies, MAX_QUICK_REPLIES, QUICK_REPLY_PAYLOAD_LIMIT, QUICK_REPLY_TITLE_LIMIT } from './quick-replies.ts';
export type { GraphQuickReply, QuickReply } from './quick-replies.ts';
