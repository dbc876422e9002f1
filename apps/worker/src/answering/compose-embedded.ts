import type { KnowledgeDocument, SearchResult } from '@ecitizen/knowledge';
import type { QuickReply } from '@ecitizen/messenger';
import type { Phrases } from './phrases.ts';
import { HUMAN_AGENT_PAYLOAD, knowledgePayload } from './payloads.ts';

type Entry = Pick<SearchResult, 'kind' | 'title' | 'url' | 'agency' | 'body'>;

/** The answer text for one knowledge entry, in the citizen's language for the fixed words. */
export function describeEntry(entry: Entry, phrases: Phrases): string {
  switch (entry.kind) {
    case 'faq':
      return phrases.faq(entry.body);
    case 'agency':
      return phrases.agency(entry.title, firstSentences(entry.body, 240), entry.url);
    case 'article':
      return phrases.article(entry.body, entry.url);
    default:
      return phrases.service(entry.title, entry.agency, entry.url);
  }
}

function firstSentences(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const end = cut.lastIndexOf('. ');
  return end > 80 ? cut.slice(0, end + 1) : `${cut.trimEnd()}…`;
}

/** Up to two other results worth offering, as quick replies that answer exactly that entry. */
export function alternativesOf(results: SearchResult[], chosen: SearchResult): QuickReply[] {
  const seen = new Set([chosen.title.toLowerCase()]);
  const choices: QuickReply[] = [];
  for (const result of results) {
    if (choices.length === 2) break;
    if (result === chosen || seen.has(result.title.toLowerCase())) continue;
    seen.add(result.title.toLowerCase());
    choices.push({ title: result.title, payload: knowledgePayload(result.kind, result.externalId) });
  }
  return choices;
}

/**
 * When the search is unsure: up to three distinct results, named in full with
 * their agency (quick-reply titles are cut at 20 characters), each a quick
 * reply that answers exactly that entry.
 */
export function suggestionsOf(results: readonly SearchResult[]): { lines: string[]; quickReplies: QuickReply[]; offered: SearchResult[] } {
  const seen = new Set<string>();
  const offered: SearchResult[] = [];
  for (const result of results) {
    if (offered.length === 3) break;
    const key = result.title.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    offered.push(result);
  }
  return {
    lines: offered.map((result, i) => `${i + 1}. ${result.title}${result.agency ? ` (${result.agency})` : ''}`),
    quickReplies: offered.map((result) => ({ title: result.title, payload: knowledgePayload(result.kind, result.externalId) })),
    offered,
  };
}

export function talkToPerson(phrases: Phrases): QuickReply {
  return { title: phrases.talkToPerson, payload: HUMAN_AGENT_PAYLOAD };
}

export function sourceOf(entry: Pick<KnowledgeDocument, 'kind' | 'externalId' | 'title' | 'url'>) {
  return { id: `${entry.kind}:${entry.externalId}`, title: entry.title, ...(entry.url ? { url: entry.url } : {}) };
}
