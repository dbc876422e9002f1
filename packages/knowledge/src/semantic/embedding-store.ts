import type { Database } from '@ecitizen/db';
import { keyOf } from '../search/index-fields.ts';
import type { KnowledgeDocument } from '../search/types.ts';
import type { Embedder } from './embedder.ts';
import { contentHash, embeddingText } from './embedding-text.ts';
import { fromBytes, toBytes } from './vectors.ts';

/** Texts per embeddings request: well under the API's 2,048 inputs and its token limit per request. */
const BATCH = 128;

export interface EmbeddingSyncOptions {
  /** These are all the entries there are: rows of entries not among them are deleted. */
  complete?: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface EmbeddingSyncSummary {
  /** Entries embedded now: new, or their text changed. */
  embedded: number;
  /** Entries whose stored embedding is still that of their text. */
  unchanged: number;
  /** Rows of entries that no longer exist (with `complete`). */
  removed: number;
}

/**
 * Brings the stored embeddings of `embedder.model` in step with the entries:
 * only what is new or changed is sent to the model (a re-import of the same
 * release sends nothing), in batches, each batch written as it arrives so an
 * interrupted run keeps what it paid for.
 */
export async function syncEmbeddings(db: Database, documents: readonly KnowledgeDocument[], embedder: Embedder, options: EmbeddingSyncOptions = {}): Promise<EmbeddingSyncSummary> {
  if (documents.length === 0 && !options.complete) return { embedded: 0, unchanged: 0, removed: 0 };
  // A full sync compares every row; one article's looks up only its own.
  const stored = await db.knowledgeEmbedding.findMany({
    where: options.complete ? { model: embedder.model } : { model: embedder.model, OR: documents.map(({ kind, externalId }) => ({ kind, externalId })) },
    select: { kind: true, externalId: true, contentHash: true },
  });
  const storedHash = new Map(stored.map((row) => [keyOf(row.kind, row.externalId), row.contentHash]));
  const wanted = documents.map((document) => {
    const text = embeddingText(document);
    return { document, text, hash: contentHash(text) };
  });
  const stale = wanted.filter(({ document, hash }) => storedHash.get(keyOf(document.kind, document.externalId)) !== hash);

  let done = 0;
  options.onProgress?.(done, stale.length);
  for (let start = 0; start < stale.length; start += BATCH) {
    const batch = stale.slice(start, start + BATCH);
    const vectors = await embedder.embed(
      batch.map((item) => item.text),
      options.signal,
    );
    await db.$transaction([
      db.knowledgeEmbedding.deleteMany({
        where: { model: embedder.model, OR: batch.map(({ document }) => ({ kind: document.kind, externalId: document.externalId })) },
      }),
      db.knowledgeEmbedding.createMany({
        data: batch.map(({ document, hash }, i) => ({ model: embedder.model, kind: document.kind, externalId: document.externalId, contentHash: hash, vector: toBytes(vectors[i]!) })),
      }),
    ]);
    done += batch.length;
    options.onProgress?.(done, stale.length);
  }

  let removed = 0;
  if (options.complete) {
    const present = new Set(documents.map((document) => keyOf(document.kind, document.externalId)));
    const gone = stored.filter((row) => !present.has(keyOf(row.kind, row.externalId)));
    for (let start = 0; start < gone.length; start += BATCH) {
      const batch = gone.slice(start, start + BATCH);
      const result = await db.knowledgeEmbedding.deleteMany({ where: { model: embedder.model, OR: batch.map((row) => ({ kind: row.kind, externalId: row.externalId })) } });
      removed += result.count;
    }
  }
  return { embedded: stale.length, unchanged: wanted.length - stale.length, removed };
}

/** The stored vectors of one model, by "kind:externalId". */
export async function loadEmbeddings(db: Database, model: string, only?: readonly KnowledgeDocument[]): Promise<Map<string, Float32Array>> {
  const where = only === undefined ? { model } : { model, OR: only.map((document) => ({ kind: document.kind, externalId: document.externalId })) };
  if (only !== undefined && only.length === 0) return new Map();
  const rows = await db.knowledgeEmbedding.findMany({ where, select: { kind: true, externalId: true, vector: true } });
  return new Map(rows.map((row) => [keyOf(row.kind, row.externalId), fromBytes(row.vector)]));
}
