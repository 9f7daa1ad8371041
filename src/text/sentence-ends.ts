import { AbbreviationKind, abbreviationKind } from './abbreviations.js';
import { DIGIT, UPPER, charClass } from './char-class.js';
import { SENTENCE_STARTERS } from './word-lists.js';

/** True when [start, end) is made only of terminal punctuation: ".", "?!", "...", "…". */
export function isTerminal(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) return false;
  }
  return true;
}

/**
 * Whether the abbreviation token [start, end) (it ends with its period: "Inc.", "U.S.") also ends
 * the sentence, given the next token [nextStart, nextEnd). Titles, initials and "No." never do;
 * others do when a capitalised common sentence opener follows ("… Inc. The company").
 */
export function abbreviationEnds(
  text: string,
  start: number,
  end: number,
  nextStart: number,
  nextEnd: number,
): boolean {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 0x2e) return false;
  if ((charClass(text, start) & DIGIT) !== 0) return false;
  const kind = abbreviationKind(text.slice(start, end - 1));
  if (kind === AbbreviationKind.Prefix || kind === AbbreviationKind.Number) return false;
  if ((charClass(text, nextStart) & UPPER) === 0) return false;
  if (end - start === 4 && text.startsWith('etc', start)) return true; // a list trails off: "… cows, rabbits, etc. Be sure"
  return SENTENCE_STARTERS.has(text.slice(nextStart, nextEnd).toLowerCase());
}
