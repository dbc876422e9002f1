// What citizens call each agency's business. Names of agencies and services
// are formal ("Unclaimed Financial Assets Authority", "Lodge Complaints");
// citizens describe their situation ("my late dad's account went dormant",
// "polisi walimpiga kaka yangu"). Each agency's remit, in the words citizens
// use for it in English and Swahili, is indexed with the agency's services
// (the `remit` field), so a message describing a situation reaches the agency
// that deals with it, and its services' names pick the service.
import { termsOf } from '../term-list.ts';
import { AGENCY_REMITS } from './agency-remits.ts';

/** As the table is written: `[agency name, 'english; ...', 'swahili; ...']`. */
export type RemitEntry = readonly [agency: string, english: string, swahili: string];

export class Remits {
  private readonly byAgency = new Map<string, string>();

  constructor(entries: readonly RemitEntry[]) {
    for (const [agency, english, swahili] of entries) {
      const text = termsOf(english, swahili).join('; ');
      if (text !== '') this.byAgency.set(agency.toLowerCase(), text);
    }
  }

  /** The remit of an agency, by its name; '' when the table has none. */
  of(agencyName: string | null): string {
    return agencyName === null ? '' : (this.byAgency.get(agencyName.toLowerCase()) ?? '');
  }

  agencies(): string[] {
    return [...this.byAgency.keys()];
  }
}

export const remits = new Remits(AGENCY_REMITS);
