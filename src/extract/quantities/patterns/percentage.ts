import { found, type QuantityPattern } from '../quantity.js';
import { DIGITS_RE, WORD_NUMBER_RE, digitValue, wordValue } from '../numerals.js';

/** "12%", "12.5 percent", "40 per cent", "three percentage points": a share, with unit "percent" (or "percentage point"). */
export const percentage: QuantityPattern = {
  name: 'percentage',
  regex: new RegExp(
    String.raw`(?<![\p{L}\p{N}.,])(?:(${DIGITS_RE})|(${WORD_NUMBER_RE}))\s*(%|per\s?cent\b|percentage\s+points?\b)`,
    'giu',
  ),
  match(m) {
    const [, digits, words, sign] = m;
    const value = digits ? digitValue(digits) : wordValue(words);
    if (value === null) return null;
    const unit = /points?$/i.test(sign) ? 'percentage point' : 'percent';
    return found('percentage', 'percent', m, value, { unit });
  },
};
