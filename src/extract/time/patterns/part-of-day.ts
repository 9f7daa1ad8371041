import { relativeToAnchor } from '../anchor.js';
import { candidate, type TimePattern } from '../time-expression.js';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** "this morning", "tonight", "last night", "this afternoon": a part of the publication day (or the day before). */
export const partOfDay: TimePattern = {
  name: 'part-of-day',
  regex: /\b(?:(this|last)\s+(morning|afternoon|evening|night)|(tonight|overnight))\b/gi,
  match(m) {
    const relation = m[1]?.toLowerCase();
    const word = (m[2] ?? m[3]).toLowerCase();
    const part = word === 'tonight' || word === 'overnight' ? 'NI' : PART[word];
    // "last night" is the night before the publication day; "last evening" likewise.
    const offset = relation === 'last' ? -1 : 0;
    // "tonight" and "last night" are the day itself (a DATE), as TimeBank writes them; mornings are TIMEs.
    return candidate(
      'part-of-day',
      m,
      part === 'NI' ? 'DATE' : 'TIME',
      { part, offsetDays: offset },
      (context) => {
        const day = relativeToAnchor(context, 'day', offset);
        return part === 'NI' ? day : { value: `${day.value}T${part}`, inferred: day.inferred };
      },
    );
  },
};
