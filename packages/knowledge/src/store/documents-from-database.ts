import type { Database, KnowledgeArticle } from '@ecitizen/db';
import type { Dataset } from '../dataset/types.ts';
import { documentsFromDataset } from '../search/documents.ts';
import type { KnowledgeDocument } from '../search/types.ts';

/** How an article is named in search results and turns. */
export function articleExternalId(id: number): string {
  return `article-${id}`;
}

interface ArticleLink {
  title?: string;
  url: string;
}

/** An operator's article as the search index takes it: its question is the title, its first link the url. */
export function documentFromArticle(article: Pick<KnowledgeArticle, 'id' | 'question' | 'answer' | 'links' | 'language' | 'tags'>): KnowledgeDocument {
  const links = (Array.isArray(article.links) ? article.links : []) as unknown as ArticleLink[];
  const tags = (Array.isArray(article.tags) ? article.tags : []) as unknown as string[];
  return {
    kind: 'article',
    externalId: articleExternalId(article.id),
    title: article.question,
    url: links[0]?.url ?? null,
    agency: null,
    body: article.answer,
    context: tags.join(' '),
    language: article.language === 'sw' ? 'sw' : 'en',
    tags,
  };
}

/** The imported dataset as it is stored (problems were reported at import). */
export async function datasetFromDatabase(db: Database): Promise<Dataset> {
  const [ministries, departments, agencies, services, faqs] = await Promise.all([
    db.kbMinistry.findMany({ select: { externalId: true, name: true, description: true, url: true } }),
    db.kbDepartment.findMany({ select: { externalId: true, ministryId: true, name: true, url: true } }),
    db.kbAgency.findMany({ select: { externalId: true, ministryId: true, departmentId: true, name: true, description: true, url: true, logoUrl: true } }),
    db.kbService.findMany({ select: { externalId: true, agencyId: true, departmentId: true, ministryId: true, name: true, url: true, description: true } }),
    db.kbFaq.findMany({ select: { externalId: true, question: true, answer: true } }),
  ]);
  return {
    ministries,
    departments: departments.map((row) => ({ ...row, ministryId: row.ministryId ?? '' })),
    agencies,
    services,
    faqs,
    problems: [],
  };
}

/** Everything the bot searches: the dataset and the operators' live articles. */
export async function knowledgeDocuments(db: Database): Promise<KnowledgeDocument[]> {
  const [dataset, articles] = await Promise.all([datasetFromDatabase(db), db.knowledgeArticle.findMany({ where: { deletedAt: null } })]);
  return [...documentsFromDataset(dataset), ...articles.map(documentFromArticle)];
}
