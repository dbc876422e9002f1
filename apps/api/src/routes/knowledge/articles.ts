import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { KnowledgeArticle } from '@ecitizen/db';
import { articleExternalId } from '@ecitizen/knowledge/store';
import { ArticleBody, ArticleListQuery, ArticleListResponse, ArticleParams, ArticleResponse, KnowledgeError } from './schemas.ts';

function present(article: KnowledgeArticle) {
  return {
    id: article.id,
    external_id: articleExternalId(article.id),
    question: article.question,
    answer: article.answer,
    links: article.links as Array<{ title: string; url: string }>,
    language: article.language,
    tags: article.tags as string[],
    created_at: article.createdAt.toISOString(),
    updated_at: article.updatedAt.toISOString(),
  };
}

const notFound = (id: number) => ({ status_code: 404, message: `No knowledge article with id ${id}` });

/**
 * Operators' own answers, searched beside the dataset. Agents read, admins
 * write. A change is searchable at once in this process and within the
 * refresh interval in every other (deletes keep a tombstone for that).
 */
export const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const readers = app.requireToken('access');
  const writers = [readers, app.requireRole('admin')];

  app.get('/knowledge/articles', { schema: { querystring: ArticleListQuery, response: { 200: ArticleListResponse, '4xx': KnowledgeError } }, preHandler: readers }, async (request) => {
    const where = { deletedAt: null };
    const [total, articles] = await Promise.all([
      app.db.knowledgeArticle.count({ where }),
      app.db.knowledgeArticle.findMany({ where, orderBy: { id: 'desc' }, take: request.query.limit ?? 20, skip: request.query.offset ?? 0 }),
    ]);
    return { status_code: 200, total, articles: articles.map(present) };
  });

  app.get('/knowledge/articles/:id', { schema: { params: ArticleParams, response: { 200: ArticleResponse, '4xx': KnowledgeError } }, preHandler: readers }, async (request, reply) => {
    const article = await app.db.knowledgeArticle.findFirst({ where: { id: request.params.id, deletedAt: null } });
    if (!article) return reply.code(404).send(notFound(request.params.id));
    return { status_code: 200, article: present(article) };
  });

  app.post('/knowledge/articles', { schema: { body: ArticleBody, response: { 201: ArticleResponse, '4xx': KnowledgeError } }, preHandler: writers }, async (request, reply) => {
    const userId = Number(request.user.sub);
    const article = await app.db.knowledgeArticle.create({
      data: { ...articleData(request.body), createdById: userId, updatedById: userId },
    });
    (await app.knowledge()).applyArticle(article);
    request.log.info({ articleId: article.id }, 'knowledge article created');
    return reply.code(201).send({ status_code: 201, article: present(article) });
  });

  app.put(
    '/knowledge/articles/:id',
    { schema: { params: ArticleParams, body: ArticleBody, response: { 200: ArticleResponse, '4xx': KnowledgeError } }, preHandler: writers },
    async (request, reply) => {
      const { count } = await app.db.knowledgeArticle.updateMany({
        where: { id: request.params.id, deletedAt: null },
        data: { ...articleData(request.body), updatedById: Number(request.user.sub) },
      });
      if (count === 0) return reply.code(404).send(notFound(request.params.id));
      const article = await app.db.knowledgeArticle.findUniqueOrThrow({ where: { id: request.params.id } });
      (await app.knowledge()).applyArticle(article);
      return { status_code: 200, article: present(article) };
    },
  );

  app.delete('/knowledge/articles/:id', { schema: { params: ArticleParams, response: { 200: ArticleResponse, '4xx': KnowledgeError } }, preHandler: writers }, async (request, reply) => {
    const { count } = await app.db.knowledgeArticle.updateMany({
      where: { id: request.params.id, deletedAt: null },
      data: { deletedAt: new Date(), updatedById: Number(request.user.sub) },
    });
    if (count === 0) return reply.code(404).send(notFound(request.params.id));
    const article = await app.db.knowledgeArticle.findUniqueOrThrow({ where: { id: request.params.id } });
    (await app.knowledge()).applyArticle(article);
    return { status_code: 200, article: present(article) };
  });
};

function articleData(body: ArticleBody) {
  return { question: body.question.trim(), answer: body.answer.trim(), links: body.links ?? [], language: body.language ?? 'en', tags: body.tags ?? [] };
}
