export { startGraphEmulator, DEFAULT_PAGE_ACCESS_TOKEN, DEFAULT_PAGE_ID } from './emulator.ts';
export { MAX_RECORDED_CALLS } from './call-log.ts';
export { MAX_WAIT_MS } from './control-routes.ts';
export type {
  CallFilter,
  CallKind,
  FailureSpec,
  FailureTarget,
  GraphEmulator,
  GraphEmulatorOptions,
  GraphErrorKind,
  QuickReply,
  RecordedCall,
  SentMessage,
  WaitForMessagesOptions,
} from './types.ts';
export type { GraphErrorDetail } from './graph-errors.ts';
