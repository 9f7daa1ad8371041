import { LOWER, OPEN, UPPER, charClass } from './char-class.js';
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
