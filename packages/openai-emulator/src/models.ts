/** Models the emulator lists; any model name is answered all the same, these are for clients that check. */
export const MODEL_IDS: readonly string[] = ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1-mini', 'gpt-4.1', 'text-embedding-3-small', 'text-embedding-3-large'];

/** A fixed date, so that listings are the same from run to run. */
const CREATED = 1_715_367_049;

export interface ModelBody {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
}

export function modelBody(id: string): ModelBody {
  return { id, object: 'model', created: CREATED, owned_by: 'system' };
}

export function modelList(): { object: 'list'; data: ModelBody[] } {
  return { object: 'list', data: MODEL_IDS.map(modelBody) };
}
