import { daysInMonth, fmt } from '../calendar.js';
import { candidate, type TimePattern } from '../time-expression.js';

/** "2025-06-29", "06/29/2025", "12/05/1998": all-digit dates (slashes read month first, as in US news). */
export const numericDate: TimePattern = {
  name: 'numeric-date',
  regex: /(?<![\w/.-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}))(?![\w/]|-\d|\.\d)/g,
  match(m) {
    const iso = m[1] !== undefined;
    const y = iso
      ? Number(m[1])
      : m[6].length === 2
        ? 1900 + Number(m[6]) + (Number(m[6]) < 50 ? 100 : 0)
        : Number(m[6]);
    const month = Number(iso ? m[2] : m[4]);
    const d = Number(iso ? m[3] : m[5]);
    if (month < 1 || month > 12 || d < 1 || d > daysInMonth(y, month)) return null;
    const date = { y, m: month, d };
    return candidate('numeric-date', m, 'DATE', { year: y, month, day: d }, () => ({
      value: fmt.day(date),
      date,
    }));
  },
};
