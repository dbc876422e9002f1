import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import pino, { type DestinationStream } from 'pino';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '@ecitizen/config';
import { loggerOptions } from './logger.ts';
import { requestValidatorCompiler } from './request-validation.ts';
import { authentication } from './plugins/authentication.ts';
import { apiDocs } from './plugins/api-docs.ts';
import { errorHandler } from './plugins/error-handler.ts';
import { securityHeaders } from './plugins/security-headers.ts';
import { infrastructure } from './plugins/infrastructure.ts';
import { loginThrottle } from './plugins/login-throttle.ts';
import { knowledge } from './plugins/knowledge.ts';
import { metrics } from './plugins/metrics.ts';
import { queues } from './plugins/queues.ts';
import { webhookRelay } from './plugins/webhook-relay.ts';
import { rateLimiting } from './plugins/rate-limit.ts';
import { requestId } from './plugins/request-id.ts';
import { authRoutes } from './routes/auth/index.ts';
import { dataDeletionRoutes } from './routes/facebook/data-deletion.ts';
import { conversationPages } from './routes/admin/conversations.ts';
import { dashboardRoute } from './routes/admin/dashboard.ts';
import { queueDashboard } from './routes/admin/queue-dashboard.ts';
import { sessionRoutes } from './routes/admin/session.ts';
import { healthRoutes } from './routes/health/health.ts';
import { indexRoute } from './routes/index-route.ts';
import { conversationRoutes } from './routes/conversations/routes.ts';
import { knowledgeRoutes } from './routes/knowledge/index.ts';
import { userRoutes } from './routes/users/routes.ts';
import { operatorMetricsRoutes } from './routes/operator-metrics/routes.ts';
import { webhookRoutes } from './routes/webhook/webhook.ts';

export const API_PREFIX = '/api/v1/chatbot';

/** JSON bodies of this API are small; a larger one is a mistake or an attack. */
const BODY_LIMIT_BYTES = 16 * 1024;

/** Builds the api without listening, so tests can `inject` and main.ts can `listen`. */
export async function buildApp(config: Config, options: { logStream?: DestinationStream } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    // Tests pass a stream to read what would be logged.
    // Asynchronous stdout: a synchronous write per log line stalls the event
    // loop whenever the log reader is slow. pino flushes it on exit.
    loggerInstance: pino(loggerOptions(config), options.logStream ?? pino.destination({ dest: 1, sync: false })) as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(requestValidatorCompiler());

  for (const warning of config.warnings) app.log.warn(warning);

  await app.register(errorHandler);
  await app.register(securityHeaders);
  await app.register(apiDocs);
  await app.register(requestId);
  await app.register(infrastructure, { config });
  await app.register(rateLimiting);
  await app.register(loginThrottle);
  await app.register(authentication);
  await app.register(queues);
  await app.register(webhookRelay);
  await app.register(knowledge);
  await app.register(metrics);

  // Probes live at the root, where orchestrators look for them; operator pages under /admin.
  await app.register(healthRoutes);
  await app.register(sessionRoutes);
  await app.register(queueDashboard);
  await app.register(dashboardRoute);
  await app.register(conversationPages);
  await app.register(
    async (api) => {
      await api.register(indexRoute);
      await api.register(authRoutes);
      await api.register(webhookRoutes);
      await api.register(dataDeletionRoutes);
      await api.register(knowledgeRoutes);
      await api.register(operatorMetricsRoutes);
      await api.register(conversationRoutes);
      await api.register(userRoutes);
    },
    { prefix: API_PREFIX },
  );
  return app;
}
