import { found, type QuantityPattern } from '../quantity.js';
import { DIGITS_RE, SCALE_WORD_RE, digitValue, scaled } from '../numerals.js';

/**
 * "56,000", "1.2 million", "3.5bn", "300": a digit numeral with an optional scale. Not a piece of a
 * larger token ("F-16", "COVID-19", "10:30", "1st", "5pm"): no letter, digit, colon or slash touches it.
 */
export const digitNumber: QuantityPattern = {
  name: 'digit-number',
  regex: new RegExp(
    String.raw`(?<![\p{L}\p{N}.,:/\-+#$€£¥₺₹])(${DIGITS_RE})(?:(bn|mn)|\s+(${SCALE_WORD_RE}))?(?![\p{L}\p{N}%]|[.,:/]\d|-\d|\s*(?:%|per\s?cent\b|percent\b))`,
    'giu',
  ),
  match(m) {
    const [, digits, abbrev, word] = m;
    return found('digit-number', 'number', m, scaled(digitValue(digits), abbrev ?? word));
  },
};
