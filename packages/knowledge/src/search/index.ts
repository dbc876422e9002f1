export type { KnowledgeDocument, KnowledgeKind, SearchOptions, SearchResult } from './types.ts';
export { KNOWLEDGE_KINDS } from './types.ts';
export { documentsFromDataset } from './documents.ts';
export { KnowledgeIndex } from './knowledge-index.ts';
export { searchResult } from './search-result.ts';
export { CONFIDENCE_THRESHOLD, isConfident, isWorthSuggesting } from './confidence.ts';
export { SYNONYM_GROUPS, type SynonymGroup } from './synonyms.ts';
export { searchMessage, type MessageSearch, type Search } from './message.ts';
