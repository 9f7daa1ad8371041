import { DIGIT, charClass } from './char-class.js';
import type { TokenBuffer } from './token-buffer.js';
import { FUSED_CONTRACTIONS, UNIT_SUFFIXES } from './word-lists.js';

/** True for the apostrophes that introduce a clitic: ' ’ and the backtick of hasty typing. */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x60;
}

/** Lowercases an ASCII letter code (other codes unchanged). */
function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/**
 * Where the clitic at the end of word [start, end) begins, or -1: 's 're 've 'll 'd 'm and n't
 * (any apostrophe, any case). A digit before 's keeps it whole, as UD does ("1990's", "AK47's").
 */
function cliticStart(text: string, start: number, end: number): number {
  const len = end - start;
  if (len < 3) return -1;
  const last = lower(text.charCodeAt(end - 1));
  const prev = text.charCodeAt(end - 2);
  if (isApostrophe(prev)) {
    if (last === 0x73 /* s */ && (charClass(text, end - 3) & DIGIT) !== 0) return -1;
    if (last === 0x73 || last === 0x64 /* d */ || last === 0x6d /* m */) return end - 2;
    if (last === 0x74 /* t */ && len > 3 && lower(text.charCodeAt(end - 3)) === 0x6e /* n */) return end - 3;
    return -1;
  }
  if (len < 4 || !isApostrophe(text.charCodeAt(end - 3))) return -1;
  const pair = (lower(prev) << 8) | last;
  // 're 've 'll
  if (pair === 0x7265 || pair === 0x7665 || pair === 0x6c6c) return end - 3;
  return -1;
}

/** Lengths and last letters of the fused contractions: a cheap test before the map lookup. */
const FUSED_SHAPES = new Set<number>();
for (const word of FUSED_CONTRACTIONS.keys())
  FUSED_SHAPES.add((word.length << 8) | word.charCodeAt(word.length - 1));

/** Where a fused informal contraction splits ("cannot" → 3, "dont" → 2), or -1. */
function fusedSplit(text: string, start: number, end: number): number {
  if (!FUSED_SHAPES.has(((end - start) << 8) | lower(text.charCodeAt(end - 1)))) return -1;
  const word = text.slice(start, end);
  const at = FUSED_CONTRACTIONS.get(word) ?? FUSED_CONTRACTIONS.get(word.toLowerCase());
  return at === undefined ? -1 : start + at;
}

/** Where a unit written against its number begins ("375mm" → 3, "1.5bn" → 3), or -1. */
export function unitSplit(text: string, start: number, end: number): number {
  let p = start;
  while (p < end && (charClass(text, p) & DIGIT) !== 0) p++;
  if (p === start) return -1;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c !== 0x2e && c !== 0x2c && (charClass(text, p) & DIGIT) === 0) break;
    p++;
  }
  if (p === end || end - p > 4 || (charClass(text, p - 1) & DIGIT) === 0) return -1;
  return UNIT_SUFFIXES.has(text.slice(p, end).toLowerCase()) ? p : -1;
}

/**
 * Appends word [start, end) to the buffer, split into host and clitics as UD English does:
 * "don't" → "do" + "n't", "Türkiye’s" → "Türkiye" + "’s", "shouldn't've" → 3 words,
 * "cannot" → "can" + "not". `hasApostrophe` says whether the word holds one (a fast path).
 */
export function pushWord(
  text: string,
  start: number,
  end: number,
  hasApostrophe: boolean,
  out: TokenBuffer,
): void {
  if (!hasApostrophe) {
    const at = fusedSplit(text, start, end);
    if (at > start) out.push(start, at);
    out.push(at > start ? at : start, end);
    return;
  }
  // Peel clitics off the end (at most two: "n't" + "'ve"), then push host and clitics in order.
  const first = cliticStart(text, start, end);
  if (first <= start) {
    out.push(start, end);
    return;
  }
  const second = cliticStart(text, start, first);
  if (second > start) {
    out.push(start, second);
    out.push(second, first);
  } else out.push(start, first);
  out.push(first, end);
}
