import { candidate, type TimePattern } from '../time-expression.js';
import { durationValue, unitOf } from '../words.js';

// Words before a bare plural unit that make it a duration: "for years", "after months of talks", "took weeks".
const CUE_BEFORE =
  /\b(?:for|over|within|after|in|spent|took|take|takes|taking|lasted|last|lasts|lasting|endured|nearly|almost)\s+$/i;

// "over the years": the preposition before "the" that makes the plural a stretch of time.
const THE_STRETCH = /\b(?:over|through|throughout|during|in|across)\s+(the\s+)$/i;

/** "months of negotiations", "for years", "took weeks": an amount of time stated without a number (PXM). */
export const vagueDuration: TimePattern = {
  name: 'vague-duration',
  regex:
    /\b(?:(years|months|weeks|days|decades|hours|minutes|centuries)|(day|week|month|year)(?=-long\b))\b/gi,
  match(m, text) {
    // "a day-long meeting", "a year-long truce": one unit.
    if (m[2]) {
      const one = unitOf(m[2]);
      return candidate(
        'vague-duration',
        m,
        'DURATION',
        { amount: 1, unit: one },
        () => ({
          value: durationValue(1, one),
        }),
        { start: m.index, end: m.index + m[0].length + '-long'.length },
      );
    }
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    // "its decades-long battle": the compound is the stretch of time, whatever precedes it.
    const compound = /^-long\b/i.test(after);
    if (compound)
      return candidate(
        'vague-duration',
        m,
        'DURATION',
        { amount: 'X', unit: unitOf(m[1]) },
        () => ({
          value: durationValue('X', unitOf(m[1])),
        }),
        { start: m.index, end: m.index + m[0].length + '-long'.length },
      );
    // "over the years", "in the years that followed", "through the decades": an unnumbered stretch, "the" inside;
    // "in the weeks before the shooting" points to a time before an event and stays out.
    const stretch = /^(?:years|decades)$/i.test(m[1]) ? THE_STRETCH.exec(before) : null;
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (stretch && !/^\s+(?:of|before|after|between|leading|prior|when|in\s+which)\b/i.test(next))
      return candidate(
        'vague-duration',
        m,
        'DURATION',
        { amount: 'X', unit: unitOf(m[1]) },
        () => ({ value: durationValue('X', unitOf(m[1])) }),
        { start: m.index - stretch[1].length, end: m.index + m[0].length },
      );
    // Preceded by a number or an adjective it belongs to a longer pattern ("20 months", "recent years").
    if (
      /(?:\d|\b(?:recent|past|last|coming|next|few|several|many|these|those|the|of|early|later|earlier)\s*)[\s-]*$/i.test(
        before,
      )
    )
      return null;
    if (!/^\s+of\b/i.test(after) && !CUE_BEFORE.test(before)) return null;
    if (/^\s+(?:ago|later|earlier)\b/i.test(after)) return null;
    const unit = unitOf(m[1]);
    return candidate('vague-duration', m, 'DURATION', { amount: 'X', unit }, () => ({
      value: durationValue('X', unit),
    }));
  },
};
