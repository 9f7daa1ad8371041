import { fmt } from '../calendar.js';
import { relativeToAnchor } from '../anchor.js';
import { candidate, type TimePattern } from '../time-expression.js';

const OFFSET: Record<string, number> = {
  today: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};
const PART = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' } as const;

/** "today", "yesterday", "tomorrow", "the day after tomorrow", "yesterday morning": a day from the publication date. */
export const relativeDay: TimePattern = {
  name: 'relative-day',
  regex:
    /\b(today|yesterday|tomorrow|the day before yesterday|the day after tomorrow)(?:\s+(morning|afternoon|evening|night))?\b/gi,
  match(m, text) {
    const word = m[1].toLowerCase();
    // "today's" stays a date; "the world today" is still the publication day in TimeML practice.
    const offset = OFFSET[word];
    const part = m[2] ? PART[m[2].toLowerCase() as keyof typeof PART] : undefined;
    if (/^-/.test(text.slice(m.index + m[0].length))) return null;
    return candidate(
      'relative-day',
      m,
      part && part !== 'NI' ? 'TIME' : 'DATE',
      { offsetDays: offset, ...(part ? { part } : {}) },
      (context) => {
        const resolved = relativeToAnchor(context, 'day', offset);
        if (part && part !== 'NI')
          return { ...resolved, value: `${resolved.date ? fmt.day(resolved.date) : resolved.value}T${part}` };
        return resolved;
      },
    );
  },
};
