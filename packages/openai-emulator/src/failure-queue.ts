import { FailureQueue } from '@ecitizen/emulator-kit';
import { parseFailureSpec } from './failure-spec.ts';
import type { FailurePath, FailureSpec } from './types.ts';

/** The endpoint a request went to, as failures target them; 'other' is only ever hit by path 'any'. */
export type Endpoint = Exclude<FailurePath, 'any'> | 'other';

/** The OpenAI emulator's failures, aimed at an endpoint (or any). */
export class OpenAIFailureQueue extends FailureQueue<FailureSpec> {
  constructor() {
    super(parseFailureSpec);
  }

  /** The failure for a request to `endpoint`, if one is queued; uses up one of its times. */
  forEndpoint(endpoint: Endpoint): FailureSpec | undefined {
    return this.take((spec) => spec.path === undefined || spec.path === 'any' || spec.path === endpoint);
  }
}
