import type { FastifyPluginAsync } from 'fastify';
import { loginRoute } from './login.ts';
import { logoutRoute } from './logout.ts';
import { meRoute } from './me.ts';
import { refreshRoute } from './refresh.ts';
import { registerRoute } from './register.ts';

export const authRoutes: FastifyPluginAsync = async (app) => {
  await app.register(registerRoute);
  await app.register(loginRoute);
  await app.register(logoutRoute);
  await app.register(refreshRoute);
  await app.register(meRoute);
};
