/** Opening hours of the human support desk: on these days, from..until (minutes after midnight, local time). */
export interface SupportHours {
  /** e.g. "Mon-Fri 08:00-17:00; Sat 09:00-13:00", as configured: shown to citizens. */
  text: string;
  /** IANA time zone the hours are in. */
  timeZone: string;
  spans: Array<{ days: number[]; from: number; until: number }>;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function minutes(clock: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock);
  if (!match) return undefined;
  const value = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[1]) <= 24 && Number(match[2]) < 60 && value <= 24 * 60 ? value : undefined;
}

function days(range: string): number[] | undefined {
  const [first, last = first] = range.toLowerCase().split('-');
  const start = DAYS.indexOf(first!.slice(0, 3));
  const end = DAYS.indexOf(last!.slice(0, 3));
  if (start < 0 || end < 0) return undefined;
  const list: number[] = [];
  for (let day = start; ; day = (day + 1) % 7) {
    list.push(day);
    if (day === end) return list;
  }
}

/**
 * Parses "Mon-Fri 08:00-17:00; Sat 09:00-13:00". Returns a message naming the
 * bad part instead of throwing, for the configuration's list of problems.
 */
export function parseSupportHours(text: string, timeZone: string): SupportHours | string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return `"${timeZone}" is not an IANA time zone (e.g. Africa/Nairobi)`;
  }
  const spans: SupportHours['spans'] = [];
  for (const part of text.split(';').map((piece) => piece.trim()).filter(Boolean)) {
    const match = /^([A-Za-z]{3,9}(?:-[A-Za-z]{3,9})?)\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(part);
    const dayList = match ? days(match[1]!) : undefined;
    const from = match ? minutes(match[2]!) : undefined;
    const until = match ? minutes(match[3]!) : undefined;
    if (!dayList || from === undefined || until === undefined || from >= until) {
      return `"${part}" is not like "Mon-Fri 08:00-17:00" (days, then opening-closing time, parts separated by ";")`;
    }
    spans.push({ days: dayList, from, until });
  }
  if (spans.length === 0) return 'no opening hours given (e.g. "Mon-Fri 08:00-17:00")';
  return { text, timeZone, spans };
}

/** Whether the desk is open at `at`, in the hours' own time zone. */
export function isWithinSupportHours(hours: SupportHours, at: Date): boolean {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: hours.timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const day = DAYS.indexOf(get('weekday').toLowerCase().slice(0, 3));
  const minute = Number(get('hour')) * 60 + Number(get('minute'));
  return hours.spans.some((span) => span.days.includes(day) && minute >= span.from && minute < span.until);
}
