import { shift, valueAt, yearBackPeriod } from '../anchor.js';
import { candidate, type TimePattern } from '../time-expression.js';
import { NUMBER_RE, UNIT_RE, amountOf, unitOf } from '../words.js';
import { grainOfUnit, stepsOfUnit } from './ago.js';

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
  match(m) {
    const [, amountText, unitText, direction, adjectiveUnit, adjectiveDirection] = m;
    const unit = unitOf(unitText ?? adjectiveUnit);
    const amount = adjectiveUnit ? 1 : amountText ? amountOf(amountText) : 'X';
    if (amount === null) return null;
    const grain = grainOfUnit(unit);
    if (!grain) return null;
    const word = (direction ?? adjectiveDirection).toLowerCase();
    // "Three days later", "A few days later", "an hour later": TimeML marks the stretch ("Three days", a DURATION) and
    // leaves "later" as the signal; the duration pattern tags it. Years keep their date ("a year later": 1992).
    if (word === 'later' && grain !== 'year') return null;
    const sign = word === 'later' || word === 'after' ? 1 : -1;
    return candidate('earlier-later', m, 'DATE', { amount, unit, direction: word }, (context) => {
      if (amount === 'X' || !Number.isInteger(amount)) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      const period = unit === 'year' && sign < 0 ? yearBackPeriod(context, amount) : null;
      if (period) return period;
      // "ratified a year later" after "in 1991": 1992, counted from the year just mentioned.
      if (grain === 'year' && sign > 0 && context.previousYear)
        return {
          value: String(context.previousYear + amount * stepsOfUnit(unit)).padStart(4, '0'),
          inferred: 'previous-year',
        };
      // "two days later" counts from the date just mentioned; "a year earlier" in a report from the report's date.
      const base =
        grain === 'day' || grain === 'week' ? (context.previous ?? context.anchor) : context.anchor;
      if (!base) return { value: 'XXXX' + (grain === 'year' ? '' : '-XX'), inferred: 'no-anchor' };
      const date = shift(base, grain, sign * amount * stepsOfUnit(unit));
      return {
        value: valueAt(date, grain),
        inferred: base === context.anchor ? 'anchor' : 'previous-date',
        ...(grain === 'day' ? { date } : {}),
      };
    });
  },
};
