import { candidate, type TimePattern } from '../time-expression.js';
import { NUMBER_RE, UNIT_RE, amountOf, durationValue, unitOf } from '../words.js';

/** "20 months", "the past two months", "a five-year plan", "the first nine months", "several years": an amount of time (P20M). */
export const duration: TimePattern = {
  name: 'duration',
  regex: new RegExp(
    `\\b(?:(the|another|its|their|his|her|our)\\s+)?(?:(first|last|past|next|previous|coming|following|final|initial|latest|entire|whole|full|recent)\\s+)?` +
      `(${NUMBER_RE})[\\s-]+(${UNIT_RE})(?:[\\s-]+long)?\\b(?![\\s-]+old\\b)`,
    'gi',
  ),
  match(m, text) {
    const [, det, relation, amountText, unitText] = m;
    const amount = amountOf(amountText);
    if (amount === null) return null;
    if (/^\d/.test(amountText) && (amountText.length > 4 || /^(?:1[6-9]|20)\d{2}$/.test(amountText)))
      return null;
    const unit = unitOf(unitText);
    // "a weekend", "one night" are dates or counts of events more than durations.
    if (unit === 'weekend' && amount !== 'X') return null;
    // "a quarter of the votes" is a fraction.
    if (unit === 'quarter' && /^\s+of\b/i.test(text.slice(m.index + m[0].length))) return null;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    // "$5 a year" or "2 percent a year" is a rate; "per year" too: sets, not durations.
    if (/^(?:a|an)$/i.test(amountText) && /(?:\d|%|percent|cents?|dollars?)\s*$/i.test(before)) return null;
    const value = durationValue(amount, unit);
    return candidate(
      'duration',
      m,
      'DURATION',
      { amount, unit, ...(relation ? { relation: relation.toLowerCase() } : {}) },
      () => ({ value }),
      // "the 23-year occupation", "its two-year plan": TimeML leaves the determiner of an adjective out.
      det && !relation && /^[^\s-]+-/.test(m[0].slice(det.length).trimStart())
        ? {
            start: m.index + m[0].length - m[0].slice(det.length).trimStart().length,
            end: m.index + m[0].length,
          }
        : undefined,
    );
  },
};
