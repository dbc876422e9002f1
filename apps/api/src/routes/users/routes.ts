import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { User } from '@ecitizen/db';

const UserView = Type.Object({ id: Type.Integer(), email: Type.String(), role: Type.String(), disabled: Type.Boolean(), created_at: Type.String() });
const ErrorBody = Type.Union([Type.Object({ status_code: Type.Integer(), message: Type.String() }), Type.Object({ msg: Type.String() })]);
const Change = Type.Object(
  {
    role: Type.Optional(Type.Union([Type.Literal('admin'), Type.Literal('agent')])),
    disabled: Type.Optional(Type.Boolean({ description: 'true ends every login of the user at once; false lets them log in again' })),
  },
  { minProperties: 1, additionalProperties: false },
);

const view = (user: User) => ({ id: user.id, email: user.email, role: user.role, disabled: user.disabledAt !== null, created_at: user.createdAt.toISOString() });

/**
 * Admins manage the team: list users, change a role, disable an account
 * (which revokes every login it has) or enable it again. The last active
 * admin cannot be demoted or disabled: someone must be able to manage.
 */
export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const admins = [app.requireToken('access'), app.requireRole('admin')];

  app.get('/users', { schema: { response: { 200: Type.Object({ status_code: Type.Integer(), users: Type.Array(UserView) }), '4xx': ErrorBody } }, preHandler: admins }, async () => {
    const users = await app.db.user.findMany({ orderBy: { id: 'asc' } });
    return { status_code: 200, users: users.map(view) };
  });

  app.patch(
    '/users/:id',
    { schema: { params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), body: Change, response: { 200: Type.Object({ status_code: Type.Integer(), user: UserView }), '4xx': ErrorBody } }, preHandler: admins },
    async (request, reply) => {
      const { id } = request.params;
      const user = await app.db.user.findUnique({ where: { id } });
      if (!user) return reply.code(404).send({ status_code: 404, message: `No user with id ${id}` });
      const losesAdmin = user.role === 'admin' && user.disabledAt === null && (request.body.role === 'agent' || request.body.disabled === true);
      if (losesAdmin) {
        const activeAdmins = await app.db.user.count({ where: { role: 'admin', disabledAt: null } });
        if (activeAdmins <= 1) return reply.code(409).send({ status_code: 409, message: 'This is the last active admin: make another user admin first' });
      }
      const disabling = request.body.disabled === true && user.disabledAt === null;
      const updated = await app.db.user.update({
        where: { id },
        data: {
          ...(request.body.role ? { role: request.body.role } : {}),
          ...(request.body.disabled === undefined ? {} : { disabledAt: request.body.disabled ? (user.disabledAt ?? new Date()) : null }),
        },
      });
      if (disabling) {
        const families = await app.db.tokenFamily.findMany({ where: { userId: id, revokedAt: null }, select: { id: true } });
        for (const family of families) await app.revocations.revokeFamily(family.id, 'admin');
      }
      request.log.info({ userId: id, by: request.user.sub, change: request.body }, 'user changed by an admin');
      return { status_code: 200, user: view(updated) };
    },
  );
};
