import { Type, type Static } from 'typebox';

export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 500, description: 'What a citizen would type: English, Swahili, abbreviations and typos are fine' }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 5 })),
});
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchResult = Type.Object({
  external_id: Type.String({ description: "The dataset's id (service, faq, agency) or article-<id>" }),
  kind: Type.Union([Type.Literal('service'), Type.Literal('faq'), Type.Literal('agency'), Type.Literal('article')]),
  title: Type.String(),
  url: Type.Union([Type.String(), Type.Null()]),
  agency: Type.Union([Type.String(), Type.Null()]),
  score: Type.Number(),
  snippet: Type.String(),
});

export const SearchResponse = Type.Object({ status_code: Type.Integer(), results: Type.Array(SearchResult) });

const Link = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  url: Type.String({ minLength: 8, maxLength: 1024, pattern: '^https?://', description: 'An http(s) address' }),
});

export const ArticleBody = Type.Object({
  question: Type.String({ minLength: 3, maxLength: 500, description: 'How a citizen would ask it' }),
  answer: Type.String({ minLength: 1, maxLength: 5000 }),
  links: Type.Array(Link, { maxItems: 10, default: [] }),
  language: Type.Union([Type.Literal('en'), Type.Literal('sw')], { default: 'en' }),
  tags: Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 20, default: [] }),
});
export type ArticleBody = Static<typeof ArticleBody>;

export const Article = Type.Object({
  id: Type.Integer(),
  external_id: Type.String(),
  question: Type.String(),
  answer: Type.String(),
  links: Type.Array(Type.Object({ title: Type.String(), url: Type.String() })),
  language: Type.String(),
  tags: Type.Array(Type.String()),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
});

export const ArticleParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const ArticleListQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});

export const ArticleResponse = Type.Object({ status_code: Type.Integer(), article: Article });
export const ArticleListResponse = Type.Object({ status_code: Type.Integer(), total: Type.Integer(), articles: Type.Array(Article) });
export const KnowledgeError = Type.Union([Type.Object({ status_code: Type.Integer(), message: Type.String() }), Type.Object({ msg: Type.String() })]);
