/**
 * Character classes, lower-casing and word shapes over UTF-16 code units, Unicode-aware: "Kalın",
 * "Erdoğan" and "Şanlıurfa" have the shapes of "Kalin", "Erdogan" and "Sanliurfa". Tables are
 * built once so that the hot path only indexes typed arrays.
 */
import { hashString, mixBits } from '../hash.js';

/** Character class codes in CHAR_CLASS. */
export const OTHER = 0;
export const UPPER = 1;
export const LOWER = 2;
export const DIGIT = 3;
/** Letters without case (CJK, Arabic, ...) and combining marks: letters for every purpose here. */
export const CASELESS = 4;

const SIZE = 0x10000;

/** Class of each UTF-16 code unit (surrogates count as caseless letters). */
export const CHAR_CLASS: Uint8Array = buildClasses();

/** Lower-case of each UTF-16 code unit (itself when lower-casing changes the length). */
export const LOWER_CASE: Uint16Array = buildLower();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(SIZE);
  for (let c = 0; c < SIZE; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) table[c] = CASELESS;
    else if (/\p{Lu}|\p{Lt}/u.test(ch)) table[c] = UPPER;
    else if (/\p{Ll}/u.test(ch)) table[c] = LOWER;
    else if (/\p{Nd}/u.test(ch)) table[c] = DIGIT;
    else if (/\p{L}|\p{M}/u.test(ch)) table[c] = CASELESS;
  }
  return table;
}

function buildLower(): Uint16Array {
  const table = new Uint16Array(SIZE);
  for (let c = 0; c < SIZE; c++) {
    const lower = c >= 0xd800 && c <= 0xdfff ? '' : String.fromCharCode(c).toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  // Curly apostrophes read as straight ones: "Israel’s" and "Israel's" are one word.
  table[0x2019] = 0x27;
  // Turkish dotted capital I lower-cases to "i" plus a combining dot: "İzmir" reads as "izmir".
  table[0x130] = 0x69;
  return table;
}

const SHAPE_CHAR = [0, 'X'.charCodeAt(0), 'x'.charCodeAt(0), 'd'.charCodeAt(0), 'x'.charCodeAt(0)];

/** Hash of text[start, end) lower-cased (the same as hashString of the lower-cased string). */
export function hashLower(text: string, start: number, end: number): number {
  return hashLowerBits(text, start, end) >>> 0;
}

/**
 * hashLower's bits as an Int32 (the same 32 bits). V8 holds an Int32 as a small integer, where an
 * unsigned value of 2^31 or more is a boxed heap number, so the TokenTable's Int32Array columns
 * are filled with these variants.
 */
export function hashLowerBits(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    h ^= LOWER_CASE[text.charCodeAt(i)];
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Hash of text[start, end) as it stands. */
export function hashRange(text: string, start: number, end: number): number {
  return hashRangeBits(text, start, end) >>> 0;
}

/** hashRange's bits as an Int32. */
export function hashRangeBits(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * Word shape as a string: upper letters X, lower and caseless letters x, digits d, anything else
 * itself; with `short`, runs of one symbol collapse to one ("Xxxxx" → "Xx"). For tests and
 * debugging; features use shapeHash.
 */
export function wordShape(word: string, short = false): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if (cls === CASELESS && i > 0 && CHAR_CLASS[word.charCodeAt(i - 1)] !== OTHER && isMark(c)) continue;
    const s = cls === OTHER ? word[i] : String.fromCharCode(SHAPE_CHAR[cls]);
    if (short && out.endsWith(s)) continue;
    if (!short && out.length >= 4 && out.endsWith(s.repeat(4))) continue;
    out += s;
  }
  return out;
}

/** Hash of wordShape(text.slice(start, end), short), computed without building the string. */
export function shapeHash(text: string, start: number, end: number, short: boolean): number {
  return shapeHashBits(text, start, end, short) >>> 0;
}

/** shapeHash's bits as an Int32. */
export function shapeHashBits(text: string, start: number, end: number, short: boolean): number {
  let h = 0x811c9dc5 | 0;
  let last = -1;
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if (cls === CASELESS && i > start && CHAR_CLASS[text.charCodeAt(i - 1)] !== OTHER && isMark(c)) continue;
    const s = cls === OTHER ? c : SHAPE_CHAR[cls];
    run = s === last ? run + 1 : 1;
    last = s;
    if (short ? run > 1 : run > 4) continue;
    h ^= s;
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Combining marks (a decomposed "ğ" is "g" + U+0306): part of the letter before them. */
function isMark(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff);
}

/** Hash of a word given as a string, lower-cased (for gazetteer entries). */
export function hashLowerString(word: string): number {
  return hashLower(word, 0, word.length);
}

/**
 * Combines token hashes into the hash of a token sequence (gazetteer phrases), as an Int32 (mix's
 * bits: the phrase table is built in each process with this same function, never stored).
 */
export function phraseHash(prev: number, token: number): number {
  return mixBits(prev, token);
}

/** The hash a phrase starts from. */
export const PHRASE_SEED = hashString('phrase');
