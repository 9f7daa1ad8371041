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
  /** Int32 per slot: the key (two), then the class sums. */
  private readonly stride: number;
  /**
   * The slots, each its key and its sums side by side (one cache line to read): an empty slot's
   * key is -1, -1 (never a key: its first half is not negative).
   */
  private readonly slots: Int32Array;

  /** `slotBits`: log2 of the number of slots. */
  constructor(model: LinearModel, slotBits: number) {
    this.model = model;
    this.nClasses = model.nClasses;
    this.shift = 32 - slotBits;
    this.stride = 2 + this.nClasses;
    this.slots = new Int32Array((1 << slotBits) * this.stride);
    for (let at = 0; at < this.slots.length; at += this.stride) this.slots[at] = this.slots[at + 1] = -1;
  }

  /**
   * The row of key (k1, k2) (k1 not negative), or, when it is not kept, ~row (negative): the row
   * that `store` fills.
   */
  find(k1: number, k2: number): number {
    const at = (Math.imul(k1 ^ Math.imul(k2, 0x27d4eb2d), 0x9e3779b1) >>> this.shift) * this.stride;
    return this.slots[at] === k1 && this.slots[at + 1] === k2 ? at : ~at;
  }

  /** Sums features[0 .. count) as the row of key (k1, k2) at `row` (from find); returns the row. */
  store(row: number, k1: number, k2: number, features: Uint32Array, count: number): number {
    const C = this.nClasses;
    this.slots.fill(0, row + 2, row + 2 + C);
    this.model.addRaw(features, 0, count, this.slots, row + 2);
    this.slots[row] = k1;
    this.slots[row + 1] = k2;
    return row;
  }

  /** Adds row `row` to raw[0 .. nClasses). */
  add(row: number, raw: Int32Array): void {
    const C = this.nClasses;
    const slots = this.slots;
    const from = row + 2;
    for (let c = 0; c < C; c++) raw[c] += slots[from + c];
  }
}
