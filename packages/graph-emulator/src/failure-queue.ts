import { FailureQueue } from '@ecitizen/emulator-kit';
import { graphError, type GraphError } from './graph-errors.ts';
import { parseFailureSpec } from './failure-spec.ts';
import type { CallKind, FailureSpec } from './types.ts';

/** What to do to a call instead of (or before) answering it normally. */
export type FailureAction = { type: 'error'; error: GraphError } | { type: 'reset' } | { type: 'delay'; ms: number };

/** The Graph emulator's failures, aimed at call kinds and recipients. */
export class GraphFailureQueue extends FailureQueue<FailureSpec> {
  constructor() {
    super(parseFailureSpec);
  }

  /** What to do to this call, if a failure is queued for it; uses up one of its times. */
  forCall(kind: CallKind, recipientId: string | undefined): FailureAction | undefined {
    const spec = this.take((queued) => matches(queued, kind, recipientId));
    return spec && toAction(spec);
  }
}

function matches(spec: FailureSpec, kind: CallKind, recipientId: string | undefined): boolean {
  if (spec.kinds !== undefined && !spec.kinds.includes(kind)) return false;
  return spec.recipientId === undefined || spec.recipientId === recipientId;
}

function toAction(spec: FailureSpec): FailureAction {
  if ('delayMs' in spec) return { type: 'delay', ms: spec.delayMs };
  if (spec.error === 'reset') return { type: 'reset' };
  return { type: 'error', error: graphError(spec.error, spec.code) };
}
