// Readiness as the api and the worker both report it.
export { answerWithin } from './answer-within.ts';
export { checkReadiness, storeProbes } from './readiness.ts';
export type { Check, Probe, Readiness, Stores } from './readiness.ts';
