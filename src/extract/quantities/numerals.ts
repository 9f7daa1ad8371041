/** Number words and digit numerals: the regex fragments every quantity pattern shares, and their values. */

import { ONES, TENS } from '../../text/number-words.js';

/** Multipliers written as words or as newsroom abbreviations ("3.5bn", "€20m"). */
export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  tn: 1e12,
};

/** A digit numeral: "56,000", "1.2", "300", ".5" (thousands separated by commas). */
export const DIGITS_RE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A scale word after a numeral ("1.2 million"). */
export const SCALE_WORD_RE = 'hundred|thousand|million|billion|trillion';
/** One number word. */
export const NUMBER_WORD_RE = [
  ...Object.keys(ONES),
  ...Object.keys(TENS),
  'hundred',
  'thousand',
  'million',
  'billion',
].join('|');
/** A run of number words: "fifty-six thousand", "two hundred and five", "a dozen", "a million". */
export const WORD_NUMBER_RE = String.raw`(?:an?\s+(?:hundred|thousand|million|billion|dozen)|(?:${NUMBER_WORD_RE})(?:(?:\s+and\s+|[\s-])(?:${NUMBER_WORD_RE}))*(?:\s+dozen)?)`;

/** The value of a digit numeral ("56,000" → 56000). */
export function digitValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The value of a run of number words ("fifty-six thousand" → 56000), or null when it does not read as one. */
export function wordValue(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'and') continue;
    if (word === 'a' || word === 'an') current = 1;
    else if (word in ONES) current += ONES[word];
    else if (word in TENS) current += TENS[word];
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word];
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** Multiplies a value by a scale word or abbreviation, if any. */
export function scaled(value: number, scale: string | undefined): number {
  if (!scale) return value;
  const factor = SCALES[scale.toLowerCase()];
  // round away binary noise: 1.2 * 1e6 is 1199999.9999999998
  return factor ? Math.round(value * factor * 1e6) / 1e6 : value;
}
