// What each indexed field of a document contains. MiniSearch reads fields
// through `fieldText`, so derived text (agency initials, agency jargon) is
// indexed without being stored on the document.
import { acronymOf } from './acronyms.ts';
import { lexicon } from './lexicon.ts';
import type { KnowledgeDocument } from './types.ts';

/** Field boosts: the title says what a thing is, the agency's text only where it lives. */
export const FIELD_BOOST = { title: 3, tags: 2, agency: 1, body: 1, context: 0.25 } as const;
export const FIELDS = Object.keys(FIELD_BOOST);

/** The key of an entry, "kind:externalId": the index's, the stored embeddings' and the knowledge base's. */
export function keyOf(kind: string, externalId: string): string {
  return `${kind}:${externalId}`;
}

export function fieldText(document: KnowledgeDocument, field: string): string {
  switch (field) {
    case 'key':
      return keyOf(document.kind, document.externalId);
    case 'title': {
      // NTSA's "Registration Certificate" is the logbook (see SynonymGroup.agencyTerms).
      const aliases = document.kind === 'service' ? lexicon.agencyAliases(document.agency, document.title) : [];
      return aliases.length === 0 ? document.title : `${document.title} ${aliases.join(' ')}`;
    }
    case 'agency':
      // An agency's own page is found by its initials too; a service by its agency's name and initials.
      if (document.kind === 'agency') return acronymOf(document.title);
      return document.agency === null ? '' : `${document.agency} ${acronymOf(document.agency)}`;
    case 'body':
      return document.body;
    case 'context':
      return document.context;
    case 'tags':
      return document.tags.join(' ');
    default:
      return '';
  }
}
