import { candidate, isCapitalized, type TimePattern } from '../time-expression.js';
import { fmt } from '../calendar.js';
import {
  MONTH_RE,
  NUMBER_RE,
  UNIT_RE,
  WEEKDAY_RE,
  WEEKDAYS,
  amountOf,
  durationValue,
  monthOf,
  unitOf,
} from '../words.js';

const ADVERB: Record<string, string> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P3M',
  yearly: 'P1Y',
  annually: 'P1Y',
  hourly: 'PT1H',
};
// A noun right after "quarterly" (not a conjunction, preposition or determiner): the adjective of a payment or result.
const QUARTERLY_NOUN =
  /^\s+(?!(?:and|or|but|to|in|on|at|by|from|for|with|since|through|until|as|while|the|a|an|thereafter|instead)\b)[a-z]+/;
const PART: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

/** "every Friday" (XXXX-WXX-5), "each year" (P1Y), "weekly", "twice a month": recurring times (SET). */
export const setEvery: TimePattern = {
  name: 'set-every',
  regex: new RegExp(
    `\\b(?:(every|each)\\s+(other\\s+)?(?:(${NUMBER_RE})\\s+)?(${UNIT_RE}|${WEEKDAY_RE}|${MONTH_RE}|morning|afternoon|evening|night)|` +
      `(daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually|hourly)|` +
      `(?:once|twice|thrice|(?:${NUMBER_RE})\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT_RE}))\\b`,
    'gi',
  ),
  match(m, text) {
    const [, every, other, amountText, what, adverb, rateUnit] = m;
    // "the Communist Party daily Granma": a newspaper, named right after it.
    if (adverb && /^\s+[A-Z][a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))
      return null;
    // "its quarterly dividend", "a quarterly cash dividend", "the fifth straight quarterly loss": a kind of payment
    // or result (TimeBank leaves these out), the adjective before its noun; "adjusted quarterly and ..." stays a set.
    if (
      adverb?.toLowerCase() === 'quarterly' &&
      (/\b(?:a|an|the|its|their|his|her|initial|regular|first|latest)\s+$/i.test(
        text.slice(Math.max(0, m.index - 10), m.index),
      ) ||
        QUARTERLY_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)))
    )
      return null;
    if (adverb)
      return candidate('set-every', m, 'SET', { every: adverb.toLowerCase() }, () => ({
        value: ADVERB[adverb.toLowerCase()],
      }));
    if (rateUnit) {
      const unit = unitOf(rateUnit);
      return candidate('set-every', m, 'SET', { unit, rate: 'per' }, () => ({
        value: durationValue(1, unit),
      }));
    }
    if (!every) return null;
    const word = what.toLowerCase();
    const day = WEEKDAYS[word];
    if (day) {
      if (!isCapitalized(what)) return null;
      return candidate('set-every', m, 'SET', { weekday: day }, () => ({ value: `XXXX-WXX-${day}` }));
    }
    const month = amountText || other || !isCapitalized(what) ? undefined : monthOf(what);
    // "each July": that month of every year.
    if (month)
      return candidate('set-every', m, 'SET', { month }, () => ({ value: `XXXX-${fmt.pad(month)}` }));
    if (PART[word])
      return candidate('set-every', m, 'SET', { part: word }, () => ({ value: `XXXX-XX-XX${PART[word]}` }));
    const amount = amountText ? amountOf(amountText) : 1;
    if (amount === null) return null;
    const n = amount === 'X' ? 'X' : amount * (other ? 2 : 1);
    const unit = unitOf(word);
    return candidate('set-every', m, 'SET', { unit, amount: n }, () => ({ value: durationValue(n, unit) }));
  },
};
