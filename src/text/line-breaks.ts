import { DIGIT, OPEN, SPACE, UPPER, charClass } from './char-class.js';
import type { TokenOffsets } from './token-buffer.js';

/** What the splitter remembers about lines: where the current one began, the longest line. */
export interface LineState {
  /** Index of the first token of the current line. */
  lineStart: number;
  /** Length of the longest line of the text, in code units (-1 until measured). */
  maxLine: number;
}

/** How many line breaks the gap [from, to) holds: 0, 1, or 2 for a blank line (or more). */
export function newlinesBetween(text: string, from: number, to: number): number {
  if (to - from === 0) return 0;
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return 0;
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x2028 || c === 0x2029 || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
      count++;
      if (count > 1) return 2;
    }
  }
  return count;
}

/** Length of the longest line of text. */
function longestLine(text: string): number {
  let max = 0;
  let start = 0;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
    if (k - start > max) max = k - start;
    start = k + 1;
  }
  return Math.max(max, text.length - start);
}

/** True when token i opens a list item: a bullet, or "1." / "1)" / "a)" at the start of the line. */
function isListItem(text: string, tokens: TokenOffsets, i: number): boolean {
  const s = tokens.starts[i];
  const e = tokens.ends[i];
  const c = text.charCodeAt(s);
  if (
    e - s === 1 &&
    (c === 0x2022 ||
      c === 0xb7 ||
      c === 0x25aa ||
      c === 0x2023 ||
      c === 0x25e6 ||
      c === 0x2a ||
      c === 0x2d ||
      c === 0x2013 ||
      c === 0x2014)
  ) {
    return true;
  }
  if ((charClass(text, s) & DIGIT) === 0 && e - s > 1) return false;
  const last = text.charCodeAt(e - 1);
  if (last === 0x2e && e - s <= 4) return (charClass(text, s) & DIGIT) !== 0;
  if (i + 1 >= tokens.starts.length || tokens.starts[i + 1] !== e || e - s > 3) return false;
  const marker = text.charCodeAt(e);
  return marker === 0x29 || (marker === 0x2e && (charClass(text, s) & DIGIT) !== 0);
}

/** Punctuation that says a line goes on: a comma, a colon, a hyphen, an opening bracket. */
function continues(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x2d ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x28 ||
    c === 0x26 ||
    c === 0x2f ||
    c === 0x5b
  );
}

/**
 * Whether a single line break before token i ends a sentence: before a list item, or after a
 * headline-like line (no final punctuation, next line capitalised). In hard-wrapped text (every
 * line at most 100 code units) only a line well short of the wrap width counts as a headline.
 * Advances `state.lineStart` to i.
 */
export function lineBreakEnds(text: string, tokens: TokenOffsets, i: number, state: LineState): boolean {
  const lineStart = state.lineStart;
  state.lineStart = i;
  if (isListItem(text, tokens, i)) return true;
  const prevEnd = tokens.ends[i - 1];
  const last = text.charCodeAt(prevEnd - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2026 || continues(last)) return false;
  const next = charClass(text, tokens.starts[i]);
  if ((next & (UPPER | DIGIT | OPEN)) === 0 || (next & SPACE) !== 0) return false;
  if (state.maxLine < 0) state.maxLine = longestLine(text);
  const lineLength = prevEnd - tokens.starts[lineStart];
  return state.maxLine > 100 || lineLength <= 0.7 * state.maxLine;
}
