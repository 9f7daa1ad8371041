import { abbreviationKind } from '../../text/abbreviations.js';
import { DIGIT, LETTER, LOWER, UPPER, charClass } from '../../text/char-class.js';
import type { TokenOffsets } from '../../text/token-buffer.js';

/** Version of the feature templates below; recorded in the model file, checked on load. */
export const BOUNDARY_FEATURE_VERSION = 2;

/** The most features one boundary gets. */
export const MAX_BOUNDARY_FEATURES = 20;

/** Stand-in form and shape for a token before the text's start or past its end. */
const NONE = 0x7fffffff;

/** FNV-1a over the token's code units, ASCII capitals folded to lowercase (the first 24 units). */
export function formHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  const stop = Math.min(end, start + 24);
  for (let k = start; k < stop; k++) {
    let c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (end - start)) >>> 0;
}

/**
 * A coarse shape code: for a token that opens with neither letter nor digit, its first code unit
 * (punctuation identity matters: `.` `"` `:` `-`) and whether it is longer; otherwise bits for the
 * first letter's case, all capitals, digits, a final period or colon, and the length (1, 2-3, 4+).
 */
export function shapeCode(text: string, start: number, end: number): number {
  const first = charClass(text, start);
  const len = end - start;
  if ((first & (LETTER | DIGIT)) === 0) return 0x10000 | text.charCodeAt(start) | (len > 1 ? 0x100000 : 0);
  let code = (first & UPPER) !== 0 ? 1 : (first & DIGIT) !== 0 ? 2 : (first & LOWER) !== 0 ? 3 : 4;
  let caps = len > 1;
  let digits = false;
  for (let k = start + 1; k < end; k++) {
    const c = charClass(text, k);
    if ((c & LOWER) !== 0) caps = false;
    if ((c & DIGIT) !== 0) digits = true;
  }
  const last = text.charCodeAt(end - 1);
  if (caps && (first & UPPER) !== 0) code |= 8;
  if (digits) code |= 16;
  if (last === 0x2e) code |= 32;
  else if (last === 0x3a) code |= 64;
  code |= (len === 1 ? 0 : len <= 3 ? 1 : 2) << 8;
  return code;
}

/**
 * The features of the boundary before token i (hashed ids written to `out`; returns how many).
 * They read two tokens on each side, the rules' answer, the line breaks, how far the current
 * sentence has run, and the form of its first token (a header's "From:", "Subject:").
 */
export function boundaryFeatures(
  text: string,
  tokens: TokenOffsets,
  i: number,
  rule: boolean,
  breaks: number,
  sentenceStart: number,
  out: Uint32Array,
): number {
  const { starts, ends } = tokens;
  const n = starts.length;
  const r = rule ? 1 : 0;
  const p1 = formHash(text, starts[i - 1], ends[i - 1]);
  const n1 = formHash(text, starts[i], ends[i]);
  const p1s = shapeCode(text, starts[i - 1], ends[i - 1]);
  const n1s = shapeCode(text, starts[i], ends[i]);
  const p2 = i >= 2 ? formHash(text, starts[i - 2], ends[i - 2]) : NONE;
  const p2s = i >= 2 ? shapeCode(text, starts[i - 2], ends[i - 2]) : NONE;
  const n2 = i + 1 < n ? formHash(text, starts[i + 1], ends[i + 1]) : NONE;
  const n2s = i + 1 < n ? shapeCode(text, starts[i + 1], ends[i + 1]) : NONE;
  const run = i - sentenceStart;
  const length = run <= 2 ? run : run <= 5 ? 3 : run <= 12 ? 4 : run <= 30 ? 5 : 6;
  const head = formHash(text, starts[sentenceStart], ends[sentenceStart]);
  const abbr = ends[i - 1] - starts[i - 1] > 1 && text.charCodeAt(ends[i - 1] - 1) === 0x2e ? abbrKind(text, starts[i - 1], ends[i - 1]) : 0;
  let f = 0;
  out[f++] = f1(1, r);
  out[f++] = f2(2, r, breaks);
  out[f++] = f2(3, p1, r);
  out[f++] = f2(4, n1, r);
  out[f++] = f2(5, p1, n1s);
  out[f++] = f3(7, p1s, n1s, r);
  out[f++] = f3(10, p2s, p1s, n1s);
  out[f++] = f3(11, p1s, n1s, n2s);
  out[f++] = f3(13, head, n1s, length);
  out[f++] = f3(14, abbr, n1s, r);
  out[f++] = f3(16, breaks, p1s, n1s);
  out[f++] = f2(6, p1s, n1);
  out[f++] = f3(8, p2, p1, n1s);
  out[f++] = f3(9, n1, n2s, r);
  out[f++] = f3(12, length, r, n1s);
  out[f++] = f2(17, n1, n2);
  out[f++] = f2(18, p2, p1);
  out[f++] = f3(19, head, p1s, r);
  return f;
}

/** 1 + the abbreviation kind of a token that ends with a period (0 when none). */
function abbrKind(text: string, start: number, end: number): number {
  return 1 + abbreviationKind(text.slice(start, end - 1));
}

/** murmur3's finalizer: spreads a sum of multiplied parts over all 32 bits. */
function fmix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Feature ids from a template number and one to three values: one finalizer per id (hot path). */
function f1(template: number, a: number): number {
  return fmix(Math.imul(template, 0x27d4eb2f) + Math.imul(a, 0x9e3779b1));
}

function f2(template: number, a: number, b: number): number {
  return fmix(Math.imul(template, 0x27d4eb2f) + Math.imul(a, 0x9e3779b1) + Math.imul(b ^ (b >>> 15), 0x85ebca77));
}

function f3(template: number, a: number, b: number, c: number): number {
  return fmix(
    Math.imul(template, 0x27d4eb2f) +
      Math.imul(a, 0x9e3779b1) +
      Math.imul(b ^ (b >>> 15), 0x85ebca77) +
      Math.imul(c ^ (c >>> 13), 0xc2b2ae3d),
  );
}
