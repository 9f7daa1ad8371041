import { shift, valueAt, yearBackPeriod } from '../anchor.js';
import { fmt } from '../calendar.js';
import { candidate, type TimePattern } from '../time-expression.js';
import { NUMBER_RE, UNIT_RE, amountOf, unitOf } from '../words.js';
import { grainOfUnit, stepsOfUnit, wholeSteps } from './ago.js';

const THE_BEFORE = /\bthe\s+$/i;

/**
 * "two days later", "a year earlier", "year-ago", "the year-earlier": a date counted from the most recent date
 * mentioned (or from the publication date when none was).
 */
export const earlierLater: TimePattern = {
  name: 'earlier-later',
  regex: new RegExp(
    `\\b(?:(?:(${NUMBER_RE})[\\s-]+)?(${UNIT_RE})\\s+(earlier|later|(?:before|after)(?!\\s+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we|I|[A-Z]\\w*|\\d)))|(year|month|week)-(ago|earlier))\\b`,
    'gi',
  ),
  match(m, text) {
    const [, amountText, unitText, direction, adjectiveUnit, adjectiveDirection] = m;
    const unit = unitOf(unitText ?? adjectiveUnit);
    // "down from $450 million the year before", "The day before, police had been warned": one unit from the time
    // just mentioned, "the" inside the extent.
    const the =
      !amountText && !adjectiveUnit && stepsOfUnit(unit) >= 1
        ? THE_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index))
        : null;
    const amount = adjectiveUnit || the ? 1 : amountText ? amountOf(amountText) : 'X';
    if (amount === null) return null;
    const grain = grainOfUnit(unit);
    if (!grain) return null;
    const word = (direction ?? adjectiveDirection).toLowerCase();
    // "Three days later", "A few days later", "an hour later": TimeML marks the stretch ("Three days", a DURATION) and
    // leaves "later" as the signal; the duration pattern tags it. Years keep their date ("a year later": 1992).
    if (word === 'later' && grain !== 'year' && !the) return null;
    const sign = word === 'later' || word === 'after' ? 1 : -1;
    const range = { start: m.index - (the ? the[0].length : 0), end: m.index + m[0].length };
    return candidate(
      'earlier-later',
      m,
      'DATE',
      { amount, unit, direction: word },
      (context) => {
        if (the) {
          if (grain === 'year' && context.previousYear)
            return { value: fmt.year(context.previousYear + sign), inferred: 'previous-year' };
          if (grain === 'month' && context.previousMonth) {
            const date = shift(
              { y: context.previousMonth.y, m: context.previousMonth.m, d: 1 },
              'month',
              sign,
            );
            return { value: valueAt(date, 'month'), inferred: 'previous-date' };
          }
          if ((grain === 'day' || grain === 'week') && context.previous) {
            const date = shift(context.previous, grain, sign);
            return {
              value: valueAt(date, grain),
              inferred: 'previous-date',
              ...(grain === 'day' ? { date } : {}),
            };
          }
          return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
        }
        if (amount === 'X' || !Number.isInteger(amount))
          return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
        const period = unit === 'year' && sign < 0 ? yearBackPeriod(context, amount) : null;
        if (period) return period;
        // "ratified a year later" after "in 1991": 1992, counted from the year just mentioned; "five years earlier"
        // after "in 1995" (written in 1998) is 1990; a year just before publication is a report's own year, and
        // "a year earlier" there counts from the report's date.
        if (
          grain === 'year' &&
          context.previousYear &&
          (sign > 0 || (context.anchor && context.previousYear < context.anchor.y - 1))
        )
          return {
            value: String(context.previousYear + sign * amount * stepsOfUnit(unit)).padStart(4, '0'),
            inferred: 'previous-year',
          };
        // "two days later" counts from the date just mentioned; "a year earlier" in a report from the report's date.
        const base =
          grain === 'day' || grain === 'week' ? (context.previous ?? context.anchor) : context.anchor;
        if (!base) return { value: 'XXXX' + (grain === 'year' ? '' : '-XX'), inferred: 'no-anchor' };
        const date = shift(base, grain, sign * wholeSteps(unit, amount));
        return {
          value: valueAt(date, grain),
          inferred: base === context.anchor ? 'anchor' : 'previous-date',
          ...(grain === 'day' ? { date } : {}),
        };
      },
      range,
    );
  },
};
