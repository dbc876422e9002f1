export { loadConfig, loadModelSettings } from './load-config.ts';
export { ConfigError } from './config-error.ts';
export type { Config, ModelSettings } from './load-config.ts';
export { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL } from './defaults.ts';
export { parseSupportHours, isWithinSupportHours, type SupportHours } from './support-hours.ts';
