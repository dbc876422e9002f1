import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface InProcessApi {
  get<T>(path: string): Promise<T>;
  /** Answers with the status and body, whatever they are: a page shows a refusal, it does not fail on it. */
  post(path: string): Promise<{ statusCode: number; body: { message?: string } }>;
}

/**
 * The operator API as the person at an operator page may use it: its own
 * routes, called in-process with the visitor's session cookie, so a page
 * shows exactly what the API gives and can do only what the API allows them.
 */
export function inProcessApi(app: FastifyInstance, request: FastifyRequest): InProcessApi {
  const cookie = request.headers.cookie ?? '';
  return {
    async get<T>(path: string): Promise<T> {
      const response = await app.inject({ method: 'GET', url: `/api/v1/chatbot${path}`, headers: { cookie } });
      if (response.statusCode !== 200) throw Object.assign(new Error(`${path} answered ${response.statusCode}`), { statusCode: response.statusCode });
      return response.json() as T;
    },
    async post(path: string) {
      const response = await app.inject({ method: 'POST', url: `/api/v1/chatbot${path}`, headers: { cookie } });
      return { statusCode: response.statusCode, body: response.json() as { message?: string } };
    },
  };
}
