export interface Ministry {
  externalId: string;
  name: string;
  description: string;
  url: string | null;
}

export interface Department {
  externalId: string;
  ministryId: string;
  name: string;
  url: string | null;
}

export interface Agency {
  externalId: string;
  ministryId: string | null;
  departmentId: string | null;
  name: string;
  description: string;
  url: string | null;
  logoUrl: string | null;
}

export interface Service {
  externalId: string;
  agencyId: string | null;
  departmentId: string | null;
  ministryId: string | null;
  name: string;
  url: string | null;
  description: string;
}

export interface Faq {
  externalId: string;
  question: string;
  answer: string;
}

/** A row that could not be loaded; `line` is the 1-based line where the record starts. */
export interface DatasetProblem {
  file: string;
  line: number;
  message: string;
}

export interface Dataset {
  ministries: Ministry[];
  departments: Department[];
  agencies: Agency[];
  services: Service[];
  faqs: Faq[];
  problems: DatasetProblem[];
}

export interface ReadDatasetOptions {
  onProgress?: (file: string, rowsRead: number) => void;
}
