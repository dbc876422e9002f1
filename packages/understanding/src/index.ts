// @ecitizen/understanding: what did the citizen say? Pure functions, no
// dependencies, run on every incoming message before knowledge search.

export { detectLanguage, type Language } from './language.ts';
export { redact, type Redaction, type SensitiveKind } from './redaction.ts';
export { detectIntent, type Intent } from './intent.ts';
export { isAngry } from './anger.ts';
export { looksLikeInjection, stripInjection } from './injection.ts';
export { understand, type Understanding } from './understand.ts';
