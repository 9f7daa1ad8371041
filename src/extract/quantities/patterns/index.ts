import type { QuantityPattern } from '../quantity.js';
import { digitNumber } from './digit-number.js';
import { money } from './money.js';
import { numberRange } from './number-range.js';
import { percentage } from './percentage.js';
import { severalScale, vaguePlural } from './vague-plural.js';
import { wordNumber } from './word-number.js';

/**
 * Every quantity pattern. Where two matches overlap the longer wins; on equal length the one listed
 * first wins, so the list runs from the most specific to the most generic.
 */
export const QUANTITY_PATTERNS: QuantityPattern[] = [
  money,
  percentage,
  numberRange,
  severalScale,
  vaguePlural,
  digitNumber,
  wordNumber,
];
