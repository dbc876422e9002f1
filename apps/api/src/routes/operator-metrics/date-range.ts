import { Type, type Static } from 'typebox';

export const DateRangeQuery = Type.Object({
  from: Type.Optional(Type.String({ format: 'date', description: 'First day (YYYY-MM-DD, UTC); default 30 days before `to`' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last day (YYYY-MM-DD, UTC), included; default today' })),
});
export type DateRangeQuery = Static<typeof DateRangeQuery>;

export const RangeAndLimit = Type.Object({
  ...DateRangeQuery.properties,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 10 })),
});

export interface DateRange {
  from: string;
  to: string;
  /** [start, end): what SQL compares against. */
  start: Date;
  end: Date;
}

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;

/** The days asked for, checked: a range the wrong way round or over a year is a 400 that says so. */
export function dateRange(query: DateRangeQuery): DateRange | string {
  const end = query.to ? new Date(`${query.to}T00:00:00Z`) : new Date(new Date().toISOString().slice(0, 10));
  const start = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date(end.getTime() - 29 * DAY_MS);
  if (start > end) return '`from` must not be after `to`';
  if ((end.getTime() - start.getTime()) / DAY_MS >= MAX_DAYS) return `at most ${MAX_DAYS} days at a time`;
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10), start, end: new Date(end.getTime() + DAY_MS) };
}

/** Every day of the range, so a chart gets zeros rather than gaps. */
export function daysOf(range: DateRange): string[] {
  const days: string[] = [];
  for (let at = range.start.getTime(); at < range.end.getTime(); at += DAY_MS) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
