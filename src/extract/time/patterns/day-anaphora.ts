import { addDays, fmt } from '../calendar.js';
import { candidate, type TimePattern } from '../time-expression.js';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV' };
const STEP: Record<string, number> = { next: 1, following: 1, previous: -1, same: 0, that: 0 };

/**
 * "the next day", "the following morning", "the previous day", "that same day", "earlier that day": a day counted
 * from the date just mentioned (from the publication date when none was).
 */
export const dayAnaphora: TimePattern = {
  name: 'day-anaphora',
  regex:
    /\b(?:(?:the\s+)?(next|following|previous|same)|(?:(?:earlier|later)\s+)?(that)(?:\s+same)?)\s+(day|morning|afternoon|evening|night)\b/gi,
  match(m, text) {
    const [, relationText, that, unitText] = m;
    const relation = (relationText ?? that).toLowerCase();
    const unit = unitText.toLowerCase();
    // "the next day or two", "the same day-care": not a single day.
    if (/^(?:\s+or\b|-)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    // "next morning" without "the" is the morning after the publication date; both read the same way here.
    const part = PART[unit];
    return candidate('day-anaphora', m, part ? 'TIME' : 'DATE', { relation, unit }, (context) => {
      const base = context.previous ?? context.anchor;
      if (!base) return { value: `XXXX-XX-XX${part ? `T${part}` : ''}`, inferred: 'no-anchor' };
      const date = addDays(base, STEP[relation]);
      return {
        value: fmt.day(date) + (part ? `T${part}` : ''),
        inferred: context.previous ? 'previous-date' : 'anchor',
        date,
      };
    });
  },
};
