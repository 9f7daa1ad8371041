import { candidate, type TimePattern } from '../time-expression.js';
import { NUMBER_RE, UNIT_RE, amountOf, durationValue, unitOf } from '../words.js';

// A half of these units is a whole number of the next smaller one.
const HALF: Record<string, [string, number]> = {
  hour: ['M', 30],
  day: ['H', 12],
  year: ['M', 6],
  minute: ['S', 30],
};

/** The value of N and a half units: PT5H30M, P2Y6M; the decimal form where no smaller unit fits. */
function halfValue(whole: number, unit: string, decimal: string): string {
  const smaller = HALF[unit];
  if (!smaller) return decimal;
  const big = durationValue(whole, unit);
  return unit === 'day' ? `${big}T${smaller[1]}H` : `${big}${smaller[1]}${smaller[0]}`;
}

/** "20 months", "the past two months", "a five-year plan", "the first nine months", "several years": an amount of time (P20M). */
export const duration: TimePattern = {
  name: 'duration',
  regex: new RegExp(
    `\\b(?:(the|another|its|their|his|her|our)\\s+)?(?:(first|last|past|next|previous|coming|following|final|initial|latest|entire|whole|full|recent)\\s+)?` +
      `(${NUMBER_RE})[\\s-]+(?:(?:more|additional|extra|further|consecutive|straight|successive)\\s+)?(?:(?:trading|business|working)\\s+(?=days?\\b|weeks?\\b))?(${UNIT_RE})(?:[\\s-]+long)?\\b(?![\\s-]+old\\b)`,
    'gi',
  ),
  match(m, text) {
    const [, det, relation, amountText, unitText] = m;
    // "5 1/2 hours": the whole number before the half (written PT5H30M, as TimeBank does).
    const half =
      amountText === '2' ? /(\d+)\s+1\/$/.exec(text.slice(Math.max(0, m.index - 8), m.index)) : null;
    const amount = half ? Number(half[1]) + 0.5 : amountOf(amountText);
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
    // "a second betrayal": the ordinal, not one second.
    if (unit === 'second' && /^an?$/i.test(amountText) && /^\s+[a-z]/.test(text.slice(m.index + m[0].length)))
      return null;
    const value = durationValue(amount, unit);
    if (half) {
      const start = m.index - half[0].length;
      const halfValueText = halfValue(Number(half[1]), unit, value);
      return candidate('duration', m, 'DURATION', { amount, unit }, () => ({ value: halfValueText }), {
        start,
        end: m.index + m[0].length,
      });
    }
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

/** "half a century" (P50Y), "a year and a half" (P1Y6M), "two and a half years", "a quarter century" (P25Y). */
export const halfDuration: TimePattern = {
  name: 'duration',
  hint: ['half', 'quarter'],
  regex: new RegExp(
    `\\b(?:half\\s+an?\\s+(${UNIT_RE})|an?\\s+(${UNIT_RE})\\s+and\\s+a\\s+half|(${NUMBER_RE})[\\s-]+and[\\s-]+a[\\s-]+half[\\s-]+(${UNIT_RE})|a\\s+quarter[\\s-]+(century))\\b`,
    'gi',
  ),
  match(m) {
    const [, halfOf, oneAndHalf, wholeText, wholeUnit, quarterCentury] = m;
    if (quarterCentury)
      return candidate('duration', m, 'DURATION', { amount: 25, unit: 'year' }, () => ({ value: 'P25Y' }));
    const unit = unitOf(halfOf ?? oneAndHalf ?? wholeUnit);
    const whole = halfOf ? 0 : oneAndHalf ? 1 : amountOf(wholeText);
    if (typeof whole !== 'number') return null;
    // Half a decade or century is a whole number of years; otherwise the next smaller unit carries the half.
    const years = unit === 'decade' ? 10 : unit === 'century' ? 100 : 0;
    const value = years
      ? `P${(whole + 0.5) * years}Y`
      : whole === 0
        ? halfValue(0, unit, durationValue(0.5, unit)).replace(/^P(T?)0[A-Z]/, 'P$1')
        : halfValue(whole, unit, durationValue(whole + 0.5, unit));
    return candidate('duration', m, 'DURATION', { amount: whole + 0.5, unit }, () => ({ value }));
  },
};
