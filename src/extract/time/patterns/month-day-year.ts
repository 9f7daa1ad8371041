import { daysInMonth, fmt } from '../calendar.js';
import { inferYear } from '../anchor.js';
import { candidate, isCapitalized, type Candidate, type TimePattern } from '../time-expression.js';
import { MONTH_RE, WEEKDAY_RE, monthOf } from '../words.js';

const ORD = '(?:st|nd|rd|th)?';
// A day number must not be the start of a larger number, a time or a percentage ("March 12.5%"); "Oct. 26:" is a date.
const DAY_END = '(?!\\d|:\\d|\\.\\d|\\s*(?:%|percent))';

/** A month and day, with or without a year: "March 12", "Aug. 7, 1998", "12 March 2025", "Friday, June 27". */
function monthDay(
  name: string,
  m: RegExpExecArray,
  month: number,
  day: number,
  yearText?: string,
  range?: { start: number; end: number },
): Candidate | null {
  const year = yearText ? Number(yearText) : undefined;
  if (!(month >= 1 && day >= 1 && day <= daysInMonth(year ?? 2000, month))) return null;
  return candidate(
    name,
    m,
    'DATE',
    { month, day, ...(year ? { year } : {}) },
    (context) => {
      if (year !== undefined) {
        const date = { y: year, m: month, d: day };
        return { value: fmt.day(date), date };
      }
      if (!context.anchor) return { value: `XXXX-${fmt.pad(month)}-${fmt.pad(day)}`, inferred: 'no-anchor' };
      // The year is implied: past tense looks back from the publication date, future tense forward.
      const date = { y: inferYear(context.anchor, month, day, context.tense), m: month, d: day };
      return { value: fmt.day(date), inferred: 'year-from-anchor', date };
    },
    range,
  );
}

// A second day of the same month right after a date: "April 24 and 25", "March 3-4".
const SECOND_DAY =
  /^(\s*(?:and|or|to|through|-|–)\s*)(\d{1,2})(?:st|nd|rd|th)?(?=[.,;:)]|\s+(?:in|at|at|when|as)\b|\s*$)/;

/** "March 12", "Aug. 7, 1998", "Friday, June 27": month name first. */
export const monthDayYear: TimePattern = {
  name: 'month-day-year',
  regex: new RegExp(
    `\\b(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s*(\\d{1,2})${ORD}${DAY_END}(?:,?\\s+(\\d{4})\\b)?`,
    'gi',
  ),
  match(m, text) {
    const [, weekdayName, monthName, day, year] = m;
    if (!isCapitalized(monthName) || (weekdayName && !isCapitalized(weekdayName))) return null;
    const month = monthOf(monthName);
    const first = month ? monthDay('month-day-year', m, month, Number(day), year) : null;
    const end = m.index + m[0].length;
    const second = !year && first ? SECOND_DAY.exec(text.slice(end, end + 24)) : null;
    if (!first || !second || Number(second[2]) <= Number(day)) return first;
    const start = end + second[1].length;
    const next = monthDay('month-day-year', m, month!, Number(second[2]), undefined, {
      start,
      end: start + second[0].length - second[1].length,
    });
    return next ? [first, next] : first;
  },
};

/** "12 March 2025", "the 4th of July": day number first. */
export const dayMonthYear: TimePattern = {
  name: 'day-month-year',
  regex: new RegExp(
    `\\b(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4})\\b)?`,
    'gi',
  ),
  match(m) {
    const [, weekdayName, day, monthName, year] = m;
    if (!isCapitalized(monthName) || (weekdayName && !isCapitalized(weekdayName))) return null;
    const month = monthOf(monthName);
    return month ? monthDay('day-month-year', m, month, Number(day), year) : null;
  },
};
