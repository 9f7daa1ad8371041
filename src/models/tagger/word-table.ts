import { NO_CLUSTER, type WordClusters } from '../clusters/word-clusters.js';
import { mix } from '../hash.js';

/** Positions of padding before and after the words of a sentence (for the i-2 .. i+2 window). */
export const PAD = 2;

/** Number of hashed columns per word; see the layout on WordTable. */
export const COLUMNS = 16;

/** Column numbers in WordTable.cols (one row of COLUMNS per position). */
export const enum Col {
  Word = 0,
  Lower = 1,
  Pre1 = 2,
  Pre2 = 3,
  Pre3 = 4,
  Pre4 = 5,
  Suf1 = 6,
  Suf2 = 7,
  Suf3 = 8,
  Suf4 = 9,
  Shape = 10,
  Flags = 11,
  Suf5 = 12,
  /** Word classes, coarse to fine (the levels of the cluster table). */
  Class0 = 13,
  Class1 = 14,
  Class2 = 15,
}

/** How many class columns a word has. */
export const CLASS_LEVELS = 3;

/** Flag bits of the Flags column. */
const HAS_DIGIT = 1;
const HAS_HYPHEN = 2;
const HAS_UPPER = 4;
const ALL_UPPER = 8;
const FIRST_UPPER = 16;
const HAS_OTHER = 32;
const HAS_LETTER = 64;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BEGIN = 0x5b0f_1a11; // hash for the padding before a sentence
const END = 0x3e7d_2c09; // hash for the padding after it

/**
 * Per-word hashes of one sentence, computed once from character ranges (no substrings).
 *
 * Layout: `cols` is row-major with COLUMNS Int32 per position; position p holds word p - PAD, so
 * rows 0..PAD-1 and n+PAD..n+2*PAD-1 are sentence padding. The columns (Col) are the FNV-1a
 * hashes of the form, its lower case, its lower-cased prefixes and suffixes of 1-4 code units
 * (shorter words repeat their whole form), its collapsed shape ("Xx", "d.d", "Xx-Xx"), and flag
 * bits with a length bucket, then the suffix of 5 and the word classes of the form (or, when the
 * cluster table lacks it, of its lower case) at each level, NO_CLUSTER when unknown. `keys[p]` is
 * the tag-dictionary key of the exact form. The 32-bit hashes are kept as Int32, the same bits as
 * unsigned: V8 holds any Int32 as a small integer, so passing one to a hash function boxes nothing
 * (an unsigned value of 2^31 or more would be a heap number), and the hashes read only the bits.
 */
export class WordTable {
  readonly clusters: WordClusters | undefined;
  cols = new Int32Array(64 * COLUMNS);
  keys = new Float64Array(64);
  length = 0;

  /** A table whose class columns come from `clusters` (all NO_CLUSTER without one). */
  constructor(clusters?: WordClusters) {
    this.clusters = clusters;
  }

  /** Prepares for a sentence of n words: sizes the buffers and writes the padding rows. */
  reset(n: number): void {
    const rows = n + 2 * PAD;
    if (this.keys.length < rows) {
      let size = this.keys.length;
      while (size < rows) size *= 2;
      this.cols = new Int32Array(size * COLUMNS);
      this.keys = new Float64Array(size);
    }
    this.length = n;
    for (let p = 0; p < PAD; p++) {
      this.cols.fill(BEGIN, p * COLUMNS, (p + 1) * COLUMNS);
      this.cols.fill(END, (n + PAD + p) * COLUMNS, (n + PAD + p + 1) * COLUMNS);
    }
  }

  /** Hashes word i of the sentence, the code units text[start..end). */
  set(i: number, text: string, start: number, end: number): void {
    const row = (i + PAD) * COLUMNS;
    const c = this.cols;
    let word = FNV_OFFSET;
    let lower = FNV_OFFSET;
    let shape = FNV_OFFSET;
    let lastShape = -1;
    let flags = 0;
    let upper = 0;
    let letters = 0;
    const len = end - start;
    for (let k = start; k < end; k++) {
      const ch = text.charCodeAt(k);
      word = Math.imul(word ^ ch, FNV_PRIME);
      const low = lowerCode(ch);
      lower = Math.imul(lower ^ low, FNV_PRIME);
      let kind: number;
      if (ch >= 48 && ch <= 57) {
        kind = 100; // 'd'
        flags |= HAS_DIGIT;
      } else if (low !== ch || isUpperCode(ch)) {
        kind = 88; // 'X'
        upper++;
        letters++;
        if (k === start) flags |= FIRST_UPPER;
      } else if (isLetterCode(ch)) {
        kind = 120; // 'x'
        letters++;
      } else {
        kind = ch;
        if (ch === 45) flags |= HAS_HYPHEN;
        else flags |= HAS_OTHER;
      }
      // collapsed shape: a run of one kind counts once
      if (kind !== lastShape) shape = Math.imul(shape ^ kind, FNV_PRIME);
      lastShape = kind;
      if (k - start < 4) c[row + Col.Pre1 + (k - start)] = lower >>> 0;
    }
    for (let k = len; k < 4; k++) c[row + Col.Pre1 + k] = lower >>> 0;
    for (let s = 1; s <= 5; s++) {
      let h = FNV_OFFSET;
      for (let k = Math.max(start, end - s); k < end; k++) h = Math.imul(h ^ lowerCode(text.charCodeAt(k)), FNV_PRIME);
      c[row + (s === 5 ? Col.Suf5 : Col.Suf1 + s - 1)] = h >>> 0;
    }
    if (upper > 0) flags |= HAS_UPPER;
    if (letters > 0) flags |= HAS_LETTER;
    if (upper > 0 && upper === letters) flags |= ALL_UPPER;
    c[row + Col.Word] = word >>> 0;
    c[row + Col.Lower] = lower >>> 0;
    c[row + Col.Shape] = shape >>> 0;
    c[row + Col.Flags] = mix(flags, len > 12 ? 12 : len);
    this.keys[i + PAD] = dictKey(word >>> 0, len);
    const clusters = this.clusters;
    if (clusters) {
      let w = clusters.find(word >>> 0, len);
      if (w < 0) w = clusters.find(lower >>> 0, len);
      for (let l = 0; l < CLASS_LEVELS; l++) c[row + Col.Class0 + l] = clusters.cluster(w, Math.min(l, clusters.depth - 1));
    } else {
      for (let l = 0; l < CLASS_LEVELS; l++) c[row + Col.Class0 + l] = NO_CLUSTER;
    }
  }

  /** Hashes a whole sentence given as strings. */
  setWords(words: ArrayLike<string>): void {
    this.reset(words.length);
    for (let i = 0; i < words.length; i++) this.set(i, words[i], 0, words[i].length);
  }

  /** The value of column `col` at word i (i may reach into the padding, -PAD .. n+PAD-1). */
  get(i: number, col: Col): number {
    return this.cols[(i + PAD) * COLUMNS + col];
  }

  /** The tag-dictionary key of word i. */
  key(i: number): number {
    return this.keys[i + PAD];
  }
}

/** A tag-dictionary key for a word form: its 32-bit hash and length, as one exact double. */
export function dictKey(hash: number, length: number): number {
  return hash * 256 + (length > 255 ? 255 : length);
}

/** The dictionary key of a word given as a string. */
export function wordKey(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  return dictKey(h >>> 0, word.length);
}

function lowerCode(ch: number): number {
  if (ch < 128) return ch >= 65 && ch <= 90 ? ch + 32 : ch;
  return String.fromCharCode(ch).toLowerCase().charCodeAt(0);
}

function isUpperCode(ch: number): boolean {
  if (ch < 128) return ch >= 65 && ch <= 90;
  const s = String.fromCharCode(ch);
  return s !== s.toLowerCase();
}

function isLetterCode(ch: number): boolean {
  if (ch < 128) return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90);
  const s = String.fromCharCode(ch);
  return s.toLowerCase() !== s.toUpperCase();
}
