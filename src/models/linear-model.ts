/**
 * A trained linear model for inference: sparse rows of quantized class weights per hashed feature.
 *
 * Layout (CSR): feature k (sorted `keys[k]`) owns entries `offsets[k] .. offsets[k+1]` of
 * `classes` (class id) and `values` (weight / `scale`, as Int16). `slots` is an open-addressing
 * table (power-of-two size) mapping a feature id to k + 1 (0 = empty), built on load.
 */
export class LinearModel {
  readonly nClasses: number;
  readonly keys: Uint32Array;
  readonly offsets: Uint32Array;
  readonly classes: Uint16Array;
  readonly values: Int16Array;
  readonly scale: number;
  private readonly slots: Int32Array;
  private readonly mask: number;

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
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    for (let k = 0; k < keys.length; k++) {
      let slot = keys[k] & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = k + 1;
    }
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

  /** Index k of a feature id, or -1 when the model has no weights for it. */
  private find(feature: number): number {
    let slot = feature & this.mask;
    for (;;) {
      const k = this.slots[slot];
      if (k === 0) return -1;
      if (this.keys[k - 1] === feature >>> 0) return k - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Sums the weights of the features into `scores` (length nClasses), which it clears first. */
  score(features: ArrayLike<number>, count: number, scores: Float32Array): Float32Array {
    scores.fill(0);
    for (let f = 0; f < count; f++) {
      const k = this.find(features[f]);
      if (k < 0) continue;
      for (let e = this.offsets[k]; e < this.offsets[k + 1]; e++) scores[this.classes[e]] += this.values[e];
    }
    for (let c = 0; c < scores.length; c++) scores[c] *= this.scale;
    return scores;
  }

  /** Number of features with weights. */
  get featureCount(): number {
    return this.keys.length;
  }
}
