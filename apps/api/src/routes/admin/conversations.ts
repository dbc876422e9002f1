import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { conversationListPage, transcriptPage, type ConversationList, type TranscriptData } from './conversation-pages.ts';
import { inProcessApi } from './in-process-api.ts';
import { redirectToLoginWhenSignedOut } from './login-redirect.ts';

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const Filters = Type.Object({
  control: Type.Optional(Type.String()),
  q: Type.Optional(Type.String()),
  from: Type.Optional(Type.String()),
  to: Type.Optional(Type.String()),
  page: Type.Optional(Type.String()),
  done: Type.Optional(Type.String()),
});

const NOTICES: Record<string, string> = {
  handover: 'You have the conversation: the bot stays silent until you give it back. Answer the citizen from the page inbox.',
  release: 'The bot answers this conversation again.',
};

/**
 * /admin/conversations: the conversations list and one conversation's
 * transcript, with the buttons to take it over or give it back. Like /admin,
 * everything goes through the operator API with the visitor's session.
 */
export async function conversationPages(app: FastifyInstance): Promise<void> {
  // The buttons are HTML forms (the pages run no script).
  await app.register(formbody);
  const verify = app.requireToken('access');
  const signedIn = async (request: Parameters<typeof verify>[0], reply: Parameters<typeof verify>[1]) => verify.call(app, request, reply);

  app.get<{ Querystring: Static<typeof Filters> }>('/admin/conversations', { schema: { hide: true, querystring: Filters }, preHandler: signedIn }, async (request, reply) => {
    const api = inProcessApi(app, request);
    // Only what the form sets, passed on as is: the API validates it and says what is wrong.
    const { done: _done, ...filters } = request.query;
    const chosen = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
    const params = new URLSearchParams({ ...chosen, per_page: '25' });
    try {
      const [list, me] = await Promise.all([api.get<ConversationList>(`/conversations?${params.toString()}`), api.get<{ email: string }>('/auth/me')]);
      return reply.type('text/html; charset=utf-8').send(conversationListPage(me.email, list, chosen));
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 400) return reply.code(400).send({ status_code: 400, message: 'Those filters are not valid: dates as YYYY-MM-DD, page a number' });
      throw error;
    }
  });

  app.get<{ Params: Static<typeof Params>; Querystring: Static<typeof Filters> }>(
    '/admin/conversations/:id',
    { schema: { hide: true, params: Params, querystring: Filters }, preHandler: signedIn },
    async (request, reply) => {
      const api = inProcessApi(app, request);
      try {
        const [transcript, me] = await Promise.all([api.get<TranscriptData>(`/conversations/${request.params.id}`), api.get<{ email: string }>('/auth/me')]);
        const notice = request.query.done ? (NOTICES[request.query.done] ?? null) : null;
        return reply.type('text/html; charset=utf-8').send(transcriptPage(me.email, transcript, notice));
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 404) return reply.code(404).send({ status_code: 404, message: `No conversation ${request.params.id}` });
        throw error;
      }
    },
  );

  for (const action of ['handover', 'release'] as const) {
    app.post<{ Params: Static<typeof Params> }>(`/admin/conversations/:id/${action}`, { schema: { hide: true, params: Params }, preHandler: signedIn }, async (request, reply) => {
      const result = await inProcessApi(app, request).post(`/conversations/${request.params.id}/${action}`);
      if (result.statusCode !== 200) return reply.code(result.statusCode).send({ status_code: result.statusCode, message: result.body.message ?? 'Not changed' });
      // Post/redirect/get: reloading the page does not repeat the action.
      return reply.code(303).header('location', `/admin/conversations/${request.params.id}?done=${action}`).send();
    });
  }

  redirectToLoginWhenSignedOut(app, (request) => request.url.startsWith('/admin/conversations'));
}
