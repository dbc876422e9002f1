import { Type } from 'typebox';

export const ListQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  control: Type.Optional(Type.Union([Type.Literal('bot'), Type.Literal('human')], { description: 'Who has the conversation' })),
  from: Type.Optional(Type.String({ format: 'date', description: 'Last message on or after this day (UTC)' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last message on or before this day (UTC)' })),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Words any of its messages contains' })),
});

export const ConversationParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

const When = Type.Union([Type.String(), Type.Null()]);

export const ConversationSummary = Type.Object({
  id: Type.Integer(),
  psid: Type.String(),
  control: Type.String(),
  language: Type.Union([Type.String(), Type.Null()]),
  handed_over_at: When,
  last_inbound_at: When,
  last_outbound_at: When,
  messages: Type.Integer(),
  last_text: Type.Union([Type.String(), Type.Null()]),
});

export const ListResponse = Type.Object({
  status_code: Type.Integer(),
  page: Type.Integer(),
  per_page: Type.Integer(),
  total: Type.Integer(),
  conversations: Type.Array(ConversationSummary),
});

export const Transcript = Type.Object({
  status_code: Type.Integer(),
  conversation: ConversationSummary,
  messages: Type.Array(
    Type.Object({
      id: Type.String(),
      direction: Type.String(),
      kind: Type.String(),
      text: Type.Union([Type.String(), Type.Null()]),
      status: Type.String(),
      at: Type.String(),
      sent_at: When,
      turn_id: Type.Union([Type.String(), Type.Null()]),
      sources: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), url: Type.Optional(Type.String()) })),
      error: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  turns: Type.Array(
    Type.Object({
      id: Type.String(),
      status: Type.String(),
      outcome: Type.Union([Type.String(), Type.Null()]),
      language: Type.Union([Type.String(), Type.Null()]),
      matched_key: Type.Union([Type.String(), Type.Null()]),
      received_at: Type.String(),
      answered_at: When,
      latency_ms: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
});

export const ControlResponse = Type.Object({ status_code: Type.Integer(), message: Type.String(), control: Type.String() });
export const ErrorBody = Type.Union([Type.Object({ status_code: Type.Integer(), message: Type.String() }), Type.Object({ msg: Type.String() })]);
