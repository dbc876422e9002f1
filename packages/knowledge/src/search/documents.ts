import type { Agency, Dataset, Department, Ministry } from '../dataset/types.ts';
import type { KnowledgeDocument } from './types.ts';

/**
 * Turns the dataset into searchable documents: one per service, FAQ and
 * agency. Services carry their agency's text as context; services of the same
 * agency share one context string rather than a copy each.
 */
export function documentsFromDataset(dataset: Dataset): KnowledgeDocument[] {
  const ministries = new Map(dataset.ministries.map((m) => [m.externalId, m]));
  const departments = new Map(dataset.departments.map((d) => [d.externalId, d]));
  const agencies = new Map(dataset.agencies.map((a) => [a.externalId, a]));
  const contexts = new Map<string, string>();

  const contextFor = (agency: Agency | undefined, department: Department | undefined, ministry: Ministry | undefined): string => {
    const key = `${agency?.externalId ?? ''}|${department?.externalId ?? ''}|${ministry?.externalId ?? ''}`;
    let context = contexts.get(key);
    if (context === undefined) {
      context = joinSentences([agency?.name, agency?.description, department?.name, ministry?.name]);
      contexts.set(key, context);
    }
    return context;
  };

  const documents: KnowledgeDocument[] = [];
  for (const service of dataset.services) {
    const agency = service.agencyId === null ? undefined : agencies.get(service.agencyId);
    const departmentId = service.departmentId ?? agency?.departmentId ?? null;
    const ministryId = service.ministryId ?? agency?.ministryId ?? null;
    documents.push({
      kind: 'service',
      externalId: service.externalId,
      title: service.name,
      url: service.url ?? agency?.url ?? null,
      agency: agency?.name ?? null,
      body: service.description,
      context: contextFor(agency, departmentId === null ? undefined : departments.get(departmentId), ministryId === null ? undefined : ministries.get(ministryId)),
      language: 'en',
      tags: [],
    });
  }
  for (const faq of dataset.faqs) {
    documents.push({
      kind: 'faq',
      externalId: faq.externalId,
      title: faq.question,
      url: null,
      agency: null,
      body: faq.answer,
      context: '',
      language: 'en',
      tags: [],
    });
  }
  for (const agency of dataset.agencies) {
    documents.push({
      kind: 'agency',
      externalId: agency.externalId,
      title: agency.name,
      url: agency.url,
      agency: null,
      body: agency.description,
      context: contextFor(
        undefined,
        agency.departmentId === null ? undefined : departments.get(agency.departmentId),
        agency.ministryId === null ? undefined : ministries.get(agency.ministryId),
      ),
      language: 'en',
      tags: [],
    });
  }
  return documents;
}

function joinSentences(parts: ReadonlyArray<string | undefined>): string {
  return parts
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) => part.replace(/[.\s]+$/, ''))
    .join('. ');
}
