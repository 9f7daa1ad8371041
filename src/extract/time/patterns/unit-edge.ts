import { relativeToAnchor, type Grain } from '../anchor.js';
import { candidate, type TimePattern } from '../time-expression.js';

/**
 * "earlier in the year", "later in the month", "by year end", "year's end", "the end of the month": a part of
 * the current calendar unit (its value is the unit holding the publication date, with END for its end).
 */
export const unitEdge: TimePattern = {
  name: 'unit-edge',
  regex:
    /\b(?:(?:earlier|later)\s+in\s+the\s+(year|month|week)|(year)[- ]end|(year)['’]s\s+end|the\s+end\s+of\s+the\s+(year|month|week))\b/gi,
  match(m) {
    const [, inUnit, endUnit, possessiveUnit, ofUnit] = m;
    const grain = (inUnit ?? endUnit ?? possessiveUnit ?? ofUnit).toLowerCase() as Grain;
    const end = !inUnit;
    return candidate('unit-edge', m, 'DATE', { unit: grain, ...(end ? { edge: 'end' } : {}) }, (context) => ({
      ...relativeToAnchor(context, grain, 0),
      ...(end ? { mod: 'END' as const } : {}),
    }));
  },
};
