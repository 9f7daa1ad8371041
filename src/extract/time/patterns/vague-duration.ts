import { candidate, type TimePattern } from '../time-expression.js';
import { durationValue, unitOf } from '../words.js';

// Words before a bare plural unit that make it a duration: "for years", "after months of talks", "took weeks".
const CUE_BEFORE =
  /\b(?:for|over|within|after|in|spent|took|take|takes|taking|lasted|last|lasts|lasting|endured|nearly|almost)\s+$/i;

/** "months of negotiations", "for years", "took weeks": an amount of time stated without a number (PXM). */
export const vagueDuration: TimePattern = {
  name: 'vague-duration',
  regex: /\b(years|months|weeks|days|decades|hours|minutes|centuries)\b/gi,
  match(m, text) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
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
