/**
 * A trained linear model for inference: sparse rows of quantized class weights per hashed feature.
 *
 * Layout (CSR, as stored in the model file): feature k (sorted `keys[k]`) owns entries
 * `offsets[k] .. offsets[k+1]` of `classes` (class id) and `values` (weight / `scale`, as Int16).
 *
 * For scoring, a probe table is built on first use so that one lookup touches about two cache
 * lines instead of five: `table` is open addressing (power-of-two number of slots, linear
 * probing), slot s holding the feature id at 2s and at 2s+1 the start of its row in `rows` (0 =
 * empty). A row is its length, then one Int32 per entry: class << 16 | (value & 0xffff).
 */
export class LinearModel {
  readonly nClasses: number;
  readonly keys: Uint32Array;
  readonly offsets: Uint32Array;
  readonly classes: Uint16Array;
  readonly values: Int16Array;
  readonly scale: number;
  private table: Uint32Array | null = null;
  private rows = new Int32Array(0);
  private mask = 0;
  private raw = new Int32Array(0);

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

  /** Builds the probe table and the packed rows (once; the parser reads the CSR arrays and never needs them). */
  private build(): Uint32Array {
    const keys = this.keys;
    const offsets = this.offsets;
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    const table = new Uint32Array(size * 2);
    // row 0 is a placeholder, so that a row start of 0 can mean "empty slot"
    const rows = new Int32Array(1 + keys.length + this.values.length);
    let at = 1;
    for (let k = 0; k < keys.length; k++) {
      const from = offsets[k];
      const to = offsets[k + 1];
      if (to === from) continue;
      let slot = keys[k] & this.mask;
      while (table[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      table[slot * 2] = keys[k];
      table[slot * 2 + 1] = at;
      rows[at++] = to - from;
      for (let e = from; e < to; e++) rows[at++] = (this.classes[e] << 16) | (this.values[e] & 0xffff);
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
    const table = this.table ?? this.build();
    const rows = this.rows;
    const mask = this.mask;
    scores.fill(0);
    for (let f = 0; f < count; f++) {
      const feature = features[f] >>> 0;
      let slot = feature & mask;
      let at = table[slot * 2 + 1];
      while (at !== 0 && table[slot * 2] !== feature) {
        slot = (slot + 1) & mask;
        at = table[slot * 2 + 1];
      }
      if (at === 0) continue;
      const end = at + 1 + rows[at];
      for (let e = at + 1; e < end; e++) {
        const entry = rows[e];
        scores[entry >>> 16] += (entry << 16) >> 16;
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
