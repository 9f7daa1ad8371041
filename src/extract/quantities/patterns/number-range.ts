import { found, type QuantityPattern } from '../quantity.js';
import { DIGITS_RE, SCALE_WORD_RE, digitValue, scaled } from '../numerals.js';

/**
 * "10-20", "between 300 and 400", "5,000 to 7,000", "2 to 3 million": two numerals as a low and a high
 * bound. A scale after the second numeral applies to both ("2 to 3 million").
 */
export const numberRange: QuantityPattern = {
  name: 'number-range',
  regex: new RegExp(
    String.raw`(?<![\p{L}\p{N}.,:/\-+#$€£¥₺₹])(?:between\s+)?(${DIGITS_RE})(?:\s*[-–]\s*|\s+(?:to|and)\s+)(${DIGITS_RE})(?:\s+(${SCALE_WORD_RE}))?(?![\p{L}\p{N}%]|[.,:/\-]\d)`,
    'giu',
  ),
  match(m) {
    const [text, first, second, scale] = m;
    const between = /^between/i.test(text);
    // "and" only makes a range after "between" ("300 and 400 people" is two counts)
    if (!between && /\sand\s/i.test(text)) return null;
    const low = scaled(digitValue(first), scale);
    const high = scaled(digitValue(second), scale);
    if (!(low < high)) return null;
    return found('number-range', 'range', m, null, { low, high });
  },
};
