import { invalidParameter } from './graph-errors.ts';
import { checkProfileField, isProfileField, PROFILE_FIELDS, type ProfileField } from './profile-fields.ts';
import { requireBody } from './request-fields.ts';
import type { Edge, GraphRequest, Operation } from './edge.ts';

const MENU_NEEDS_GET_STARTED = 'You must set a Get Started button if you also wish to use persistent menu.';

/** Field names from a list parameter: an array, or Meta's comma-separated string. */
function fieldNames(value: unknown, param: string): ProfileField[] {
  const names = typeof value === 'string' ? value.split(',').map((name) => name.trim()) : value;
  if (!Array.isArray(names) || names.length === 0 || names.some((name) => name === '')) {
    throw invalidParameter(`The parameter ${param} is required: a list of ${PROFILE_FIELDS.join(', ')}`);
  }
  const unknown = names.filter((name) => typeof name !== 'string' || !isProfileField(name));
  if (unknown.length > 0) throw invalidParameter(`Param ${param} has unknown field(s): ${unknown.join(', ')}`);
  return names as ProfileField[];
}

/**
 * The page's messenger profile (Get Started button, greeting, menu, ice
 * breakers), kept as Meta keeps it: set by field, merged, read back by field.
 */
export class MessengerProfile {
  private fields: Partial<Record<ProfileField, unknown>> = {};

  snapshot(): Record<string, unknown> {
    return { ...this.fields };
  }

  clear(): void {
    this.fields = {};
  }

  /** `/{version}/me/messenger_profile`: GET reads, POST sets, DELETE removes. */
  readonly edge: Edge = {
    kind: () => 'messenger_profile',
    prepare: (request) => {
      if (request.method === 'GET') return this.prepareRead(request);
      if (request.method === 'POST') return this.prepareSet(request);
      if (request.method === 'DELETE') return this.prepareDelete(request);
      throw invalidParameter(`Unsupported ${request.method.toLowerCase()} request`);
    },
  };

  private prepareRead(request: GraphRequest): Operation {
    const names = fieldNames(request.query.fields, 'fields');
    return () => {
      const found: Record<string, unknown> = {};
      for (const name of names) if (this.fields[name] !== undefined) found[name] = this.fields[name];
      return { response: { data: Object.keys(found).length > 0 ? [found] : [] } };
    };
  }

  private prepareSet(request: GraphRequest): Operation {
    const body = requireBody(request.body);
    const names = Object.keys(body);
    const unknown = names.filter((name) => !isProfileField(name));
    if (unknown.length > 0) throw invalidParameter(`Unknown messenger profile field(s): ${unknown.join(', ')}`);
    if (names.length === 0) throw invalidParameter(`Requires one of the params: ${PROFILE_FIELDS.join(', ')}`);
    for (const name of names as ProfileField[]) checkProfileField(name, body[name]);
    if (body.persistent_menu !== undefined && body.get_started === undefined && this.fields.get_started === undefined) {
      throw invalidParameter(MENU_NEEDS_GET_STARTED);
    }
    return () => {
      this.fields = { ...this.fields, ...body };
      return { response: { result: 'success' } };
    };
  }

  private prepareDelete(request: GraphRequest): Operation {
    const fromBody = request.body === undefined || request.body === null ? undefined : requireBody(request.body).fields;
    const names = fieldNames(fromBody ?? request.query.fields, 'fields');
    if (names.includes('get_started') && !names.includes('persistent_menu') && this.fields.persistent_menu !== undefined) {
      throw invalidParameter(MENU_NEEDS_GET_STARTED);
    }
    return () => {
      const remaining = { ...this.fields };
      for (const name of names) delete remaining[name];
      this.fields = remaining;
      return { response: { result: 'success' } };
    };
  }
}
