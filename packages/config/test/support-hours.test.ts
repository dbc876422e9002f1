import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, isWithinSupportHours, loadConfig, parseSupportHours, type SupportHours } from '../src/index.ts';

const hours = (text: string, timeZone = 'Africa/Nairobi') => {
  const parsed = parseSupportHours(text, timeZone);
  assert.equal(typeof parsed, 'object', String(parsed));
  return parsed as SupportHours;
};

test('hours are read in their own time zone (Nairobi is UTC+3)', () => {
  const weekdays = hours('Mon-Fri 08:00-17:00');
  // Tuesday 2026-11-24: 05:00 UTC is 08:00 in Nairobi, 14:00 UTC is 17:00.
  assert.equal(isWithinSupportHours(weekdays, new Date('2026-11-24T05:00:00Z')), true);
  assert.equal(isWithinSupportHours(weekdays, new Date('2026-11-24T04:59:00Z')), false);
  assert.equal(isWithinSupportHours(weekdays, new Date('2026-11-24T13:59:00Z')), true);
  assert.equal(isWithinSupportHours(weekdays, new Date('2026-11-24T14:00:00Z')), false);
  // Saturday noon in Nairobi.
  assert.equal(isWithinSupportHours(weekdays, new Date('2026-11-28T09:00:00Z')), false);
});

test('several spans, day ranges across the week end, all day', () => {
  const shifts = hours('Mon-Fri 08:00-17:00; Sat 09:00-13:00');
  assert.equal(isWithinSupportHours(shifts, new Date('2026-11-28T07:00:00Z')), true, 'Saturday 10:00');
  assert.equal(isWithinSupportHours(shifts, new Date('2026-11-29T07:00:00Z')), false, 'Sunday 10:00');
  const weekend = hours('Fri-Mon 10:00-12:00');
  assert.equal(isWithinSupportHours(weekend, new Date('2026-11-29T08:00:00Z')), true, 'Sunday 11:00 is within Fri-Mon');
  assert.equal(isWithinSupportHours(hours('Sun-Sat 00:00-24:00'), new Date('2026-11-29T23:59:00Z')), true);
});

test('bad hours or time zones are configuration errors that say what is expected', () => {
  assert.match(String(parseSupportHours('weekdays 9 to 5', 'Africa/Nairobi')), /not like "Mon-Fri 08:00-17:00"/);
  assert.match(String(parseSupportHours('Mon-Fri 17:00-08:00', 'Africa/Nairobi')), /not like/);
  assert.match(String(parseSupportHours('Mon-Fri 08:00-17:00', 'Mars/Olympus')), /not an IANA time zone/);
  assert.throws(() => loadConfig({ SUPPORT_HOURS: 'always' }), (error: unknown) => error instanceof ConfigError && /SUPPORT_HOURS/.test(error.message));
  assert.equal(loadConfig({}).handover.supportHours.text, 'Mon-Fri 08:00-17:00');
  assert.equal(loadConfig({}).handover.targetAppId, '263902037430900');
});
