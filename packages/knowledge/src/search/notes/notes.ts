// What each service (and each FAQ of the platform) is for, in citizens'
// words. The dataset gives a service only its name, and siblings of one
// agency read alike ("Firearm Dealers Permit", "Firearm Certificate Card"; a
// marriage's "Notices" and its "Special Licences"). A note says what the name
// does not: the situation that leads to the service, who needs it, the
// everyday names of the thing, and how it differs from its siblings, in
// English and Swahili. Notes are searched beside the catalogue (note-index.ts),
// weaker than a title. See "Maintaining the notes" in the package README.
import { termsOf } from '../term-list.ts';
import { FAQ_NOTES } from './faqs.ts';
import { SERVICE_NOTES } from './services/index.ts';

/** As the tables are written: `[dataset id, name (for the reader; checked by tests), 'english; ...', 'swahili; ...']`. */
export type NoteEntry = readonly [id: string, title: string, english: string, swahili: string];

export class Notes {
  private readonly byId = new Map<string, string>();
  private readonly titles = new Map<string, string>();

  constructor(entries: readonly NoteEntry[]) {
    for (const [id, title, english, swahili] of entries) {
      const text = termsOf(english, swahili).join('; ');
      if (text === '') continue;
      this.byId.set(id, text);
      this.titles.set(id, title);
    }
  }

  /** The note of an entry, by its dataset id; '' when the table has none. */
  of(id: string): string {
    return this.byId.get(id) ?? '';
  }

  /** Ids with a note, and the name each was written for. */
  written(): ReadonlyMap<string, string> {
    return this.titles;
  }
}

export const serviceNotes = new Notes(SERVICE_NOTES);
export const faqNotes = new Notes(FAQ_NOTES);
