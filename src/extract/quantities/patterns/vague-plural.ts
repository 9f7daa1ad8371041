import { found, type QuantityPattern } from '../quantity.js';

/** The range a plural of a number word stands for ("dozens" = 24–99: more than one dozen, fewer than a hundred). */
const RANGES: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 999999999],
  billions: [2e9, 999999999999],
  'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999],
  'tens of millions': [2e7, 99999999],
  'hundreds of millions': [2e8, 999999999],
};

/** "dozens", "hundreds of", "scores of", "tens of thousands": vague amounts with the range they imply. */
export const vaguePlural: QuantityPattern = {
  name: 'vague-plural',
  regex:
    /\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores(?=\s+of\b)|hundreds|thousands|millions|billions)\b/gi,
  match(m) {
    const range = RANGES[m[0].toLowerCase().replace(/\s+/g, ' ')];
    if (!range) return null;
    return found('vague-plural', 'vague', m, null, { low: range[0], high: range[1], vague: true });
  },
};

/** "several hundred", "a few thousand", "a few dozen": a handful of a scale (3–9 of it). */
export const severalScale: QuantityPattern = {
  name: 'several-scale',
  regex: /\b(?:several|a\s+few)\s+(dozen|hundred|thousand|million|billion)\b/gi,
  match(m) {
    const scale =
      { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 }[m[1].toLowerCase()] ?? 1;
    return found('several-scale', 'vague', m, null, { low: 3 * scale, high: 9 * scale, vague: true });
  },
};
