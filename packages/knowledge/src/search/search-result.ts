import { snippetOf } from './snippet.ts';
import type { KnowledgeDocument, SearchResult } from './types.ts';

type Scores = Pick<SearchResult, 'score' | 'confidence' | 'knownCoverage' | 'evidence' | 'similarity'>;

/** A knowledge entry as a search result, with how it was scored. */
export function searchResult(document: KnowledgeDocument, scores: Scores): SearchResult {
  const { kind, externalId, title, url, agency, body } = document;
  return { externalId, kind, title, url, agency, ...scores, snippet: snippetOf(document), body };
}
