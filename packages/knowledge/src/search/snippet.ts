import type { KnowledgeDocument } from './types.ts';

export const SNIPPET_MAX = 160;

/** The one line a chat reply can show for a result. */
export function snippetOf(document: Pick<KnowledgeDocument, 'kind' | 'title' | 'agency' | 'body'>): string {
  if (document.kind === 'service') {
    return truncate(document.agency ? `${document.title} — ${document.agency}` : document.title);
  }
  return truncate(document.body.trim() === '' ? document.title : document.body);
}

export function truncate(text: string, max = SNIPPET_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.—-]+$/, '')}…`;
}
