import { fmt } from '../calendar.js';
import { candidate, type TimePattern } from '../time-expression.js';
import { MONTH_RE, monthOf } from '../words.js';

const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

// "the quarter ended July 31", "the quarter ending Sept. 30": the quarter is the three months up to that day.
const ENDED_ON = new RegExp(`^\\s+(?:ended|ending)\\s+(${MONTH_RE})\\s+(\\d{1,2})\\b`);

/** The calendar quarter that holds most of the three months ending on month/day, the end on or before the anchor. */
function quarterEndingOn(anchor: { y: number; m: number; d: number }, month: number, day: number): string {
  const endYear = month * 32 + day <= anchor.m * 32 + anchor.d ? anchor.y : anchor.y - 1;
  // The middle month of the three: the month before the end month (two before when it ends early in a month).
  let middle = month - (day >= 15 ? 1 : 2);
  let y = endYear;
  if (middle < 1) {
    middle += 12;
    y -= 1;
  }
  return `${fmt.year(y)}-Q${Math.ceil(middle / 3)}`;
}

/** "the third quarter", "third-quarter", "the year-ago quarter", "the first half of 1990": fiscal periods (1989-Q3, 1990-H1). */
export const quarter: TimePattern = {
  name: 'quarter',
  hint: ['quarter', 'half'],
  regex: new RegExp(
    "\\b(?:(the|this|its|their|that|a)\\s+)?(?:(?:fiscal\\s+)?((?:19|20)\\d{2})(?:['’]s)?\\s+|(this|last|next)\\s+year['’]s\\s+|" +
      '(year-ago|year-earlier|last|this|next|latest|current|past|previous|recent|most recent|same|coming)\\s+)?' +
      '(?:(?:fiscal|calendar)[- ])?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?)?(quarters|quarter|half)\\b' +
      `(?![- ](?:century|mile|hour|point|of a|of the(?!\\s+year\\b)|of all|of its|of their|of\\s+${MONTH_RE}))(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?((?:19|20)\\d{2})\\b|\\s+of\\s+(this|last|next)\\s+year\\b|\\s+(a\\s+year\\s+(?:ago|earlier))|\\s+of\\s+the\\s+(year)\\b)?`,
    'gi',
  ),
  match(m, text) {
    const [
      ,
      det,
      yearBefore,
      yearRelationBefore,
      relationText,
      ordinalText,
      unitText,
      yearAfter,
      yearRelationAfter,
      yearAgo,
      ofTheYear,
    ] = m;
    // "the second half of the year" is a half with its year left to the context; a period without an ordinal
    // ("the quarter of the year") is not a date.
    if (ofTheYear && !ordinalText) return null;
    // "next year's first half" and "the first half of next year" say the same; "the quarter a year ago" is last year's.
    const yearRelation = yearRelationBefore ?? yearRelationAfter ?? (yearAgo ? 'last' : undefined);
    const relation = relationText?.toLowerCase();
    const ordinal = ordinalText ? ORDINAL[ordinalText.toLowerCase()] : undefined;
    const unit = unitText.toLowerCase() === 'half' ? 'H' : 'Q';
    // "coming quarters": a vague future; "the second and fourth quarters": that quarter of every year.
    if (unitText.toLowerCase() === 'quarters') {
      if (yearBefore || yearAfter || yearRelation) return null;
      const value =
        relation === 'coming' || relation === 'next'
          ? 'FUTURE_REF'
          : relation === 'recent' || relation === 'past' || relation === 'previous'
            ? 'PAST_REF'
            : ordinal && !relation
              ? `XXXX-Q${ordinal}`
              : null;
      if (!value) return null;
      const type = value.startsWith('XXXX') ? 'SET' : 'DATE';
      const start = det ? m.index + m[0].length - m[0].slice(det.length).trimStart().length : m.index;
      return candidate('quarter', m, type, { unit, plural: 1 }, () => ({ value }), {
        start,
        end: m.index + m[0].length,
      });
    }
    if ((det?.toLowerCase() === 'a' && !ordinal) || (unit === 'H' && !ordinal)) return null;
    if (!det && !ordinal && !relation && !yearBefore && !yearRelation) return null;
    const statedYear = Number(yearBefore ?? yearAfter) || undefined;
    // "a third-quarter loss", "its fourth-quarter charge": the adjective alone is the extent, as TimeML marks it.
    const adjective =
      det && ordinalText && /-(?:fiscal-)?(?:quarter|half)/i.test(m[0]) && !relation && !yearBefore;
    const start = adjective ? m.index + m[0].length - m[0].slice(det.length).trimStart().length : m.index;
    const endedOn =
      unit === 'Q' && !ordinal && !statedYear && !yearRelation && (!relation || relation === 'latest')
        ? ENDED_ON.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
        : null;
    const endMonth = endedOn ? monthOf(endedOn[1]) : undefined;
    const endDay = endedOn ? Number(endedOn[2]) : 0;
    return candidate(
      'quarter',
      m,
      'DATE',
      {
        unit,
        ...(ordinal ? { ordinal } : {}),
        ...(statedYear ? { year: statedYear } : {}),
        ...(relation ? { relation } : {}),
      },
      (context) => {
        const anchor = context.anchor;
        if (!anchor && !statedYear) return { value: `XXXX-${unit}${ordinal ?? 'X'}`, inferred: 'no-anchor' };
        const current = anchor ? (unit === 'Q' ? Math.ceil(anchor.m / 3) : anchor.m <= 6 ? 1 : 2) : 1;
        const perYear = unit === 'Q' ? 4 : 2;
        let y = statedYear ?? anchor!.y;
        const yearShift = yearRelation
          ? { this: 0, last: -1, next: 1 }[yearRelation.toLowerCase() as 'this' | 'last' | 'next']
          : relation === 'year-ago' || relation === 'year-earlier'
            ? -1
            : 0;
        if (!statedYear) y += yearShift;
        if (ordinal) {
          // A period later in the year than the publication date, in a past-tense report, is last year's.
          if (!statedYear && !yearRelation && !yearShift && ordinal > current && context.tense !== 'future')
            y -= 1;
          return {
            value: `${fmt.year(y)}-${unit}${ordinal}`,
            ...(statedYear ? {} : { inferred: 'year-from-anchor' }),
          };
        }
        // "the quarter", "the latest quarter" after "the fiscal first quarter": that quarter (the company's year is
        // not the calendar's).
        if (
          unit === 'Q' &&
          context.fiscalPeriod &&
          !statedYear &&
          !yearShift &&
          (!relation || relation === 'latest' || relation === 'most recent')
        )
          return { value: context.fiscalPeriod, inferred: 'fiscal-period' };
        // "the quarter ended July 31" (May to July): the quarter holding most of it, 1989-Q2.
        if (endMonth && anchor && endDay >= 1 && endDay <= 31)
          return { value: quarterEndingOn(anchor, endMonth, endDay), inferred: 'quarter-end-date' };
        // Else the last period reported on, the one before the publication date's.
        let n = current;
        // "expects a charge this quarter": looking ahead, "this quarter" is the one under way ("This quarter's loss"
        // in a report is the quarter reported on, the last one).
        const ahead = det?.toLowerCase() === 'this' && !relation && context.tense === 'future';
        if (
          relation !== 'current' &&
          relation !== 'this' &&
          relation !== 'next' &&
          relation !== 'coming' &&
          !ahead
        )
          n -= 1;
        if (relation === 'this' && context.tense === 'past') n -= 1;
        if (relation === 'next' || relation === 'coming') n += 1;
        if (n < 1) {
          n += perYear;
          y -= 1;
        } else if (n > perYear) {
          n -= perYear;
          y += 1;
        }
        return { value: `${fmt.year(y)}-${unit}${n}`, inferred: 'period-from-anchor' };
      },
      { start, end: m.index + m[0].length },
    );
  },
};
