/** A day of the proleptic Gregorian calendar: year, month 1-12, day 1-31. */
export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

function toUtc(date: CalendarDate): Date {
  const utc = new Date(Date.UTC(2000, date.m - 1, date.d));
  utc.setUTCFullYear(date.y);
  return utc;
}

function fromUtc(utc: Date): CalendarDate {
  return { y: utc.getUTCFullYear(), m: utc.getUTCMonth() + 1, d: utc.getUTCDate() };
}

/** Parses the date part of an ISO 8601 value ("2025-06-29", "1998-08-07T10:35", "19980108"); null otherwise. */
export function parseIsoDate(value: string | null | undefined): CalendarDate | null {
  if (!value) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return date.m >= 1 && date.m <= 12 && date.d >= 1 && date.d <= daysInMonth(date.y, date.m) ? date : null;
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate() || 31;
}

/** The date n days later (n may be negative). */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + n);
  return fromUtc(utc);
}

/**
 * A whole number as a small integer, other numbers as they are. Arithmetic on a double (n = -0 for
 * "0 years ago") gives a double even when the result is whole, and one date with a double month
 * made the month a double field in every date's hidden class: the code reading dates, compiled for
 * the old one, was thrown away.
 */
function whole(x: number): number {
  return x === Math.trunc(x) && Math.abs(x) < 0x40000000 ? x | 0 : x;
}

/** The date n months later, the day clamped to the month's length. */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  const index = date.y * 12 + (date.m - 1) + n;
  const y = whole(Math.floor(index / 12));
  const m = whole(index - y * 12 + 1);
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekday(date: CalendarDate): number {
  return toUtc(date).getUTCDay() || 7;
}

/** The ISO 8601 week (year and week number) that holds the date. */
export function isoWeek(date: CalendarDate): { y: number; w: number } {
  const thursday = addDays(date, 4 - weekday(date));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const dayOfYear = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86_400_000);
  return { y: thursday.y, w: Math.floor(dayOfYear / 7) + 1 };
}

/** The date whose weekday is `day` in the direction given: on/before, on/after, or nearest. */
export function nearestWeekday(
  anchor: CalendarDate,
  day: number,
  direction: 'past' | 'future' | 'nearest',
): CalendarDate {
  const back = (weekday(anchor) - day + 7) % 7;
  const ahead = (day - weekday(anchor) + 7) % 7;
  if (direction === 'past') return addDays(anchor, -back);
  if (direction === 'future') return addDays(anchor, ahead);
  return back <= ahead ? addDays(anchor, -back) : addDays(anchor, ahead);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** TIMEX3 values at each granularity. */
export const fmt = {
  year: (y: number): string => pad(y, 4),
  month: (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`,
  day: (date: CalendarDate): string => `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`,
  week: (date: CalendarDate): string => {
    const { y, w } = isoWeek(date);
    return `${pad(y, 4)}-W${pad(w)}`;
  },
  pad,
};
