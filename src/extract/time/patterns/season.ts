import { fmt } from '../calendar.js';
import { candidate, type ResolveContext, type TimePattern } from '../time-expression.js';

const SEASON: Record<string, { code: string; order: number }> = {
  spring: { code: 'SP', order: 1 },
  summer: { code: 'SU', order: 2 },
  fall: { code: 'FA', order: 3 },
  autumn: { code: 'FA', order: 3 },
  winter: { code: 'WI', order: 4 },
};

/** The season a month falls in (winter counted in the year it starts, TimeML's YYYY-WI). */
function seasonOrder(month: number): number {
  if (month >= 3 && month <= 5) return 1;
  if (month >= 6 && month <= 8) return 2;
  if (month >= 9 && month <= 11) return 3;
  return 4;
}

/** "last summer", "this fall", "the spring of 1998", "winter 2024": a season (2025-SU). */
export const season: TimePattern = {
  name: 'season',
  regex:
    /\b(?:(last|this|next|the|past|coming|early|late|that)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4})\b|\s+of\s+(last|this|next)\s+year\b)?/gi,
  match(m, text) {
    const [, relationText, name, yearText, yearRelation] = m;
    const relation = relationText?.toLowerCase();
    // "That summer", "in that fall" point back to a year; "stocks that fall" is a verb.
    if (
      relation === 'that' &&
      relationText !== 'That' &&
      !/\b(?:in|during|by|until|till|since|through)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
    )
      return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // "prices fall", "the fall of the wall", "a spring in her step": a season needs a determiner or a year.
    // "last fall in his home" is the season; "the fall in prices" is not.
    if (
      !yearText &&
      !yearRelation &&
      (!relation || (relation === 'the' && /^\s+(?:of|in|from)\b/i.test(after)))
    )
      return null;
    // "early summer" needs "the" or "in" before it ("an early spring" is weather, not a date).
    const edge = relation === 'early' || relation === 'late';
    if (edge && !/\b(?:the|in|by|until|since)\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index)))
      return null;
    const { code, order } = SEASON[name.toLowerCase()];
    const y = yearText ? Number(yearText) : undefined;
    const start =
      edge && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) ? m.index - 4 : m.index;
    const mod = relation === 'early' ? 'START' : relation === 'late' ? 'END' : undefined;
    const withMod = <T extends { value: string }>(r: T): T & { mod?: 'START' | 'END' } =>
      mod ? { ...r, mod } : r;
    return candidate(
      'season',
      m,
      'DATE',
      { season: code, ...(y ? { year: y } : {}) },
      (context) => withMod(resolveSeason(context)),
      {
        start,
        end: m.index + m[0].length,
      },
    );
    function resolveSeason(context: ResolveContext): { value: string; inferred?: string } {
      if (y !== undefined) return { value: `${fmt.year(y)}-${code}` };
      if (!context.anchor) return { value: `XXXX-${code}`, inferred: 'no-anchor' };
      // "in 1996. That summer": the season of the year just mentioned.
      if (relation === 'that' && context.previousYear)
        return { value: `${fmt.year(context.previousYear)}-${code}`, inferred: 'previous-year' };
      // "the fall of last year": the season of the year named.
      if (yearRelation) {
        const step = { last: -1, this: 0, next: 1 }[yearRelation.toLowerCase() as 'last' | 'this' | 'next'];
        return { value: `${fmt.year(context.anchor.y + step)}-${code}`, inferred: 'year-relative' };
      }
      const now = seasonOrder(context.anchor.m);
      // Winter of a January date belongs to the previous year (December to February).
      const base = context.anchor.m <= 2 ? context.anchor.y - 1 : context.anchor.y;
      let year = base;
      if (relation === 'last' || relation === 'past') year = order < now ? base : base - 1;
      else if (relation === 'next' || relation === 'coming') year = order > now ? base : base + 1;
      // "this summer" in February is the summer of the calendar year; only "this winter" started the year before.
      else if (relation === 'this') year = code === 'WI' ? base : context.anchor.y;
      else if (context.tense === 'past' && order > now) year = base - 1;
      else if (context.tense === 'future' && order < now) year = base + 1;
      return { value: `${fmt.year(year)}-${code}`, inferred: 'year-from-anchor' };
    }
  },
};
