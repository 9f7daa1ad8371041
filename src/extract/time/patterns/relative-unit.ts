import { fmt, weekday, type CalendarDate } from '../calendar.js';
import { relativeToAnchor, shift, valueAt, yearBackPeriod, type Grain } from '../anchor.js';
import { candidate, type TimePattern } from '../time-expression.js';
import { wordTense } from '../tense.js';
import { durationValue } from '../words.js';

const STEP: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  prior: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  following: 1,
  same: 0,
  that: 0,
  full: 0,
};

/** The days from the publication date to one unit ahead (step 1) or back (step -1): "within the next week". */
function stretch(anchor: CalendarDate, grain: Grain, step: number): { start: string; end: string } {
  const other = shift(anchor, grain, step < 0 ? -1 : 1);
  return step < 0
    ? { start: fmt.day(other), end: fmt.day(anchor) }
    : { start: fmt.day(anchor), end: fmt.day(other) };
}

// "compared with a loss of $3 million last year", "from last year's $1.55 billion": a figure compared with the
// year before, in the clause (the text since the last sentence break) before "last year".
const COMPARED = /\b(?:compared\s+(?:with|to)|from|than|versus)\s+(?:[^;]*\d[^;]*)?$/i;

/** True when "last year" at `start` is the comparison figure of an earnings report's period. */
function comparedWith(text: string, start: number): boolean {
  const clause =
    text
      .slice(Math.max(0, start - 80), start)
      .split(/[.;!?]\s+(?=[A-Z"])/)
      .pop() ?? '';
  // "the 16 cents a share it reported last year": the year of the reporting verb, not a comparison.
  const lastWord = /([A-Za-z]+)\s*$/.exec(clause)?.[1] ?? '';
  return COMPARED.test(clause) && wordTense(lastWord) !== 'past';
}

/** "last week", "this year", "next month", "the past decade", "the following week", "the weekend": a calendar unit relative to the publication date. */
export const relativeUnit: TimePattern = {
  name: 'relative-unit',
  regex:
    /\b(?:(?:the\s+|this\s+(?=past\s))?(last|past|previous|prior|this|current|next|coming|following|same|full)|(that)|(the))\s+(?:(?:fiscal|calendar)\s+)?(week|weekend|month|year|decade|century)\b(?![- ](?:old|long))/gi,
  match(m, text) {
    const [, relationText, that, bareThe, unitText] = m;
    const grain = unitText.toLowerCase() as Grain;
    // "the year ended Sept. 30", "the fiscal year ending June 30": a fiscal year, a stretch of one year.
    if (bareThe && grain === 'year' && /^\s+(?:ended|ending)\b/i.test(text.slice(m.index + m[0].length)))
      return candidate('relative-unit', m, 'DURATION', { unit: grain, relation: 'fiscal' }, () => ({
        value: 'P1Y',
      }));
    // "the week" and "the year" alone are too often durations or generic; only "the weekend" is a date.
    if (bareThe && grain !== 'weekend') return null;
    // "the full year": the whole of the current year (in an earnings report); other units are durations.
    if (relationText?.toLowerCase() === 'full' && grain !== 'year') return null;
    if (that && grain === 'weekend') return null;
    const relation = (relationText ?? that ?? 'this').toLowerCase();
    const step = STEP[relation];
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "the last year of his term", "the past year's": still a date; "the next week or two": a date too.
    if (/^\s*-/.test(after)) return null;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    // "within the next week", "over the past decade": a stretch of time up to (or from) now, a duration.
    const span =
      /^the\s/i.test(m[0]) &&
      relation !== 'this' &&
      relation !== 'current' &&
      relation !== 'same' &&
      relation !== 'full' &&
      // "over the past year", "over the next year or so": TimeBank writes the calendar year (1997, 1990).
      grain !== 'year' &&
      (/\b(?:within|in|over|during|for|throughout)\s+$/i.test(before) ||
        grain === 'decade' ||
        grain === 'century');
    if (span && grain !== 'weekend') {
      return candidate('relative-unit', m, 'DURATION', { unit: grain, relation }, (context) => ({
        value: durationValue(1, grain),
        ...(context.anchor ? { range: stretch(context.anchor, grain, step) } : {}),
      }));
    }
    const comparison = relation === 'last' && grain === 'year' && comparedWith(text, m.index);
    return candidate('relative-unit', m, 'DATE', { unit: grain, relation }, (context) => {
      // "earnings of $24 million, compared with a loss of $3 million last year" after "the third quarter": that
      // quarter a year back, like "a year ago" there.
      const period = comparison ? yearBackPeriod(context, 1) : null;
      if (period) return period;
      if (bareThe) {
        // "the weekend": the coming one in future tense, else the one just past (or this one).
        const weekdayNow = context.anchor ? weekday(context.anchor) : 6;
        return relativeToAnchor(context, grain, context.tense !== 'future' && weekdayNow < 5 ? -1 : 0);
      }
      // "that year", "the same year" after "in 1988": the year just mentioned.
      if ((relation === 'same' || relation === 'that') && grain === 'year' && context.previousYear)
        return { value: fmt.year(context.previousYear), inferred: 'previous-date' };
      // "in March ... the following month": April, counted from the month just named (not from publication).
      if (
        (relation === 'following' || relation === 'same' || relation === 'that') &&
        grain === 'month' &&
        context.previousMonth
      ) {
        const date = shift({ y: context.previousMonth.y, m: context.previousMonth.m, d: 1 }, 'month', step);
        return { value: valueAt(date, 'month'), inferred: 'previous-date' };
      }
      // "arrested in 1994, and the next year he was released": in a past narrative "the next" counts from the time
      // just mentioned, like "the following"; "the next year" looking ahead is next year.
      const narrated = relation === 'next' && /^the\s/i.test(m[0]) && context.tense === 'past';
      if (narrated && grain === 'month' && context.previousMonth) {
        const date = shift({ y: context.previousMonth.y, m: context.previousMonth.m, d: 1 }, 'month', 1);
        return { value: valueAt(date, 'month'), inferred: 'previous-date' };
      }
      if ((relation === 'following' || narrated) && grain === 'year' && context.previousYear)
        return { value: fmt.year(context.previousYear + 1), inferred: 'previous-date' };
      if (
        (relation === 'following' || relation === 'same' || relation === 'that' || narrated) &&
        context.previous
      ) {
        // Relative to the date just mentioned: "the following week" after "March 12".
        const date = shift(context.previous, grain, step);
        return { value: valueAt(date, grain), inferred: 'previous-date' };
      }
      return relativeToAnchor(context, grain, step);
    });
  },
};
