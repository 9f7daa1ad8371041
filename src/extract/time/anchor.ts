import { addDays, addMonths, fmt, nearestWeekday, type CalendarDate } from './calendar.js';
import type { ResolveContext, Resolved, Tense } from './time-expression.js';

/** A calendar granularity at which a relative expression is written. */
export type Grain = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** The value of the grain unit holding `date`: 2025-06-29, 2025-W26, 2025-06, 2025-Q2, 2025, 202, 20. */
export function valueAt(date: CalendarDate, grain: Grain): string {
  switch (grain) {
    case 'day':
      return fmt.day(date);
    case 'week':
      return fmt.week(date);
    case 'weekend':
      return `${fmt.week(date)}-WE`;
    case 'month':
      return fmt.month(date.y, date.m);
    case 'quarter':
      return `${fmt.year(date.y)}-Q${Math.ceil(date.m / 3)}`;
    case 'half':
      return `${fmt.year(date.y)}-H${date.m <= 6 ? 1 : 2}`;
    case 'year':
      return fmt.year(date.y);
    case 'decade':
      return fmt.year(date.y).slice(0, 3);
    case 'century':
      return fmt.year(date.y).slice(0, 2);
  }
}

/** The TimeML placeholder for an unanchored value of the grain (XXXX-XX-XX, XXXX-WXX, ...). */
export function unresolved(grain: Grain): string {
  const map: Record<Grain, string> = {
    day: 'XXXX-XX-XX',
    week: 'XXXX-WXX',
    weekend: 'XXXX-WXX-WE',
    month: 'XXXX-XX',
    quarter: 'XXXX-QX',
    half: 'XXXX-HX',
    year: 'XXXX',
    decade: 'XXX',
    century: 'XX',
  };
  return map[grain];
}

/** Shifts a date by n units of a grain (weeks as 7 days, quarters as 3 months, ...). */
export function shift(date: CalendarDate, grain: Grain, n: number): CalendarDate {
  switch (grain) {
    case 'day':
      return addDays(date, n);
    case 'week':
    case 'weekend':
      return addDays(date, 7 * n);
    case 'month':
      return addMonths(date, n);
    case 'quarter':
      return addMonths(date, 3 * n);
    case 'half':
      return addMonths(date, 6 * n);
    case 'year':
      return addMonths(date, 12 * n);
    case 'decade':
      return addMonths(date, 120 * n);
    case 'century':
      return addMonths(date, 1200 * n);
  }
}

/** The value n grain units away from the publication date ("last week" = -1), or the placeholder. */
export function relativeToAnchor(context: ResolveContext, grain: Grain, n: number): Resolved {
  if (!context.anchor) return { value: unresolved(grain), inferred: 'no-anchor' };
  const date = shift(context.anchor, grain, n);
  return { value: valueAt(date, grain), inferred: 'anchor', ...(grain === 'day' ? { date } : {}) };
}

/** The direction a bare weekday or month takes from the clause's tense (past tense looks back). */
export function directionOf(
  tense: Tense,
  fallback: 'past' | 'future' | 'nearest' = 'past',
): 'past' | 'future' | 'nearest' {
  if (tense === 'past') return 'past';
  if (tense === 'future') return 'future';
  return fallback;
}

/** Resolves a weekday (1-7) against the anchor in the given direction, or XXXX-WXX-d without one. */
export function resolveWeekday(
  context: ResolveContext,
  day: number,
  direction: 'past' | 'future' | 'nearest',
): Resolved {
  if (!context.anchor) return { value: `XXXX-WXX-${day}`, inferred: 'no-anchor' };
  const date = nearestWeekday(context.anchor, day, direction);
  return { value: fmt.day(date), inferred: `anchor-${direction}`, date };
}

/** The year of a month (and day) stated without one: before the anchor in past tense, after it in future tense, nearest otherwise. */
export function inferYear(anchor: CalendarDate, month: number, day: number, tense: Tense): number {
  const here = anchor.m * 32 + anchor.d;
  const there = month * 32 + day;
  // Within about ten weeks of the publication date the nearer reading wins over the tense
  // ("Jan. 14" in a past-tense sentence of January 5 is still this year's).
  const close = 75;
  if (tense === 'past') return there <= here || there - here <= close ? anchor.y : anchor.y - 1;
  if (tense === 'future') return there >= here || here - there <= close ? anchor.y : anchor.y + 1;
  // No tense: the nearest occurrence (a month more than six months away belongs to the other year).
  if (there - here > 6 * 32) return anchor.y - 1;
  if (here - there > 6 * 32) return anchor.y + 1;
  return anchor.y;
}

/** True when a fiscal period of that year can be the one being reported on the anchor date (this year's, or last year's early in the year). */
export function isCurrentPeriodYear(anchor: CalendarDate, year: number): boolean {
  return year === anchor.y || (year === anchor.y - 1 && anchor.m <= 3);
}

/** "a year ago" right after a fiscal period ("the third quarter ... a year ago") is that period a year earlier. */
export function yearBackPeriod(context: ResolveContext, years: number): Resolved | null {
  const m = context.recentPeriod ? /^(\d{4})-([QH]\d)$/.exec(context.recentPeriod) : null;
  if (!m || !context.anchor || !isCurrentPeriodYear(context.anchor, Number(m[1]))) return null;
  return { value: `${fmt.year(Number(m[1]) - years)}-${m[2]}`, inferred: 'recent-period' };
}
