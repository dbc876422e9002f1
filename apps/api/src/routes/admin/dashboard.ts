import type { FastifyInstance } from 'fastify';
import { dashboardPage, type DashboardData } from './dashboard-page.ts';
import { inProcessApi } from './in-process-api.ts';
import { redirectToLoginWhenSignedOut } from './login-redirect.ts';

/**
 * /admin: the operators' page. Its figures come from the operator API itself
 * (the same routes, called in-process with the visitor's session), so the
 * page can never show other numbers than the API gives.
 */
export async function dashboardRoute(app: FastifyInstance): Promise<void> {
  app.get('/admin', { schema: { hide: true }, preHandler: app.requireToken('access') }, async (request, reply) => {
    const { get } = inProcessApi(app, request);
    const [messages, responses, responseTime, engagement, questions, unanswered, me] = await Promise.all([
      get<{ days: DashboardData['messages'] }>('/metrics/messages_per_day'),
      get<{ days: DashboardData['responses'] }>('/metrics/responses_per_day'),
      get<{ days: DashboardData['responseTime'] }>('/metrics/response_time'),
      get<{ days: DashboardData['engagement'] }>('/metrics/engagement'),
      get<{ questions: DashboardData['questions'] }>('/metrics/most_frequent_questions?limit=8'),
      get<{ questions: DashboardData['unanswered'] }>('/metrics/unanswered_questions?limit=8'),
      get<{ email: string }>('/auth/me'),
    ]);
    return reply.type('text/html; charset=utf-8').send(
      dashboardPage({
        email: me.email,
        messages: messages.days,
        responses: responses.days,
        responseTime: responseTime.days,
        engagement: engagement.days,
        questions: questions.questions,
        unanswered: unanswered.questions,
      }),
    );
  });
  redirectToLoginWhenSignedOut(app, (request) => request.url === '/admin');
}
