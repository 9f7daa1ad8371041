import { foldText } from '../corpus/fold.js';

const ASCII = /^[\x20-\x7e]*$/;

/** Keys computed so far (the same names recur from article to article); emptied when it grows past MEMO_SIZE. */
const memo = new Map<string, string>();
const MEMO_SIZE = 50_000;

/**
 * The lookup key of a place name: diacritics folded, lower case, periods and apostrophes dropped,
 * other punctuation as one space ("Şanlıurfa" → "sanliurfa", "St. Louis" → "st louis", "Łódź" → "lodz").
 */
export function placeKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    // most names are plain ASCII: skip Unicode decomposition for them
    const folded = ASCII.test(name) ? name.toLowerCase() : foldText(name);
    key = folded
      .replace(/[.’'`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(name, key);
  }
  return key;
}

/** True when a name is written in Latin letters (other scripts are left out of the index: English news spells names in Latin). */
export function isLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\p{M}\p{N}\s.'’()-]+$/u.test(name) && /\p{L}/u.test(name);
}
