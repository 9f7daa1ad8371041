import { relativeToAnchor, type Grain } from '../anchor.js';
import { candidate, type TimePattern } from '../time-expression.js';

/**
 * "earlier in the year", "later in the month", "by year end", "year's end", "the end of the month", "the start of
 * the year": a part of the current calendar unit (the unit holding the publication date, with START, MID or END).
 */
export const unitEdge: TimePattern = {
  name: 'unit-edge',
  hint: ['end', 'earlier', 'later', 'beginning', 'start', 'middle'],
  regex:
    /\b(?:(?:earlier|later)\s+in\s+the\s+(year|month|week)|(year)[- ]end(?:\s+((?:19|20)\d{2})\b)?|(year)['’]s\s+end|the\s+(end|beginning|start|middle)\s+of\s+the\s+(year|month|week))\b/gi,
  match(m) {
    const [, inUnit, endUnit, endYear, possessiveUnit, edgeWord, ofUnit] = m;
    const grain = (inUnit ?? endUnit ?? possessiveUnit ?? ofUnit).toLowerCase() as Grain;
    const edge = inUnit ? undefined : (edgeWord?.toLowerCase() ?? 'end');
    const mod = edge === 'end' ? 'END' : edge === 'middle' ? 'MID' : edge ? 'START' : undefined;
    // "year-end 1990": the end of the year named.
    if (endYear)
      return candidate('unit-edge', m, 'DATE', { unit: grain, edge: 'end', year: Number(endYear) }, () => ({
        value: endYear,
        mod: 'END',
      }));
    return candidate('unit-edge', m, 'DATE', { unit: grain, ...(edge ? { edge } : {}) }, (context) => ({
      ...relativeToAnchor(context, grain, 0),
      ...(mod ? { mod } : {}),
    }));
  },
};
