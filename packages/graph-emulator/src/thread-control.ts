import { invalidParameter } from './graph-errors.ts';
import { optionalString, requireBody, requireRecipientId } from './request-fields.ts';
import type { Edge } from './edge.ts';

const MAX_METADATA = 1000;

function checkTargetAppId(value: unknown): void {
  if (value === undefined) throw invalidParameter('The parameter target_app_id is required');
  const valid = (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) || (typeof value === 'string' && /^\d+$/.test(value));
  if (!valid) throw invalidParameter('Param target_app_id must be a valid app ID');
}

/** `POST /{version}/me/pass_thread_control`: hands the conversation to another app (the page inbox, for a person). */
export const passThreadControlEdge: Edge = {
  kind: () => 'pass_thread_control',
  prepare(request) {
    const body = requireBody(request.body);
    requireRecipientId(body);
    checkTargetAppId(body.target_app_id);
    optionalString(body.metadata, 'metadata', MAX_METADATA);
    return () => ({ response: { success: true } });
  },
};

/** `POST /{version}/me/take_thread_control`: takes the conversation back. */
export const takeThreadControlEdge: Edge = {
  kind: () => 'take_thread_control',
  prepare(request) {
    const body = requireBody(request.body);
    requireRecipientId(body);
    optionalString(body.metadata, 'metadata', MAX_METADATA);
    return () => ({ response: { success: true } });
  },
};
