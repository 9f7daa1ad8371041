import { DIGIT, LOWER, OPEN, UPPER, charClass } from './char-class.js';
import type { TokenOffsets } from './token-buffer.js';

/** True when token k is a capitalised word with no lowercase letter, 2 or more long ("TEHRAN", "NEW"). */
function isCapsWord(text: string, tokens: TokenOffsets, k: number): boolean {
  const s = tokens.starts[k];
  const e = tokens.ends[k];
  if (e - s < 2 || (charClass(text, s) & UPPER) === 0) return false;
  for (let p = s + 1; p < e; p++) if ((charClass(text, p) & LOWER) !== 0) return false;
  return true;
}

/** True when token k is one code unit `c`. */
function isChar(text: string, tokens: TokenOffsets, k: number, c: number): boolean {
  return tokens.ends[k] - tokens.starts[k] === 1 && text.charCodeAt(tokens.starts[k]) === c;
}

/** True when token k is a dash: "-", "--", "–", "—". */
function isDash(text: string, tokens: TokenOffsets, k: number): boolean {
  const s = tokens.starts[k];
  const e = tokens.ends[k];
  if (e - s > 3) return false;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x2d && c !== 0x2013 && c !== 0x2014) return false;
  }
  return true;
}

/**
 * The index of the dash that closes a news dateline opening at token k, or -1: a place in capitals
 * with its state or its agency before a dash and a capital ("TEHRAN (AFP) - An …",
 * "PONCHATOULA, La. -- Sheriff's …", "WASHINGTON (CNN) -- The …"). UD English makes the dateline a
 * sentence of its own. A capitalised headline before a dash ("BIG MISTAKE - The food …") has
 * neither state nor agency and is no dateline.
 */
export function datelineDash(text: string, tokens: TokenOffsets, k: number): number {
  const { starts } = tokens;
  const n = starts.length;
  let j = k;
  while (j < n && j - k < 4 && isCapsWord(text, tokens, j)) j++;
  if (j === k || j >= n) return -1;
  let qualified = false;
  if (isChar(text, tokens, j, 0x2c)) {
    // ", La." / ", Calif." / ", Texas"
    j++;
    if (j >= n || (charClass(text, starts[j]) & UPPER) === 0) return -1;
    j++;
    if (j < n && isChar(text, tokens, j, 0x2e) && starts[j] === tokens.ends[j - 1]) j++;
    qualified = true;
  }
  if (j < n && isChar(text, tokens, j, 0x28)) {
    // "(AFP)" / "(Reuters)"
    j++;
    const open = j;
    while (j < n && j - open < 3 && (charClass(text, starts[j]) & UPPER) !== 0) j++;
    if (j === open || j >= n || !isChar(text, tokens, j, 0x29)) return -1;
    j++;
    qualified = true;
  }
  if (!qualified || j + 1 >= n || !isDash(text, tokens, j)) return -1;
  if (starts[j + 1] === tokens.ends[j]) return -1;
  return (charClass(text, starts[j + 1]) & (UPPER | OPEN)) !== 0 || text.charCodeAt(starts[j + 1]) === 0x22
    ? j
    : -1;
}

const WEEKDAY_NAMES = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const MONTH_NAMES = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

/** Lowercase words that bring in a date within a sentence: "on Monday, May 7, 2015", "until …". */
const DATE_INTRODUCERS = new Set(
  'on by of until till thru through from since before after to and or than as at for is was be dated last next this every'.split(
    ' ',
  ),
);

/** True when token k is one of `names` (lowercase), written in title case or capitals. */
function isName(text: string, tokens: TokenOffsets, k: number, names: ReadonlySet<string>): boolean {
  const s = tokens.starts[k];
  const e = tokens.ends[k];
  if (e - s < 3 || e - s > 9 || (charClass(text, s) & UPPER) === 0) return false;
  return names.has(text.slice(s, e).toLowerCase());
}

/** True when token k is `min` to `max` digits. */
function isDigits(text: string, tokens: TokenOffsets, k: number, min: number, max: number): boolean {
  const s = tokens.starts[k];
  const e = tokens.ends[k];
  if (e - s < min || e - s > max) return false;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * The index of the year of a full date written out from token k ("Thursday, March 15, 2012",
 * "MARCH 3, 2021"; the weekday is required when `weekday` is set), or -1.
 */
export function fullDateYear(text: string, tokens: TokenOffsets, k: number, weekday: boolean): number {
  const n = tokens.starts.length;
  let j = k;
  if (j + 1 < n && isChar(text, tokens, j + 1, 0x2c) && isName(text, tokens, j, WEEKDAY_NAMES)) j += 2;
  else if (weekday) return -1;
  if (j + 3 >= n || !isName(text, tokens, j, MONTH_NAMES) || !isDigits(text, tokens, j + 1, 1, 2)) return -1;
  return isChar(text, tokens, j + 2, 0x2c) && isDigits(text, tokens, j + 3, 4, 4) ? j + 3 : -1;
}

/** True when token k may open the text under a date line: a capital or an opening quote, or any token on a new line. */
function opensText(text: string, tokens: TokenOffsets, k: number): boolean {
  const c = text.charCodeAt(tokens.starts[k]);
  if ((charClass(text, tokens.starts[k]) & UPPER) !== 0 || c === 0x22 || c === 0x201c) return true;
  for (let p = tokens.ends[k - 1]; p < tokens.starts[k]; p++) if (text.charCodeAt(p) === 0x0a) return true;
  return false;
}

/**
 * Whether a sentence starts at token i, a weekday that opens a full date line, as in the head of a
 * news or wiki article ("… owners of a dungeon ‖ Sunday, October 21, 2007 ‖ Operating the …"):
 * after a word that does not bring it in (not "on Monday, May 7, 2015"), when the text goes on
 * with a capital or a new line after the date (not "They met Monday, May 1, 2000."). UD English
 * makes such a date a sentence of its own (in EWT and GUM train, all 10 dates with a weekday
 * after a word that is no preposition).
 */
export function startsDateLine(text: string, tokens: TokenOffsets, i: number): boolean {
  const { starts, ends } = tokens;
  const year = fullDateYear(text, tokens, i, true);
  if (year < 0 || (year + 1 < starts.length && !opensText(text, tokens, year + 1))) return false;
  const last = charClass(text, ends[i - 1] - 1);
  if ((last & (UPPER | LOWER | DIGIT)) === 0) {
    const c = text.charCodeAt(ends[i - 1] - 1);
    if (c !== 0x27 && c !== 0x22 && c !== 0x2019 && c !== 0x201d) return false; // "… the 'Mets Poet' ‖ Wednesday, …"
  }
  return !DATE_INTRODUCERS.has(text.slice(starts[i - 1], ends[i - 1]).toLowerCase());
}

/**
 * Whether a sentence that is only a full date ends before token i, a capital or a quote
 * ("Thursday, March 15, 2012 ‖ Wikinews interviewed …": 4 of 5 such dates in EWT and GUM train).
 */
export function endsDateLine(text: string, tokens: TokenOffsets, i: number, sentenceStart: number): boolean {
  if (!isDigits(text, tokens, i - 1, 4, 4)) return false;
  return opensText(text, tokens, i) && fullDateYear(text, tokens, sentenceStart, false) === i - 1;
}
