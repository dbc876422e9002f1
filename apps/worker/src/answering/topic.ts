import { SYNONYM_GROUPS } from '@ecitizen/knowledge';

// Words that say a message is about government services even when search
// found nothing good: the synonym table's concepts, plus the portal's own words.
const GENERAL = ['ecitizen', 'government', 'serikali', 'service', 'services', 'huduma', 'apply', 'application', 'ombi', 'certificate', 'cheti', 'permit', 'kibali', 'licence', 'license', 'leseni', 'registration', 'register', 'usajili', 'account', 'akaunti', 'payment', 'malipo', 'fee', 'ada', 'office', 'ofisi', 'county', 'kaunti', 'ministry', 'wizara'];

const words = new Set<string>(GENERAL);
const roots: string[] = [];
for (const group of SYNONYM_GROUPS) {
  if (group.marker) continue;
  for (const term of group.terms) {
    if (term.startsWith('-')) roots.push(term.slice(1).toLowerCase());
    else for (const word of term.toLowerCase().split(/\s+/)) if (word.length >= 3) words.add(word);
  }
}

/**
 * Whether a message is about something eCitizen could serve. When search finds
 * nothing good, this tells "I could not find it" (offer other words, or a
 * person) from "that is not what I am for" (a polite redirect).
 */
export function mentionsGovernmentService(text: string): boolean {
  const tokens = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9-]+/).filter(Boolean);
  return tokens.some((token) => words.has(token) || words.has(token.replace(/s$/, '')) || roots.some((root) => root.length >= 3 && token.endsWith(root)));
}
