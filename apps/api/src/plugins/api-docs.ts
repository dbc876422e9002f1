import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { SERVICE_NAME, SERVICE_VERSION } from '../version.ts';

/**
 * OpenAPI documentation built from the routes' own schemas (@fastify/swagger),
 * so it cannot drift from what the API validates, browsable at /docs and as
 * JSON at /docs/json. Registered before the routes, which it collects.
 */
export const apiDocs = fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: SERVICE_NAME,
          version: SERVICE_VERSION,
          description: 'The eCitizen Messenger assistant: operators\' authentication, knowledge, the Messenger webhook and probes.',
        },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
        security: [{ bearer: [] }],
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null } as never, staticCSP: false });
  },
  { name: 'api-docs' },
);
