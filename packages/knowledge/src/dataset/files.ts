// How each dataset file maps onto the public record types. Column names follow
// the dataset's schema.md; every column listed here must be in the header.
import { cleanText, optionalId, optionalUrl, requiredId, requiredText } from './fields.ts';
import type { CsvFileSpec } from './csv-file.ts';
import type { Agency, Department, Faq, Ministry, Service } from './types.ts';

type Row = ReadonlyMap<string, string>;

export const ministriesFile: CsvFileSpec<Ministry> = {
  file: 'ministries.csv',
  idColumn: 'ministry_id',
  required: ['ministry_id', 'ministry_name', 'ministry_description', 'ministry_url'],
  toRecord: (row: Row) => ({
    externalId: requiredId(row.get('ministry_id'), 'ministry_id'),
    name: requiredText(row.get('ministry_name'), 'ministry_name'),
    description: cleanText(row.get('ministry_description'), true),
    url: optionalUrl(row.get('ministry_url'), 'ministry_url'),
  }),
};

export const departmentsFile: CsvFileSpec<Department> = {
  file: 'departments.csv',
  idColumn: 'department_id',
  required: ['department_id', 'ministry_id', 'department_name', 'ministry_departments_url'],
  toRecord: (row: Row) => ({
    externalId: requiredId(row.get('department_id'), 'department_id'),
    ministryId: requiredId(row.get('ministry_id'), 'ministry_id'),
    name: requiredText(row.get('department_name'), 'department_name'),
    url: optionalUrl(row.get('ministry_departments_url'), 'ministry_departments_url'),
  }),
};

export const agenciesFile: CsvFileSpec<Agency> = {
  file: 'agencies.csv',
  idColumn: 'agency_id',
  required: ['agency_id', 'ministry_id', 'department_id', 'agency_name', 'agency_description', 'logo_url', 'agency_url'],
  toRecord: (row: Row) => ({
    externalId: requiredId(row.get('agency_id'), 'agency_id'),
    ministryId: optionalId(row.get('ministry_id'), 'ministry_id'),
    departmentId: optionalId(row.get('department_id'), 'department_id'),
    name: requiredText(row.get('agency_name'), 'agency_name'),
    description: cleanText(row.get('agency_description'), true),
    url: optionalUrl(row.get('agency_url'), 'agency_url'),
    logoUrl: optionalUrl(row.get('logo_url'), 'logo_url'),
  }),
};

export const servicesFile: CsvFileSpec<Service> = {
  file: 'services.csv',
  idColumn: 'service_id',
  required: ['service_id', 'agency_id', 'department_id', 'ministry_id', 'service_name', 'service_url', 'service_description'],
  toRecord: (row: Row) => ({
    externalId: requiredId(row.get('service_id'), 'service_id'),
    agencyId: optionalId(row.get('agency_id'), 'agency_id'),
    departmentId: optionalId(row.get('department_id'), 'department_id'),
    ministryId: optionalId(row.get('ministry_id'), 'ministry_id'),
    name: requiredText(row.get('service_name'), 'service_name'),
    url: optionalUrl(row.get('service_url'), 'service_url'),
    description: cleanText(row.get('service_description'), true),
  }),
};

export const faqsFile: CsvFileSpec<Faq> = {
  file: 'faqs.csv',
  idColumn: 'faq_id',
  required: ['faq_id', 'question', 'answer'],
  toRecord: (row: Row) => ({
    externalId: requiredId(row.get('faq_id'), 'faq_id'),
    question: requiredText(row.get('question'), 'question'),
    answer: requiredText(row.get('answer'), 'answer', true),
  }),
};
