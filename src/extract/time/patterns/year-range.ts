import { fmt } from '../calendar.js';
import { candidate, type Candidate, type TimePattern } from '../time-expression.js';

/** "2023-24", "1998-1999", "1990/91": a span of years, tagged as two DATEs as TimeML does for ranges. */
export const yearRange: TimePattern = {
  name: 'year-range',
  regex: /(?<![\w$#.,/-])((?:1[6-9]|20)\d{2})\s?[-–/]\s?(\d{2}|(?:1[6-9]|20)\d{2})(?![\w%/]|[.,]\d|-\d)/g,
  match(m) {
    const first = Number(m[1]);
    const secondText = m[2];
    const second =
      secondText.length === 2 ? Math.floor(first / 100) * 100 + Number(secondText) : Number(secondText);
    // "1998-99" must go forward by a small step to be a span of years, not a score or a code.
    if (second <= first || second - first > 50) return null;
    const start1 = m.index;
    const end1 = start1 + m[1].length;
    const start2 = m.index + m[0].length - secondText.length;
    const parts: Candidate[] = [
      candidate('year-range', m, 'DATE', { year: first, range: 'from' }, () => ({ value: fmt.year(first) }), {
        start: start1,
        end: end1,
      }),
      candidate('year-range', m, 'DATE', { year: second, range: 'to' }, () => ({ value: fmt.year(second) }), {
        start: start2,
        end: start2 + secondText.length,
      }),
    ];
    return parts;
  },
};
