export type KnowledgeKind = 'service' | 'faq' | 'agency' | 'article';

export const KNOWLEDGE_KINDS: readonly KnowledgeKind[] = ['service', 'faq', 'agency', 'article'];

/** Something the bot can point a citizen to. */
export interface KnowledgeDocument {
  kind: KnowledgeKind;
  externalId: string;
  title: string;
  url: string | null;
  /** Agency name (for services), null otherwise. */
  agency: string | null;
  /** FAQ answer, agency description, article answer; '' for services. */
  body: string;
  /** Extra text that helps matching: agency name and description, ministry, department. */
  context: string;
  language: 'en' | 'sw' | null;
  tags: string[];
}

export interface SearchResult {
  externalId: string;
  kind: KnowledgeKind;
  title: string;
  url: string | null;
  agency: string | null;
  /** Ranking score (higher is better); only comparable within one search. */
  score: number;
  /** 0..1: how much of what the query asks for this result covers. */
  confidence: number;
  /**
   * 0..1: the same share counting only the query's words the catalogue uses
   * ("vitz", "holiday", "bought" in a long message are no need a service can meet).
   */
  knownCoverage: number;
  /** How many of the query's needs this result covers, each weighted by how telling it is. */
  evidence: number;
  /** Cosine of the query's and the entry's embeddings, when found by meaning (semantic search). */
  similarity?: number;
  /** One short human-readable line (at most 160 characters). */
  snippet: string;
  body: string;
}

export interface SearchOptions {
  /** Results to return: default 5, at most 50. */
  limit?: number;
  /** Only these kinds; omitted or empty means all. */
  kinds?: KnowledgeKind[];
}
