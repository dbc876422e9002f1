import { createHash } from 'node:crypto';
import type { KnowledgeDocument } from '../search/types.ts';

/** Characters of body and agency context embedded: the gist, not every word of a long FAQ. */
const BODY_CHARS = 600;
const CONTEXT_CHARS = 300;

/** What is embedded for an entry: what it is, who offers it, and the start of its text. */
export function embeddingText(document: KnowledgeDocument): string {
  return [document.title, document.agency ? `Offered by ${document.agency}.` : '', document.body.slice(0, BODY_CHARS), document.context.slice(0, CONTEXT_CHARS)]
    .filter((part) => part.trim() !== '')
    .join('\n');
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
