import type { LinearModel } from '../linear-model.js';
import { MAX_FEATURES } from './features.js';
import { LEFT } from './transition-system.js';

const EMPTY = -1;
/** Int32s per slot: key, SHIFT|LEFT move weights (two Int16), RIGHT move weight, label row. */
const STRIDE = 4;

/**
 * The parser's three linear models merged into one cache-friendly table for inference: a feature
 * is looked up once per state, and one slot holds its key, its three move weights and a pointer to
 * its relation weights, so scoring the moves costs one memory access per feature and scoring the
 * relation of the chosen arc reuses the rows found.
 *
 * Layout: `slots` is open addressing (power-of-two size, linear probing on the feature id, which
 * is already a hash), STRIDE Int32 per slot. Relation weights of label row r: left-arc entries
 * `labelOffsets[2r] .. labelOffsets[2r+1]`, right-arc entries up to `labelOffsets[2r+2]`, each
 * entry `class << 16 | (weight & 0xffff)`. Weights stay quantized: argmax needs no scale.
 */
export class ParserWeights {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly labelOffsets: Int32Array;
  private readonly labelEntries: Int32Array;
  /** Label rows of the features found by the last scoreMoves call. */
  private readonly found = new Int32Array(MAX_FEATURES);
  private foundCount = 0;

  constructor(moves: LinearModel, left: LinearModel, right: LinearModel) {
    const keys = mergeKeys(moves.keys, left.keys, right.keys);
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * STRIDE).fill(EMPTY);
    const offsets = new Int32Array(2 * keys.length + 1);
    const entries = new Int32Array(left.classes.length + right.classes.length);
    let labelRows = 0;
    let entryCount = 0;
    // Each model's keys are sorted, so one cursor per model walks them alongside the union.
    let m0 = 0;
    let m1 = 0;
    let m2 = 0;
    const wrap = size * STRIDE - 1;
    for (let u = 0; u < keys.length; u++) {
      const key = keys[u];
      while (m0 < moves.keys.length && moves.keys[m0] < key) m0++;
      while (m1 < left.keys.length && left.keys[m1] < key) m1++;
      while (m2 < right.keys.length && right.keys[m2] < key) m2++;
      let w0 = 0;
      let w1 = 0;
      let w2 = 0;
      if (moves.keys[m0] === key) {
        for (let e = moves.offsets[m0]; e < moves.offsets[m0 + 1]; e++) {
          const c = moves.classes[e];
          if (c === 0) w0 = moves.values[e];
          else if (c === 1) w1 = moves.values[e];
          else w2 = moves.values[e];
        }
      }
      const hasLeft = left.keys[m1] === key;
      const hasRight = right.keys[m2] === key;
      let labelRow = EMPTY;
      if (hasLeft || hasRight) {
        labelRow = labelRows++;
        if (hasLeft) entryCount = copyEntries(left, m1, entries, entryCount);
        offsets[2 * labelRow + 1] = entryCount;
        if (hasRight) entryCount = copyEntries(right, m2, entries, entryCount);
        offsets[2 * labelRow + 2] = entryCount;
      }
      let slot = (key & this.mask) * STRIDE;
      while (this.slots[slot] !== EMPTY) slot = (slot + STRIDE) & wrap;
      this.slots[slot] = key | 0;
      this.slots[slot + 1] = (w0 & 0xffff) | (w1 << 16);
      this.slots[slot + 2] = w2;
      this.slots[slot + 3] = labelRow;
    }
    this.labelOffsets = offsets.slice(0, 2 * labelRows + 1);
    this.labelEntries = entries;
  }

  /** Sums the move weights of the features into scores[SHIFT, LEFT, RIGHT] and remembers their label rows. */
  scoreMoves(features: Uint32Array, count: number, scores: Int32Array): void {
    const slots = this.slots;
    const wrap = this.mask * STRIDE + STRIDE - 1;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let found = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f] | 0;
      let slot = (key & this.mask) * STRIDE;
      for (;;) {
        const k = slots[slot];
        if (k === key) {
          const packed = slots[slot + 1];
          s0 += (packed << 16) >> 16;
          s1 += packed >> 16;
          s2 += slots[slot + 2];
          const row = slots[slot + 3];
          if (row !== EMPTY) this.found[found++] = row;
          break;
        }
        if (k === EMPTY) break;
        slot = (slot + STRIDE) & wrap;
      }
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    this.foundCount = found;
  }

  /** Sums the relation weights of the features found by the last scoreMoves, for an arc of this move. */
  scoreLabels(move: number, scores: Int32Array): void {
    scores.fill(0);
    const offsets = this.labelOffsets;
    const entries = this.labelEntries;
    const side = move === LEFT ? 0 : 1;
    for (let f = 0; f < this.foundCount; f++) {
      const row = this.found[f] * 2 + side;
      for (let e = offsets[row]; e < offsets[row + 1]; e++) {
        const packed = entries[e];
        scores[packed >>> 16] += (packed << 16) >> 16;
      }
    }
  }
}

/** Appends row k of a label model as packed entries; returns the new entry count. */
function copyEntries(model: LinearModel, k: number, entries: Int32Array, at: number): number {
  for (let e = model.offsets[k]; e < model.offsets[k + 1]; e++) {
    entries[at++] = (model.classes[e] << 16) | (model.values[e] & 0xffff);
  }
  return at;
}

/** The sorted union of three sorted key arrays (a linear merge). */
function mergeKeys(a: Uint32Array, b: Uint32Array, c: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length + c.length);
  let i = 0;
  let j = 0;
  let k = 0;
  let n = 0;
  const END = 0x100000000;
  for (;;) {
    const x = i < a.length ? a[i] : END;
    const y = j < b.length ? b[j] : END;
    const z = k < c.length ? c[k] : END;
    const m = Math.min(x, y, z);
    if (m === END) break;
    out[n++] = m;
    if (x === m) i++;
    if (y === m) j++;
    if (z === m) k++;
  }
  return out.slice(0, n);
}
