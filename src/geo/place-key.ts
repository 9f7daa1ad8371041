import { foldText } from '../corpus/fold.js';

const ASCII = /^[\x20-\x7e]*$/;

/**
 * The lookup key of a place name: diacritics folded, lower case, periods and apostrophes dropped,
 * other punctuation as one space ("Şanlıurfa" → "sanliurfa", "St. Louis" → "st louis", "Łódź" → "lodz").
 */
export function placeKey(name: string): string {
  // most names are plain ASCII: skip Unicode decomposition for them
  const folded = ASCII.test(name) ? name.toLowerCase() : foldText(name);
  return folded
    .replace(/[.’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when a name is written in Latin letters (other scripts are left out of the index: English news spells names in Latin). */
export function isLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\p{M}\p{N}\s.'’()-]+$/u.test(name) && /\p{L}/u.test(name);
}
