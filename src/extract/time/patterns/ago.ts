import { relativeToAnchor, shift, valueAt, yearBackPeriod, type Grain } from '../anchor.js';
import { candidate, type TimePattern } from '../time-expression.js';
import { NUMBER_RE, UNIT_RE, amountOf, unitOf } from '../words.js';

/** The granularity at which "N units ago" is written: days as dates, weeks as weeks, months as months, years as years. */
export function grainOfUnit(unit: string): Grain | null {
  if (unit === 'day' || unit === 'night' || unit === 'hour' || unit === 'minute' || unit === 'second')
    return 'day';
  if (unit === 'week' || unit === 'fortnight') return 'week';
  if (unit === 'month') return 'month';
  if (unit === 'quarter') return 'quarter';
  if (unit === 'year' || unit === 'decade' || unit === 'century') return 'year';
  return null;
}

// Parts of a day: "two hours ago" is still the publication day, "36 hours ago" the day before.
const PART_OF_DAY: Record<string, number> = { hour: 1 / 24, minute: 1 / 1440, second: 1 / 86400 };

/** Multiplier from the unit to its grain (a decade is ten years, an hour a 24th of a day). */
export function stepsOfUnit(unit: string): number {
  return unit === 'decade'
    ? 10
    : unit === 'century'
      ? 100
      : unit === 'fortnight'
        ? 2
        : (PART_OF_DAY[unit] ?? 1);
}

/** Whole grain units in `amount` units (hours to whole days, rounded toward zero). */
export function wholeSteps(unit: string, amount: number): number {
  return Math.trunc(amount * stepsOfUnit(unit) + 1e-9);
}

/** "two months ago", "a year ago", "three days from now", "years ago": a date counted back (or on) from the publication date. */
export const ago: TimePattern = {
  name: 'ago',
  regex: new RegExp(`\\b(?:(${NUMBER_RE})[\\s-]+)?(${UNIT_RE})\\s+(ago|from now|hence)\\b`, 'gi'),
  match(m) {
    const [, amountText, unitText, direction] = m;
    const unit = unitOf(unitText);
    const amount = amountText ? amountOf(amountText) : 'X';
    if (amount === null) return null;
    const grain = grainOfUnit(unit);
    if (!grain) return null;
    const sign = direction.toLowerCase() === 'ago' ? -1 : 1;
    return candidate('ago', m, 'DATE', { amount, unit, direction: sign < 0 ? 'ago' : 'ahead' }, (context) => {
      // "years ago", "a few days ago": too vague to count, a reference to the past (or future).
      if (amount === 'X' || !Number.isInteger(amount)) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      if (!context.anchor) return relativeToAnchor(context, grain, 0);
      const period = unit === 'year' && sign < 0 ? yearBackPeriod(context, amount) : null;
      if (period) return period;
      const date = shift(context.anchor, grain, sign * wholeSteps(unit, amount));
      return { value: valueAt(date, grain), inferred: 'anchor', ...(grain === 'day' ? { date } : {}) };
    });
  },
};
