import { invalidParameter } from './graph-errors.ts';
import { isRecord, optionalString, requiredString } from './request-fields.ts';

/** The messenger profile fields the emulator stores, each with Meta's checks. */
export const PROFILE_FIELDS = ['get_started', 'greeting', 'persistent_menu', 'ice_breakers', 'whitelisted_domains'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export function isProfileField(name: string): name is ProfileField {
  return (PROFILE_FIELDS as readonly string[]).includes(name);
}

const MAX_PAYLOAD = 1000;
const MAX_GREETING = 160;
const MAX_MENU_ITEMS = 20;
const MAX_MENU_TITLE = 30;
const MAX_ICE_BREAKERS = 4;
const MAX_QUESTION = 80;
const MAX_DOMAINS = 50;

function arrayParam(value: unknown, param: string, max: number): unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw invalidParameter(`Param ${param} must be a non-empty array`);
  if (value.length > max) throw invalidParameter(`Param ${param} must be an array of at most ${max} elements`);
  return value;
}

function objectParam(value: unknown, param: string): Record<string, unknown> {
  if (!isRecord(value)) throw invalidParameter(`Param ${param} must be an object`);
  return value;
}

/** Localised settings need one for locale "default", shown where no other applies. */
function requireDefaultLocale(entries: Record<string, unknown>[], param: string): void {
  if (!entries.some((entry) => entry.locale === 'default')) throw invalidParameter(`Param ${param} must include an entry with locale "default"`);
}

function checkGetStarted(value: unknown): void {
  requiredString(objectParam(value, 'get_started').payload, 'get_started[payload]', MAX_PAYLOAD);
}

function checkGreeting(value: unknown): void {
  const entries = arrayParam(value, 'greeting', Infinity).map((entry, index) => {
    const greeting = objectParam(entry, `greeting[${index}]`);
    requiredString(greeting.locale, `greeting[${index}][locale]`, 20);
    requiredString(greeting.text, `greeting[${index}][text]`, MAX_GREETING);
    return greeting;
  });
  requireDefaultLocale(entries, 'greeting');
}

function checkMenuItem(value: unknown, param: string): void {
  const item = objectParam(value, param);
  requiredString(item.title, `${param}[title]`, MAX_MENU_TITLE);
  if (item.type === 'postback') requiredString(item.payload, `${param}[payload]`, MAX_PAYLOAD);
  else if (item.type === 'web_url') requiredString(item.url, `${param}[url]`, 2000);
  else throw invalidParameter(`Param ${param}[type] must be one of {postback, web_url}`);
}

function checkPersistentMenu(value: unknown): void {
  const menus = arrayParam(value, 'persistent_menu', Infinity).map((entry, index) => {
    const param = `persistent_menu[${index}]`;
    const menu = objectParam(entry, param);
    requiredString(menu.locale, `${param}[locale]`, 20);
    if (menu.composer_input_disabled !== undefined && typeof menu.composer_input_disabled !== 'boolean') {
      throw invalidParameter(`Param ${param}[composer_input_disabled] must be a boolean`);
    }
    arrayParam(menu.call_to_actions, `${param}[call_to_actions]`, MAX_MENU_ITEMS).forEach((item, itemIndex) =>
      checkMenuItem(item, `${param}[call_to_actions][${itemIndex}]`),
    );
    return menu;
  });
  requireDefaultLocale(menus, 'persistent_menu');
}

function checkIceBreaker(value: unknown, param: string): void {
  const breaker = objectParam(value, param);
  requiredString(breaker.question, `${param}[question]`, MAX_QUESTION);
  requiredString(breaker.payload, `${param}[payload]`, MAX_PAYLOAD);
}

// Both of Meta's shapes: the older flat list of questions, and the localised
// one ({locale, call_to_actions: [questions]}).
function checkIceBreakers(value: unknown): void {
  arrayParam(value, 'ice_breakers', MAX_ICE_BREAKERS).forEach((entry, index) => {
    const param = `ice_breakers[${index}]`;
    const item = objectParam(entry, param);
    if (item.call_to_actions === undefined) return checkIceBreaker(item, param);
    optionalString(item.locale, `${param}[locale]`, 20);
    arrayParam(item.call_to_actions, `${param}[call_to_actions]`, MAX_ICE_BREAKERS).forEach((question, questionIndex) =>
      checkIceBreaker(question, `${param}[call_to_actions][${questionIndex}]`),
    );
  });
}

function checkWhitelistedDomains(value: unknown): void {
  arrayParam(value, 'whitelisted_domains', MAX_DOMAINS).forEach((domain, index) => {
    const param = `whitelisted_domains[${index}]`;
    if (!requiredString(domain, param, 2000).startsWith('https://')) throw invalidParameter(`Param ${param} must be an https URL`);
  });
}

const CHECKS: Record<ProfileField, (value: unknown) => void> = {
  get_started: checkGetStarted,
  greeting: checkGreeting,
  persistent_menu: checkPersistentMenu,
  ice_breakers: checkIceBreakers,
  whitelisted_domains: checkWhitelistedDomains,
};

export function checkProfileField(field: ProfileField, value: unknown): void {
  CHECKS[field](value);
}
