// Readiness as the api and the worker both report it.
export { answerWithin } from './answer-within.ts';
export { checkReadiness } from './readiness.ts';
export type { Check, Probe, Readiness } from './readiness.ts';
