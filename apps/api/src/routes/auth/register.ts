import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { hashPassword, isValidEmail, normaliseEmail } from '@ecitizen/auth';
import { Prisma, type Database, type UserRole } from '@ecitizen/db';
import { sendAuthError } from '../../plugins/authentication.ts';
import { ErrorResponse, MessageResponse, RegisterBody } from './schemas.ts';

/**
 * Registration is closed: the very first user becomes the admin; after that
 * only an admin may add users, choosing their role.
 */
export const registerRoute: FastifyPluginAsyncTypebox = async (app) => {
  const requireAccess = app.requireToken('access');
  const requireAdmin = app.requireRole('admin');

  app.post(
    '/auth/register',
    { schema: { body: RegisterBody, response: { 201: MessageResponse, '4xx': ErrorResponse } } },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      if (!isValidEmail(email)) {
        return reply.code(400).send({ status_code: 400, message: 'email must be a valid email address, like name@example.com' });
      }

      // Without credentials, this can only be the sign-up of the very first user.
      const firstUser = request.headers.authorization === undefined;
      let role: UserRole;
      if (!firstUser) {
        await requireAccess.call(app, request, reply);
        if (reply.sent) return reply;
        await requireAdmin.call(app, request, reply);
        if (reply.sent) return reply;
        role = request.body.role ?? 'agent';
      } else {
        // Cheap refusal before any hashing: once an admin exists, anonymous
        // registration is just a request without credentials.
        if ((await app.db.user.count()) > 0) return sendAuthError(reply, 'Missing Authorization Header');
        role = 'admin';
      }

      const passwordHash = await hashPassword(request.body.password);
      try {
        if (firstUser) {
          if (!(await createFirstAdmin(app.db, email, passwordHash))) return sendAuthError(reply, 'Missing Authorization Header');
        } else {
          await app.db.user.create({ data: { email, passwordHash, role } });
        }
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          return reply.code(409).send({ status_code: 409, message: 'A user with this email already exists' });
        }
        throw error;
      }
      request.log.info({ email, role }, 'user registered');
      return reply.code(201).send({ status_code: 201, message: 'User registration successful' });
    },
  );
};

/**
 * Creates the first admin unless another request got there first. The count
 * and the insert run in one SERIALIZABLE transaction: the count locks the
 * (empty) table's range, so of two racing sign-ups one deadlocks, is rolled
 * back, and on its retry finds the admin the other made.
 */
async function createFirstAdmin(db: Database, email: string, passwordHash: string): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      return await db.$transaction(
        async (tx) => {
          if ((await tx.user.count()) > 0) return false;
          await tx.user.create({ data: { email, passwordHash, role: 'admin' } });
          return true;
        },
        { isolationLevel: 'Serializable' },
      );
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
    }
  }
  return false;
}

function isWriteConflict(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2034') return true;
  return /deadlock|lock wait timeout/i.test(String((error as Error).message));
}
