export { startOpenAIEmulator, DEFAULT_API_KEY, DEFAULT_EMBEDDING_DIMENSIONS, MAX_BODY_BYTES } from './emulator.ts';
export { defaultResponder } from './default-responder.ts';
export { messageText } from './message-text.ts';
export { MAX_RECORDED_REQUESTS, MAX_RECORDED_BYTES } from './request-log.ts';
export { MODEL_IDS } from './models.ts';
export type {
  ChatContentPart,
  ChatMessage,
  ChatRequest,
  ChatRole,
  FailurePath,
  FailureSpec,
  OpenAIEmulator,
  OpenAIEmulatorOptions,
  RecordedRequest,
  Responder,
} from './types.ts';
export type { OpenAIErrorDetail } from './openai-errors.ts';
