import type { MessengerProfile, SendApiClient } from '@ecitizen/messenger';
import { profileValueMatches } from './profile-match.ts';

export type ProfileField = keyof MessengerProfile;

export interface FieldOutcome {
  field: ProfileField;
  /** set: it was missing; updated: it differed; unchanged: Graph already held it. */
  change: 'set' | 'updated' | 'unchanged';
}

/**
 * Makes the page's Messenger profile say `wanted`. Meta allows only 10
 * messenger_profile calls per page every 10 minutes, so it reads the current
 * fields first and sends only the ones that differ, all in one call: running
 * it again (a deploy script, a second operator) costs a single read.
 */
export async function syncMessengerProfile(
  graph: Pick<SendApiClient, 'getMessengerProfile' | 'setMessengerProfile'>,
  wanted: MessengerProfile,
): Promise<FieldOutcome[]> {
  const fields = Object.keys(wanted) as ProfileField[];
  const current = await graph.getMessengerProfile(fields);
  const outcomes = fields.map((field): FieldOutcome => {
    if (current[field] === undefined) return { field, change: 'set' };
    return { field, change: profileValueMatches(wanted[field], current[field]) ? 'unchanged' : 'updated' };
  });
  const changed = outcomes.filter((outcome) => outcome.change !== 'unchanged').map((outcome) => outcome.field);
  if (changed.length > 0) {
    // One call for every changed field: also satisfies Graph's rule that a
    // persistent menu needs Get Started set, in the same call or before.
    await graph.setMessengerProfile(Object.fromEntries(changed.map((field) => [field, wanted[field]])) as MessengerProfile);
  }
  return outcomes;
}
