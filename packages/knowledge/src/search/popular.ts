// The services most citizens come to eCitizen for. When a message fits one of
// them about as well as a rarer service ("kra returns" fits the resident
// return and "Ammendment Of Returns" alike), the common one is far more often
// what was meant: search engines weigh popularity the same way. The bonus is
// small, so a message that names a rarer service still gets it.

/** Added to a popular service's score, times the share of the query it answers: enough to break a near tie, no more. */
export const POPULAR_BONUS = 0.1;

interface PopularService {
  /** Start of the agency's name, ignoring case. */
  agency: string;
  /** The service's name, ignoring case. */
  title: string;
}

const POPULAR: readonly PopularService[] = [
  { agency: 'Directorate of Immigration Services', title: 'Passport Application' },
  { agency: 'Directorate of Immigration Services', title: 'eVisa Application' },
  { agency: 'Directorate of Immigration Services', title: 'Work Permits' },
  { agency: 'National Registration Bureau', title: 'Issuance of Duplicate Identity Card' },
  { agency: 'Civil Registration Services', title: 'Birth Certificate Application' },
  { agency: 'Civil Registration Services', title: 'Current Death Certificate Application' },
  { agency: 'Directorate of Criminal Investigations', title: 'Police Clearance Certificate' },
  { agency: 'National Transport And Safety Authority', title: 'Driving License Renewal' },
  { agency: 'National Transport And Safety Authority', title: 'Renew Smart Driving License' },
  { agency: 'National Transport And Safety Authority', title: 'Vehicle Transfer-Apply for Transfer of Ownership' },
  { agency: 'Kenya Revenue Authority', title: 'Registration Of Pin - Individual' },
  { agency: 'Kenya Revenue Authority', title: 'Income Tax Returns Filing And Payments - Resident' },
  { agency: 'Kenya Revenue Authority', title: 'Income Tax Return Filing And Payments-resident' },
  { agency: 'Kenya Revenue Authority', title: 'Filing Nil Returns' },
  { agency: 'Business Registration Services', title: 'Business Name Registration' },
  { agency: 'Business Registration Services', title: 'Private Limited Company' },
  { agency: 'Higher Education Loans Board', title: 'Loan Application' },
  { agency: 'Social Health Authority', title: 'Member Registration' },
  { agency: 'National Social Security Fund', title: 'Registration of members and identification process' },
];

/** Is this one of the services most citizens come for? */
export function isPopular(title: string, agency: string | null): boolean {
  if (agency === null) return false;
  const name = title.toLowerCase();
  const agencyName = agency.toLowerCase();
  return POPULAR.some((service) => service.title.toLowerCase() === name && agencyName.startsWith(service.agency.toLowerCase()));
}
