import { found, type QuantityPattern } from '../quantity.js';
import { WORD_NUMBER_RE, wordValue } from '../numerals.js';

/**
 * "fifty-six thousand", "two hundred", "a dozen", "three": numbers in words. A lone "one" is left
 * out: it is far more often a pronoun or determiner ("one of the", "no one") than a count.
 */
export const wordNumber: QuantityPattern = {
  name: 'word-number',
  regex: new RegExp(String.raw`(?<![\p{L}\p{N}-])${WORD_NUMBER_RE}(?![\p{L}\p{N}]|-\p{L})`, 'giu'),
  match(m) {
    if (/^(?:one|zero)$/i.test(m[0])) return null;
    const value = wordValue(m[0]);
    return value === null ? null : found('word-number', 'number', m, value);
  },
};
