import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SERVICE_NAME, SERVICE_VERSION } from '../version.ts';

export const indexRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        response: { 200: Type.Object({ status_code: Type.Integer(), name: Type.String(), version: Type.String(), message: Type.String() }) },
      },
    },
    async () => ({
      status_code: 200,
      name: SERVICE_NAME,
      version: SERVICE_VERSION,
      message: 'Welcome to the eCitizen Messenger assistant API',
    }),
  );
};
