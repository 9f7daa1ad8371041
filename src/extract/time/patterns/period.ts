import { isCurrentPeriodYear } from '../anchor.js';
import { fmt } from '../calendar.js';
import type { ResolveContext } from '../time-expression.js';
import { candidate, type TimePattern } from '../time-expression.js';

/** The fiscal period a report is about: the one mentioned shortly before, else the last quarter before publication. */
export function reportedPeriod(context: ResolveContext): { year: number; part: string } | null {
  const m = context.recentPeriod ? /^(\d{4})-([QH]\d)$/.exec(context.recentPeriod) : null;
  // A period of an earlier year just mentioned is the comparison ("the year-ago quarter"): the report is a year on.
  if (
    m &&
    context.anchor &&
    Number(m[1]) < context.anchor.y &&
    !isCurrentPeriodYear(context.anchor, Number(m[1]))
  )
    return { year: Number(m[1]) + 1, part: m[2] };
  if (m && (!context.anchor || Number(m[1]) <= context.anchor.y)) return { year: Number(m[1]), part: m[2] };
  if (!context.anchor) return null;
  const q = Math.ceil(context.anchor.m / 3) - 1;
  return q < 1 ? { year: context.anchor.y - 1, part: 'Q4' } : { year: context.anchor.y, part: `Q${q}` };
}

/**
 * "the latest period", "the year-ago period", "the 1988 period", "the corresponding period last year": the fiscal
 * period of an earnings report (the quarter or half just mentioned, else the last quarter), or that period a year back.
 */
export const period: TimePattern = {
  name: 'period',
  hint: ['period'],
  regex:
    /\b(?<![\d][-–])(?:the\s+)?(?:(latest|most recent|current|year-ago|year-earlier|year-before|same|corresponding|comparable)|((?:19|20)\d{2}))\s+(?:fiscal\s+)?period(?:\s+(?:of\s+)?(last year|a year (?:ago|earlier)|the previous year|the prior year))?\b/gi,
  match(m) {
    const [, relationText, yearText, backText] = m;
    const relation = relationText?.toLowerCase();
    const back = Boolean(backText) || (relation !== undefined && relation.startsWith('year-'));
    // "the same period" alone names no period of its own.
    if ((relation === 'same' || relation === 'corresponding' || relation === 'comparable') && !back)
      return null;
    const statedYear = yearText ? Number(yearText) : undefined;
    return candidate(
      'period',
      m,
      'DATE',
      { unit: 'period', ...(relation ? { relation } : {}), ...(statedYear ? { year: statedYear } : {}) },
      (context) => {
        const reported = reportedPeriod(context);
        if (!reported) return { value: statedYear ? fmt.year(statedYear) : 'XXXX-QX', inferred: 'no-anchor' };
        const y = statedYear ?? reported.year - (back ? 1 : 0);
        // "the 1988 period" compares with the period just reported: the same part of 1988.
        if (statedYear && !context.recentPeriod) return { value: fmt.year(statedYear) };
        return { value: `${fmt.year(y)}-${reported.part}`, inferred: 'reported-period' };
      },
    );
  },
};
