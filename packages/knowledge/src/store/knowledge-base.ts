import { LRUCache } from 'lru-cache';
import type { Database } from '@ecitizen/db';
import { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { KnowledgeDocument, KnowledgeKind, SearchOptions, SearchResult } from '../search/types.ts';
import { articleExternalId, documentFromArticle, knowledgeDocuments } from './documents-from-database.ts';

const ARTICLE_OVERLAP_MS = 5000;
/**
 * Searches remembered: citizens ask the same few things over and over
 * ("renew driving licence"), and a search costs about a millisecond of CPU.
 * Any change to the index forgets them all.
 */
const CACHED_SEARCHES = 2000;

export interface KnowledgeBaseOptions {
  /** How often to look for a new import or changed articles (ms); 0 never looks. */
  refreshMs?: number;
  log?: { info(details: object, message: string): void; warn(details: object, message: string): void };
}

/**
 * The search index of one process, kept in step with MySQL: every api and
 * worker process holds its own (search stays in memory, under 5 ms), and each
 * follows changes made anywhere. A new import (the dataset revision) rebuilds
 * the index; an article changed or deleted (tombstoned) by any api process is
 * applied on the next refresh, or at once by the process that changed it.
 */
export class KnowledgeBase {
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  private documents = new Map<string, KnowledgeDocument>();
  private readonly cache = new LRUCache<string, SearchResult[]>({ max: CACHED_SEARCHES });

  private constructor(
    private readonly db: Database,
    private index: KnowledgeIndex,
    private datasetRevision: number,
    private articlesSeenUntil: Date,
    private readonly options: KnowledgeBaseOptions,
  ) {}

  static async open(db: Database, options: KnowledgeBaseOptions = {}): Promise<KnowledgeBase> {
    const revision = await currentRevision(db);
    const startedAt = await latestArticleChange(db);
    const documents = await knowledgeDocuments(db);
    const index = KnowledgeIndex.build(documents);
    options.log?.info({ documents: index.size, revision }, 'knowledge index built');
    const base = new KnowledgeBase(db, index, revision, startedAt, options);
    base.documents = byKey(documents);
    if (options.refreshMs) {
      base.timer = setInterval(() => void base.refresh().catch((error: unknown) => options.log?.warn({ err: error }, 'knowledge refresh failed')), options.refreshMs);
      base.timer.unref();
    }
    return base;
  }

  get size(): number {
    return this.index.size;
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const key = `${options.limit ?? ''}|${options.kinds?.join(',') ?? ''}|${query.trim().toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const results = this.index.search(query, options);
    this.cache.set(key, results);
    return results;
  }

  /** One entry by its kind and id (a quick reply naming it), if it still exists. */
  get(kind: KnowledgeKind, externalId: string): KnowledgeDocument | undefined {
    return this.documents.get(`${kind}:${externalId}`);
  }

  /** Applies one article at once in this process (the one that just wrote it). */
  applyArticle(article: Parameters<typeof documentFromArticle>[0] & { deletedAt: Date | null }): void {
    this.cache.clear();
    if (article.deletedAt) {
      this.index.remove('article', articleExternalId(article.id));
      this.documents.delete(`article:${articleExternalId(article.id)}`);
    } else {
      const document = documentFromArticle(article);
      this.index.upsert(document);
      this.documents.set(`article:${document.externalId}`, document);
    }
  }

  /** Picks up what other processes changed since the last look. */
  refresh(): Promise<void> {
    this.refreshing ??= this.catchUp().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  close(): void {
    clearInterval(this.timer);
  }

  private async catchUp(): Promise<void> {
    const revision = await currentRevision(this.db);
    if (revision !== this.datasetRevision) {
      const seenUntil = await latestArticleChange(this.db);
      const documents = await knowledgeDocuments(this.db);
      const index = KnowledgeIndex.build(documents);
      this.index = index;
      this.documents = byKey(documents);
      this.cache.clear();
      this.datasetRevision = revision;
      this.articlesSeenUntil = seenUntil;
      this.options.log?.info({ documents: index.size, revision }, 'knowledge index rebuilt after an import');
    } else {
      // Timestamps are the database's, compared with the database's; the overlap
      // covers a write that committed after a later-stamped one was seen.
      const since = new Date(this.articlesSeenUntil.getTime() - ARTICLE_OVERLAP_MS);
      const changed = await this.db.knowledgeArticle.findMany({ where: { updatedAt: { gte: since } } });
      for (const article of changed) {
        this.applyArticle(article);
        if (article.updatedAt > this.articlesSeenUntil) this.articlesSeenUntil = article.updatedAt;
      }
    }
  }
}

function byKey(documents: KnowledgeDocument[]): Map<string, KnowledgeDocument> {
  return new Map(documents.map((document) => [`${document.kind}:${document.externalId}`, document]));
}

async function currentRevision(db: Database): Promise<number> {
  const state = await db.knowledgeState.findUnique({ where: { id: 1 } });
  return state?.datasetRevision ?? 0;
}

async function latestArticleChange(db: Database): Promise<Date> {
  const latest = await db.knowledgeArticle.aggregate({ _max: { updatedAt: true } });
  return latest._max.updatedAt ?? new Date(0);
}
