/** Int32 per probe-table slot: the feature id and up to INLINE packed entries. */
const SLOT = 4;
const INLINE = SLOT - 1;
/** First entry of an empty slot: a short row's first entry is stored plus one, a long row's as -(start). */
const EMPTY = 0;
/** Models of at most this many classes keep every row in its slot, dense: two Int16 weights per Int32. */
const DENSE_CLASSES = 2 * INLINE;
/**
 * A dense slot's first Int32 is stored XOR DENSE_FLIP, so that an empty slot (0) reads as weight
 * -32768 for class 0, which quantization never gives.
 */
const DENSE_FLIP = 0x8000;

/**
 * A trained linear model for inference: sparse rows of quantized class weights per hashed feature.
 *
 * Layout (CSR, as stored in the model file): feature k (sorted `keys[k]`) owns entries
 * `offsets[k] .. offsets[k+1]` of `classes` (class id) and `values` (weight / `scale`, as Int16).
 *
 * For scoring, a probe table is built on first use so that one lookup touches one cache line for
 * most features: `table` is open addressing (power-of-two number of slots, linear probing) with
 * four Int32 per slot: the feature id, then up to three packed entries (class << 16 | (value &
 * 0xffff), never negative; the first plus one, so that it is never 0; unused ones are 0, which
 * adds 0 to class 0). A row of more than three entries is stored in `rows` instead: the slot holds
 * the feature id, -(its start in `rows`) and its length. An empty slot holds 0 as its first entry,
 * so that a fresh (zeroed) table is empty. A model of at most six classes keeps
 * its rows dense instead, every row in its slot (see DENSE_CLASSES).
 */
export class LinearModel {
  readonly nClasses: number;
  readonly keys: Uint32Array;
  readonly offsets: Uint32Array;
  readonly classes: Uint16Array;
  readonly values: Int16Array;
  readonly scale: number;
  private table: Int32Array | null = null;
  private rows = new Int32Array(0);
  private mask = 0;
  /** Whether the probe table holds dense rows (see DENSE_CLASSES). */
  private dense = false;
  private raw = new Int32Array(0);
  /** Written by the prefetch pass of addRaw so that its loads are kept. */
  private touched = 0;

  constructor(
    nClasses: number,
    keys: Uint32Array,
    offsets: Uint32Array,
    classes: Uint16Array,
    values: Int16Array,
    scale: number,
  ) {
    this.nClasses = nClasses;
    this.keys = keys;
    this.offsets = offsets;
    this.classes = classes;
    this.values = values;
    this.scale = scale;
  }

  /** Quantizes float weights to Int16 with one scale for the whole model. */
  static fromArrays(
    nClasses: number,
    keys: Uint32Array,
    offsets: Uint32Array,
    classes: number[],
    values: number[],
  ): LinearModel {
    let max = 0;
    for (const v of values) max = Math.max(max, Math.abs(v));
    const scale = max > 0 ? max / 32767 : 1;
    const q = new Int16Array(values.length);
    for (let i = 0; i < values.length; i++) q[i] = Math.round(values[i] / scale);
    return new LinearModel(nClasses, keys, offsets, Uint16Array.from(classes), q, scale);
  }

  /** Builds the probe table and the long rows (once; the parser reads the CSR arrays and never needs them). */
  private build(): Int32Array {
    const keys = this.keys;
    const offsets = this.offsets;
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    const mask = size - 1;
    this.mask = mask;
    // -32768 never comes out of fromArrays' quantization, so it can mark an empty dense slot
    this.dense = this.nClasses <= DENSE_CLASSES && !this.values.includes(-32768);
    const table = new Int32Array(size * SLOT);
    let long = 0;
    if (!this.dense) {
      for (let k = 0; k < keys.length; k++) if (offsets[k + 1] - offsets[k] > INLINE) long += offsets[k + 1] - offsets[k];
    }
    // rows[0] is unused, so that a row start is never 0 and -(start) is always negative
    const rows = new Int32Array(1 + long);
    let at = 1;
    for (let k = 0; k < keys.length; k++) {
      const from = offsets[k];
      const to = offsets[k + 1];
      if (to === from) continue;
      let slot = keys[k] & mask;
      while (table[slot * SLOT + 1] !== EMPTY) slot = (slot + 1) & mask;
      const base = slot * SLOT;
      table[base] = keys[k] | 0;
      if (this.dense) {
        for (let e = from; e < to; e++) {
          const c = this.classes[e];
          table[base + 1 + (c >> 1)] |= (this.values[e] & 0xffff) << (16 * (c & 1));
        }
        table[base + 1] ^= DENSE_FLIP;
      } else if (to - from <= INLINE) {
        for (let e = from; e < to; e++) table[base + 1 + e - from] = (this.classes[e] << 16) | (this.values[e] & 0xffff);
        table[base + 1]++;
      } else {
        table[base + 1] = -at;
        table[base + 2] = to - from;
        for (let e = from; e < to; e++) rows[at++] = (this.classes[e] << 16) | (this.values[e] & 0xffff);
      }
    }
    this.rows = rows;
    this.table = table;
    return table;
  }

  /**
   * Sums the quantized weights of the features into `scores` (length nClasses), which it clears
   * first: the scores of score() divided by `scale`, exact integers (same argmax, same ties).
   */
  scoreRaw(features: ArrayLike<number>, count: number, scores: Int32Array): Int32Array {
    scores.fill(0);
    return this.addRaw(features, 0, count, scores, 0);
  }

  /**
   * Adds the quantized weights of features[from..to) to scores[at .. at + nClasses) (not cleared
   * first): integer sums, so features may be added in any order and in several calls.
   */
  addRaw(features: ArrayLike<number>, from: number, to: number, scores: Int32Array, at: number): Int32Array {
    const table = this.table ?? this.build();
    const mask = this.mask;
    // Touch every feature's slot first: independent loads that the CPU overlaps, so that the
    // lookups below (whose branches depend on the loaded values) find their lines in cache.
    let touched = 0;
    for (let f = from; f < to; f++) touched ^= table[((features[f] | 0) & mask) * SLOT];
    this.touched = touched;
    if (this.dense) return this.addDense(table, features, from, to, scores, at);
    for (let f = from; f < to; f++) {
      const feature = features[f] | 0;
      let base = (feature & mask) * SLOT;
      let first = table[base + 1];
      while (first !== EMPTY && table[base] !== feature) {
        base = (base + SLOT) & (mask * SLOT + SLOT - 1);
        first = table[base + 1];
      }
      if (first > 0) {
        const entry = first - 1;
        const second = table[base + 2];
        const third = table[base + 3];
        scores[at + (entry >>> 16)] += (entry << 16) >> 16;
        scores[at + (second >>> 16)] += (second << 16) >> 16;
        scores[at + (third >>> 16)] += (third << 16) >> 16;
      } else if (first !== EMPTY) {
        const rows = this.rows;
        const end = -first + table[base + 2];
        for (let e = -first; e < end; e++) {
          const entry = rows[e];
          scores[at + (entry >>> 16)] += (entry << 16) >> 16;
        }
      }
    }
    return scores;
  }

  /** addRaw's lookups for a dense table: class c's weight is half (c & 1) of the slot's Int32 1 + (c >> 1). */
  private addDense(
    table: Int32Array,
    features: ArrayLike<number>,
    from: number,
    to: number,
    scores: Int32Array,
    at: number,
  ): Int32Array {
    const mask = this.mask;
    const nClasses = this.nClasses;
    for (let f = from; f < to; f++) {
      const feature = features[f] | 0;
      let base = (feature & mask) * SLOT;
      let first = table[base + 1];
      while (first !== EMPTY && table[base] !== feature) {
        base = (base + SLOT) & (mask * SLOT + SLOT - 1);
        first = table[base + 1];
      }
      if (first === EMPTY) continue;
      for (let c = 0; c < nClasses; c += 2) {
        const pair = c === 0 ? first ^ DENSE_FLIP : table[base + 1 + (c >> 1)];
        scores[at + c] += (pair << 16) >> 16;
        if (c + 1 < nClasses) scores[at + c + 1] += pair >> 16;
      }
    }
    return scores;
  }

  /** Sums the weights of the features into `scores` (length nClasses), which it clears first. */
  score(features: ArrayLike<number>, count: number, scores: Float32Array): Float32Array {
    if (this.raw.length !== scores.length) this.raw = new Int32Array(scores.length);
    const raw = this.scoreRaw(features, count, this.raw);
    for (let c = 0; c < scores.length; c++) scores[c] = raw[c] * this.scale;
    return scores;
  }

  /** Number of features with weights. */
  get featureCount(): number {
    return this.keys.length;
  }
}
