import { isCurrentPeriodYear, valueAt } from './anchor.js';
import { addDays, fmt, parseIsoDate, type CalendarDate } from './calendar.js';
import { recognize, withExtent } from './recognize.js';
import { tenseFromWords, type TenseAt } from './tense.js';
import type { TimeExpression, TimexMod } from './time-expression.js';

const WEEK_OF = /((?:the\s+)?(week|weekend)\s+of\s+)$/i;
const DAY_OFF = /((?:the\s+)?day\s+(before|after)\s+)$/i;

// How far (in characters) a fiscal period mentioned earlier colours "a year ago" ("third-quarter ... a year ago")
// once another date has been told after it; until then a period already over holds however long the paragraphs
// between (a report's own quarter; not one still to come, "cutting first-quarter production").
const PERIOD_REACH = 300;
const FISCAL = /\bfiscal\b/i;

/** True when a quarter or half (2025-Q2, 2025-H1) was over before the publication date: one a report can be about. */
function periodEnded(value: string, anchor: CalendarDate | null): boolean {
  const m = /^(\d{4})-([QH])(\d)$/.exec(value);
  if (!m || !anchor) return false;
  const lastMonth = Number(m[3]) * (m[2] === 'Q' ? 3 : 6);
  return Number(m[1]) < anchor.y || (Number(m[1]) === anchor.y && lastMonth < anchor.m);
}

/** What tagging needs besides the text. */
export interface TagTimesOptions {
  /**
   * The publication date (ISO 8601). Null or absent: relative expressions stay unresolved in TimeML style
   * ("Friday" -> XXXX-WXX-5, "last year" -> XXXX) rather than resolved against the day the tool runs.
   */
  published?: string | null;
  /** The tense around a span; defaults to word cues in the sentence (used when the Doc has no tags). */
  tenseAt?: TenseAt;
}

/** Finds and normalizes every time expression in a text (TIMEX3 extents, types, values and mods). */
export function tagTimes(text: string, options: TagTimesOptions = {}): TimeExpression[] {
  const anchor = parseIsoDate(options.published);
  const tenseAt = options.tenseAt ?? tenseFromWords(text);
  const out: TimeExpression[] = [];
  let previous: CalendarDate | null = null;
  let previousEnd = -1;
  let period: { value: string; end: number; ended: boolean; since?: boolean } | null = null;
  // A quarter named as fiscal ("the fiscal first quarter") is the report's own period for the whole article: the
  // company's year is not the calendar's, so "the quarter" further on is that one, not the last calendar quarter.
  let fiscal: string | undefined;
  let previousYear: number | undefined;
  let previousMonth: { y: number; m: number } | undefined;
  for (let c of recognize(text)) {
    // "this year" in "February this year" is already in the month's value.
    const before = out[out.length - 1];
    if (
      c.pattern === 'relative-unit' &&
      before?.stated.yearAfter &&
      /^\s+$/.test(text.slice(before.end, c.start)) &&
      /^(?:last|this|next)\s+year$/i.test(text.slice(c.start, c.end))
    )
      continue;
    const resolved = c.resolve({
      anchor,
      // Read the tense only for the patterns that ask for it (weekdays, months): it scans the sentence.
      get tense() {
        return tenseAt(c.start, c.end);
      },
      previous,
      // every field always there (undefined when unknown; the patterns test them so): one hidden
      // class for the context, where spreading the known ones made one per combination
      previousDistance: previousEnd >= 0 ? c.start - previousEnd : undefined,
      recentPeriod:
        period && (c.start - period.end < PERIOD_REACH || (period.ended && !period.since))
          ? period.value
          : undefined,
      fiscalPeriod: fiscal || undefined,
      previousYear: previousYear || undefined,
      previousMonth: previousMonth || undefined,
    });
    // A date told after the period ("On Oct. 1 ...") moves the narrative on: the period's hold now has a reach.
    if (period && c.start >= period.end && c.type === 'DATE') period.since = true;
    const stated = /^(\d{4})(?:-\d\d)*$/.exec(resolved.value);
    if (stated && c.type === 'DATE') previousYear = Number(stated[1]);
    const month = c.type === 'DATE' ? /^(\d{4})-(\d\d)(?:-\d\d)?$/.exec(resolved.value) : null;
    if (month) previousMonth = { y: Number(month[1]), m: Number(month[2]) };
    // Only a period that can be the one reported on is remembered: a period counted back from it ("a year earlier",
    // "the year-ago quarter") is the comparison, not the report's own period.
    const periodYear = /^(\d{4})-[QH]\d$/.exec(resolved.value)?.[1];
    if (periodYear && (!anchor || isCurrentPeriodYear(anchor, Number(periodYear)))) {
      period = { value: resolved.value, end: c.end, ended: periodEnded(resolved.value, anchor) };
      if (/^Q/.test(resolved.value.slice(5)) && FISCAL.test(text.slice(c.start, c.end)))
        fiscal ??= resolved.value;
    }
    // "the nine months", "the first six months": a report moves on to a longer stretch, no longer the quarter.
    else if (/^P\d+M$/.test(resolved.value) && /^the\s/i.test(text.slice(c.start, c.end))) period = null;
    const mod = resolved.mod ?? (c.mod as TimexMod | undefined);
    // "the day before last Tuesday", "the day after Christmas": one day off the date named.
    const offset = resolved.date
      ? DAY_OFF.exec(text.slice(Math.max(previousEnd, c.start - 20, 0), c.start))
      : null;
    // "the week of March 6", "the weekend of Feb. 14": the week holding that day.
    const weekOf = resolved.date ? WEEK_OF.exec(text.slice(Math.max(0, c.start - 20), c.start)) : null;
    const prefixStart = weekOf ? c.start - weekOf[1].length : c.start;
    const lastOut = out[out.length - 1];
    // The "the weekend" already tagged inside the phrase gives way; anything reaching further back keeps it apart.
    const clear = !lastOut || lastOut.end <= prefixStart || lastOut.start >= prefixStart;
    if (weekOf && resolved.date && clear) {
      if (lastOut && lastOut.end > prefixStart) out.pop();
      const week = valueAt(resolved.date, weekOf[2].toLowerCase() === 'weekend' ? 'weekend' : 'week');
      Object.assign(resolved, { value: week, inferred: 'week-of-date' });
      c = withExtent(c, prefixStart, c.end, c.mod);
    } else if (offset && resolved.date) {
      const date = addDays(resolved.date, /before/i.test(offset[2]) ? -1 : 1);
      Object.assign(resolved, { value: fmt.day(date), date, inferred: 'day-off-date' });
      c = withExtent(c, c.start - offset[1].length, c.end, c.mod);
    }
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: c.type,
      value: resolved.value,
      ...(mod ? { mod } : {}),
      stated: c.stated,
      ...(resolved.inferred ? { inferred: resolved.inferred } : {}),
      ...(resolved.range ? { range: resolved.range } : {}),
      pattern: c.pattern,
    });
    const last = out[out.length - 2];
    const here = out[out.length - 1];
    // "from January through September": a range of months runs forward, so the first takes the year that
    // keeps it before the second (each year was inferred on its own).
    if (
      last?.pattern === 'month-name' &&
      here.pattern === 'month-name' &&
      last.inferred === 'year-from-anchor' &&
      /^\s*(?:to|through|until|till|-|–)\s*$/i.test(text.slice(last.end, here.start)) &&
      /^\d{4}-\d\d$/.test(last.value) &&
      /^\d{4}-\d\d$/.test(here.value) &&
      last.value > here.value
    ) {
      const ordered = `${here.value.slice(0, 4)}${last.value.slice(4)}`;
      if (ordered <= here.value) out[out.length - 2] = { ...last, value: ordered, inferred: 'range-order' };
    }
    // "9 a.m. Tuesday", "4 a.m. EDT Thursday": a clock time followed by its day is one TIME on that day.
    const between = last ? text.slice(last.end, here.start) : '';
    // "10:35 a.m. (0735 GMT) Friday": the clock time takes the day named after the aside, keeping its own extent.
    if (
      last &&
      last.pattern === 'time-of-day' &&
      resolved.date &&
      /^\s*\([^()]{1,24}\)[\s,]*(?:on\s+)?$/.test(between) &&
      last.inferred === 'anchor'
    ) {
      const clock = /T[\d:]+$/.exec(last.value)?.[0] ?? '';
      out[out.length - 2] = { ...last, value: fmt.day(resolved.date) + clock, inferred: 'next-date' };
    }
    if (last && last.pattern === 'time-of-day' && resolved.date && /^[\s,]*(?:on\s+)?$/.test(between)) {
      const clock = /T[\d:]+$/.exec(last.value)?.[0] ?? '';
      out.splice(out.length - 2, 2, {
        ...last,
        end: here.end,
        text: text.slice(last.start, here.end),
        value: here.value + clock,
        stated: { ...last.stated, ...here.stated },
      });
    }
    if (resolved.date) {
      previous = resolved.date;
      previousEnd = c.end;
    }
  }
  return out;
}
