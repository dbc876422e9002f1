import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Prisma, type Conversation } from '@ecitizen/db';
import { SendApiClient } from '@ecitizen/messenger';
import { ConversationParams, ControlResponse, ErrorBody, ListQuery, ListResponse, Transcript } from './schemas.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function summary(conversation: Conversation, messages: number, lastText: string | null) {
  return {
    id: conversation.id,
    psid: conversation.psid,
    control: conversation.control,
    language: conversation.language,
    handed_over_at: iso(conversation.handedOverAt),
    last_inbound_at: iso(conversation.lastInboundAt),
    last_outbound_at: iso(conversation.lastOutboundAt),
    messages,
    last_text: lastText,
  };
}

const notFound = (id: number) => ({ status_code: 404, message: `No conversation with id ${id}` });

/**
 * Conversations for operators: find them, read a transcript with its sources
 * and timings, take one over or give it back to the bot (Messenger's handover
 * protocol, as the bot itself does), and export one. Agents and admins.
 */
export const conversationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const readers = app.requireToken('access');
  const sendApi = new SendApiClient({
    graphApiUrl: app.config.messenger.graphApiUrl,
    version: app.config.messenger.graphApiVersion,
    pageAccessToken: app.config.messenger.pageAccessToken,
  });

  app.get('/conversations', { schema: { querystring: ListQuery, response: { 200: ListResponse, '4xx': ErrorBody } }, preHandler: readers }, async (request) => {
    const { page = 1, per_page: perPage = 20, control, from, to, q } = request.query;
    const lastActivity = {
      ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
      ...(to ? { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    };
    const where: Prisma.ConversationWhereInput = {
      ...(control ? { control } : {}),
      ...(from || to ? { lastInboundAt: lastActivity } : {}),
      ...(q ? { messages: { some: { text: { contains: q } } } } : {}),
    };
    const [total, conversations] = await Promise.all([
      app.db.conversation.count({ where }),
      app.db.conversation.findMany({
        where,
        orderBy: [{ lastInboundAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
        skip: (page - 1) * perPage,
        take: perPage,
        include: {
          _count: { select: { messages: true } },
          messages: { where: { text: { not: null } }, orderBy: { id: 'desc' }, take: 1, select: { text: true } },
        },
      }),
    ]);
    return {
      status_code: 200,
      page,
      per_page: perPage,
      total,
      conversations: conversations.map((conversation) => summary(conversation, conversation._count.messages, conversation.messages[0]?.text ?? null)),
    };
  });

  const transcript = async (id: number) => {
    const conversation = await app.db.conversation.findUnique({ where: { id } });
    if (!conversation) return undefined;
    const [messages, turns] = await Promise.all([
      app.db.message.findMany({ where: { conversationId: id }, orderBy: [{ eventAt: 'asc' }, { id: 'asc' }] }),
      app.db.turn.findMany({ where: { conversationId: id }, orderBy: { id: 'asc' } }),
    ]);
    const lastText = [...messages].reverse().find((message) => message.text !== null)?.text ?? null;
    return {
      status_code: 200,
      conversation: summary(conversation, messages.length, lastText),
      messages: messages.map((message) => ({
        id: String(message.id),
        direction: message.direction,
        kind: message.kind,
        text: message.text,
        status: message.status,
        at: message.eventAt.toISOString(),
        sent_at: iso(message.sentAt),
        turn_id: message.turnId === null ? null : String(message.turnId),
        sources: ((message.details as { sources?: Array<{ id: string; title: string; url?: string }> } | null)?.sources ?? []),
        error: message.error,
      })),
      turns: turns.map((turn) => ({
        id: String(turn.id),
        status: turn.status,
        outcome: turn.outcome,
        language: turn.language,
        matched_key: turn.matchedKey,
        received_at: turn.receivedAt.toISOString(),
        answered_at: iso(turn.answeredAt),
        latency_ms: turn.latencyMs,
      })),
    };
  };

  app.get('/conversations/:id', { schema: { params: ConversationParams, response: { 200: Transcript, '4xx': ErrorBody } }, preHandler: readers }, async (request, reply) => {
    const found = await transcript(request.params.id);
    return found ?? reply.code(404).send(notFound(request.params.id));
  });

  app.get('/conversations/:id/export', { schema: { params: ConversationParams, response: { 200: Transcript, '4xx': ErrorBody } }, preHandler: readers }, async (request, reply) => {
    const found = await transcript(request.params.id);
    if (!found) return reply.code(404).send(notFound(request.params.id));
    request.log.info({ conversationId: request.params.id, by: request.user.sub }, 'conversation exported');
    return reply.header('content-disposition', `attachment; filename="conversation-${request.params.id}.json"`).send(found);
  });

  for (const [action, control] of [['handover', 'human'], ['release', 'bot']] as const) {
    app.post(`/conversations/:id/${action}`, { schema: { params: ConversationParams, response: { 200: ControlResponse, '4xx': ErrorBody } }, preHandler: readers }, async (request, reply) => {
      const conversation = await app.db.conversation.findUnique({ where: { id: request.params.id } });
      if (!conversation) return reply.code(404).send(notFound(request.params.id));
      try {
        if (control === 'human') await sendApi.passThreadControl(conversation.psid, app.config.handover.targetAppId, `ecz:operator:${request.user.sub}`);
        else await sendApi.takeThreadControl(conversation.psid, `ecz:operator:${request.user.sub}`);
      } catch (error) {
        // Meta may refuse (the inbox app is not set up): the bot keeps quiet, or speaks again, all the same.
        request.log.warn({ err: error, conversationId: conversation.id }, 'thread control not changed at Meta');
      }
      await app.db.conversation.updateMany({
        where: { id: conversation.id },
        data: control === 'human' ? { control, handedOverAt: new Date() } : { control, handedOverAt: null },
      });
      request.log.info({ conversationId: conversation.id, control, by: request.user.sub }, 'conversation control changed by an operator');
      return { status_code: 200, message: control === 'human' ? 'A person has the conversation: the bot stays silent' : 'The bot answers this conversation again', control };
    });
  }
};
