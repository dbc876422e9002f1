import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sendAuthError } from '../../plugins/authentication.ts';
import { ErrorResponse, MeResponse } from './schemas.ts';

export const meRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/auth/me', { schema: { response: { 200: MeResponse, '4xx': ErrorResponse } }, preHandler: app.requireToken('access') }, async (request, reply) => {
    const user = await app.db.user.findUnique({ where: { id: Number(request.user.sub) } });
    if (!user) return sendAuthError(reply, 'User no longer exists');
    return { status_code: 200, id: user.id, email: user.email, role: user.role };
  });
};
