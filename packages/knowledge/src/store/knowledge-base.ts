import { LRUCache } from 'lru-cache';
import type { Database } from '@ecitizen/db';
import { keyOf } from '../search/index-fields.ts';
import { KnowledgeIndex } from '../search/knowledge-index.ts';
import { searchResult } from '../search/search-result.ts';
import type { Embedder } from '../semantic/embedder.ts';
import { loadEmbeddings, syncEmbeddings } from '../semantic/embedding-store.ts';
import { cosine } from '../semantic/vectors.ts';
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
  /**
   * Embeddings for search by meaning. The dataset's are computed by the
   * import; this process embeds only the articles it sees change.
   */
  embedder?: Embedder | null;
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
  /** Embeddings by "kind:externalId", of options.embedder's model; empty without one. */
  private vectors = new Map<string, Float32Array>();
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
    await base.loadVectors();
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

  /** Whether search by meaning is possible: an embedder, and embeddings to compare with. */
  get semantic(): boolean {
    return Boolean(this.options.embedder) && this.vectors.size > 0;
  }

  /**
   * The entries nearest in meaning to the query (cosine of embeddings), best
   * first; [] without embeddings. One embeddings call for the query, then a
   * scan of every vector (a few milliseconds for the whole dataset).
   */
  async searchByMeaning(query: string, options: { limit?: number; signal?: AbortSignal } = {}): Promise<SearchResult[]> {
    const embedder = this.options.embedder;
    if (!embedder || this.vectors.size === 0 || query.trim() === '') return [];
    const [vector] = await embedder.embed([query], options.signal);
    const limit = options.limit ?? 5;
    const best: Array<{ key: string; similarity: number }> = [];
    for (const [key, candidate] of this.vectors) {
      const similarity = cosine(vector!, candidate);
      if (best.length < limit || similarity > best[best.length - 1]!.similarity) {
        best.push({ key, similarity });
        best.sort((a, b) => b.similarity - a.similarity);
        if (best.length > limit) best.pop();
      }
    }
    return best.flatMap(({ key, similarity }) => {
      const document = this.documents.get(key);
      return document === undefined ? [] : [searchResult(document, { score: similarity, similarity, confidence: 0, knownCoverage: 0, evidence: 0 })];
    });
  }

  /** One entry by its kind and id (a quick reply naming it), if it still exists. */
  get(kind: KnowledgeKind, externalId: string): KnowledgeDocument | undefined {
    return this.documents.get(keyOf(kind, externalId));
  }

  /** Applies one article at once in this process (the one that just wrote it). */
  applyArticle(article: Parameters<typeof documentFromArticle>[0] & { deletedAt: Date | null }): void {
    this.cache.clear();
    if (article.deletedAt) {
      const externalId = articleExternalId(article.id);
      this.index.remove('article', externalId);
      this.documents.delete(keyOf('article', externalId));
      this.vectors.delete(keyOf('article', externalId));
    } else {
      const document = documentFromArticle(article);
      this.index.upsert(document);
      this.documents.set(keyOf(document.kind, document.externalId), document);
      void this.embedArticle(document);
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

  private async loadVectors(): Promise<void> {
    const embedder = this.options.embedder;
    if (!embedder) return;
    this.vectors = await loadEmbeddings(this.db, embedder.model);
    const missing = this.documents.size - this.vectors.size;
    if (missing > 0) {
      this.options.log?.warn(
        { model: embedder.model, embedded: this.vectors.size, missing },
        'some knowledge entries have no embedding: run pnpm kb:import with OPENAI_EMBEDDING_MODEL set to compute them',
      );
    } else {
      this.options.log?.info({ model: embedder.model, embedded: this.vectors.size }, 'knowledge embeddings loaded');
    }
  }

  // An article changed here or elsewhere: its embedding is computed once
  // (whoever comes first; the content hash tells the others it is done).
  private async embedArticle(document: KnowledgeDocument): Promise<void> {
    const embedder = this.options.embedder;
    if (!embedder) return;
    try {
      await syncEmbeddings(this.db, [document], embedder);
      const [vector] = (await loadEmbeddings(this.db, embedder.model, [document])).values();
      const key = keyOf(document.kind, document.externalId);
      if (vector !== undefined && this.documents.get(key) === document) this.vectors.set(key, vector);
    } catch (error) {
      this.options.log?.warn({ err: error, article: document.externalId }, 'article not embedded: it is found by its words only');
    }
  }

  private async catchUp(): Promise<void> {
    const revision = await currentRevision(this.db);
    if (revision !== this.datasetRevision) {
      const seenUntil = await latestArticleChange(this.db);
      const documents = await knowledgeDocuments(this.db);
      const index = KnowledgeIndex.build(documents);
      this.index = index;
      this.documents = byKey(documents);
      await this.loadVectors();
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
  return new Map(documents.map((document) => [keyOf(document.kind, document.externalId), document]));
}

async function currentRevision(db: Database): Promise<number> {
  const state = await db.knowledgeState.findUnique({ where: { id: 1 } });
  return state?.datasetRevision ?? 0;
}

async function latestArticleChange(db: Database): Promise<Date> {
  const latest = await db.knowledgeArticle.aggregate({ _max: { updatedAt: true } });
  return latest._max.updatedAt ?? new Date(0);
}
