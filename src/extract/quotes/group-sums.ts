/**
 * Per-process, per-model sums of feature groups that read only small values (tags, classes,
 * distances, flags; see features.ts): a direct-mapped cache of the integer class weights of one
 * group, keyed by its values packed exactly into two Int32, so that a hit is always right. A token
 * whose group values were met before adds one row instead of hashing and looking up each of the
 * group's features; integer sums are exact in any order, so its scores are the same.
 */
import type { LinearModel } from '../../models/linear-model.js';

/** A group's cache: `find` a key, `store` the group's features on a miss, `add` the row. */
export class GroupSums {
  readonly nClasses: number;
  private readonly model: LinearModel;
  private readonly shift: number;
  /** Two Int32 per slot: the packed key; -1, -1 (never a key: the first half is not negative) when empty. */
  private readonly keys: Int32Array;
  private readonly sums: Int32Array;

  /** `slotBits`: log2 of the number of slots. */
  constructor(model: LinearModel, slotBits: number) {
    this.model = model;
    this.nClasses = model.nClasses;
    this.shift = 32 - slotBits;
    this.keys = new Int32Array(2 << slotBits).fill(-1);
    this.sums = new Int32Array((1 << slotBits) * this.nClasses);
  }

  /**
   * The row of key (k1, k2) (k1 not negative), or, when it is not kept, ~slot (negative): the
   * slot that `store` fills.
   */
  find(k1: number, k2: number): number {
    const slot = Math.imul(k1 ^ Math.imul(k2, 0x27d4eb2d), 0x9e3779b1) >>> this.shift;
    return this.keys[2 * slot] === k1 && this.keys[2 * slot + 1] === k2 ? slot : ~slot;
  }

  /** Sums features[0 .. count) as the row of key (k1, k2) in `slot` (from find); returns the row. */
  store(slot: number, k1: number, k2: number, features: Uint32Array, count: number): number {
    const C = this.nClasses;
    this.sums.fill(0, slot * C, slot * C + C);
    this.model.addRaw(features, 0, count, this.sums, slot * C);
    this.keys[2 * slot] = k1;
    this.keys[2 * slot + 1] = k2;
    return slot;
  }

  /** Adds row `row` to raw[0 .. nClasses). */
  add(row: number, raw: Int32Array): void {
    const C = this.nClasses;
    const sums = this.sums;
    const from = row * C;
    for (let c = 0; c < C; c++) raw[c] += sums[from + c];
  }
}
