type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists of per-locale settings (greeting, persistent_menu): Graph need not return them in the order sent. */
function byLocale(items: Json[]): Map<Json, Json> | undefined {
  if (!items.every((item) => isRecord(item) && typeof item.locale === 'string')) return undefined;
  return new Map(items.map((item) => [(item as Record<string, Json>).locale, item]));
}

/**
 * Whether the profile value Graph holds (`actual`) already says what we
 * would set (`wanted`). Graph returns fields with defaults filled in (e.g.
 * webview_height_ratio on a web_url), so keys we do not set are ignored;
 * everything we set must be there and equal, and lists must have exactly our
 * items (menu items in our order).
 */
export function profileValueMatches(wanted: Json, actual: Json): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(actual) || actual.length !== wanted.length) return false;
    const wantedByLocale = byLocale(wanted);
    const actualByLocale = byLocale(actual);
    if (wantedByLocale && actualByLocale) {
      return [...wantedByLocale].every(([locale, item]) => actualByLocale.has(locale) && profileValueMatches(item, actualByLocale.get(locale)));
    }
    return wanted.every((item, index) => profileValueMatches(item, actual[index]));
  }
  if (isRecord(wanted)) {
    return isRecord(actual) && Object.entries(wanted).every(([key, value]) => profileValueMatches(value, actual[key]));
  }
  return wanted === actual;
}
