import { invalidRequest, invalidType, RefusedRequest } from './openai-errors.ts';
import { isRecord } from './is-record.ts';

export function requireObjectBody(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw new RefusedRequest(invalidRequest('The request body must be a JSON object.'));
  return body;
}

/** OpenAI's own wording when `model` is missing, which it reports with no `param`. */
export function requireModel(body: Record<string, unknown>): string {
  const { model } = body;
  if (model === undefined || model === null || model === '') throw new RefusedRequest(invalidRequest('you must provide a model parameter'));
  if (typeof model !== 'string') throw new RefusedRequest(invalidType('model', 'a string', model));
  return model;
}

/** An optional number within bounds, refused in OpenAI's words. */
export function optionalNumber(body: Record<string, unknown>, param: string, bounds: { min: number; max?: number; integer?: boolean }): void {
  const value = body[param];
  if (value === undefined || value === null) return;
  const kind = bounds.integer ? 'integer' : 'decimal';
  if (typeof value !== 'number' || !Number.isFinite(value) || (bounds.integer && !Number.isInteger(value))) {
    throw new RefusedRequest(invalidType(param, bounds.integer ? 'an integer' : 'a number', value));
  }
  if (value < bounds.min) {
    throw new RefusedRequest(
      invalidRequest(`Invalid '${param}': ${kind} below minimum value. Expected a value >= ${bounds.min}, but got ${value} instead.`, param, `${kind}_below_min_value`),
    );
  }
  if (bounds.max !== undefined && value > bounds.max) {
    throw new RefusedRequest(
      invalidRequest(`Invalid '${param}': ${kind} above maximum value. Expected a value <= ${bounds.max}, but got ${value} instead.`, param, `${kind}_above_max_value`),
    );
  }
}
