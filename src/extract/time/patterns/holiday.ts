import { addDays, fmt, nearestWeekday } from '../calendar.js';
import { inferYear } from '../anchor.js';
import { candidate, type TimePattern } from '../time-expression.js';

/** Month and day of a holiday in a given year (Thanksgiving: the fourth Thursday of November). */
function holidayDate(name: string, y: number): { m: number; d: number } {
  if (name.startsWith('christmas eve')) return { m: 12, d: 24 };
  if (name.startsWith('christmas')) return { m: 12, d: 25 };
  if (name.startsWith("new year's eve") || name.startsWith('new year’s eve')) return { m: 12, d: 31 };
  if (name.startsWith('new year')) return { m: 1, d: 1 };
  if (name.startsWith('independence')) return { m: 7, d: 4 };
  if (name.startsWith('halloween')) return { m: 10, d: 31 };
  if (name.startsWith('valentine')) return { m: 2, d: 14 };
  if (name.startsWith('election')) {
    // The U.S. Election Day: the Tuesday after the first Monday of November.
    const monday = nearestWeekday({ y, m: 11, d: 1 }, 1, 'future');
    const date = addDays(monday, 1);
    return { m: date.m, d: date.d };
  }
  const thursday = nearestWeekday({ y, m: 11, d: 1 }, 4, 'future');
  const date = addDays(thursday, 21);
  return { m: date.m, d: date.d };
}

/** "Christmas", "Thanksgiving Day", "Election Day", "Christmas 1998": fixed and rule-based holidays. */
export const holiday: TimePattern = {
  name: 'holiday',
  regex:
    /\b(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Election\s+Day)(?:,?\s+(\d{4})\b)?/g,
  match(m) {
    const name = m[1].toLowerCase();
    const stated = m[2] ? Number(m[2]) : undefined;
    return candidate(
      'holiday',
      m,
      'DATE',
      { holiday: name, ...(stated ? { year: stated } : {}) },
      (context) => {
        const guess = stated ?? context.anchor?.y;
        if (guess === undefined) {
          const { m: month, d } = holidayDate(name, 2000);
          return { value: `XXXX-${fmt.pad(month)}-${fmt.pad(d)}`, inferred: 'no-anchor' };
        }
        let { m: month, d } = holidayDate(name, guess);
        let y = guess;
        if (stated === undefined && context.anchor) {
          y = inferYear(context.anchor, month, d, context.tense);
          ({ m: month, d } = holidayDate(name, y));
        }
        const date = { y, m: month, d };
        return { value: fmt.day(date), date, ...(stated ? {} : { inferred: 'year-from-anchor' }) };
      },
    );
  },
};
