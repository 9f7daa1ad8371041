/**
 * The case and shape context of a token: the short shapes of the five tokens around it, its case
 * bits and the usual case of it and its neighbours. Ten local templates read nothing else, and
 * few distinct contexts occur (most tokens are lower-case words among lower-case words), so a
 * small cache keeps their summed weights per context instead of looking up ten features a token.
 */
import { feat1Bits as feat1, feat2Bits as feat2, feat3Bits as feat3 } from '../hash.js';
import type { LinearModel } from '../linear-model.js';
import { LABEL_COUNT } from './labels.js';
import {
  BOUNDARY_AFTER,
  BOUNDARY_BEFORE,
  F_ALL_CAPS,
  F_CAP_ELSEWHERE,
  F_CAPITALIZED,
  F_HAS_DIGIT,
  F_HEADLINE,
  F_LOWER_ELSEWHERE,
  F_SENT_START,
  type TokenTable,
} from './token-table.js';

/** Values in a case context: ss[i-2], ss[i-1], ss[i], ss[i+1], ss[i+2], case bits, document case, case class of i, i+1, i-1. */
export const CONTEXT_VALUES = 10;

/** Writes the case context of token i (sentence [from, to)) into values[at, at + CONTEXT_VALUES). */
export function caseContext(table: TokenTable, i: number, from: number, to: number, values: Int32Array, at: number): void {
  const ss = table.shortShape;
  const flags = table.flags[i];
  values[at] = i - 2 >= from ? ss[i - 2] : BOUNDARY_BEFORE;
  values[at + 1] = i - 1 >= from ? ss[i - 1] : BOUNDARY_BEFORE;
  values[at + 2] = ss[i];
  values[at + 3] = i + 1 < to ? ss[i + 1] : BOUNDARY_AFTER;
  values[at + 4] = i + 2 < to ? ss[i + 2] : BOUNDARY_AFTER;
  values[at + 5] = flags & (F_SENT_START | F_HEADLINE | F_CAPITALIZED | F_ALL_CAPS | F_HAS_DIGIT);
  values[at + 6] = flags & (F_LOWER_ELSEWHERE | F_CAP_ELSEWHERE);
  values[at + 7] = table.caseClass[i];
  values[at + 8] = i + 1 < to ? table.caseClass[i + 1] : 7;
  values[at + 9] = i - 1 >= from ? table.caseClass[i - 1] : 7;
}

/**
 * The features of contextFeatures that read only the case context at values[at] (templates 12,
 * 13, 28, 36, 37, 20, 21, 27, 29, 30, with the same ids); returns the new count.
 */
export function caseContextFeatures(values: Int32Array, at: number, out: Uint32Array, n: number): number {
  const ssm1 = values[at + 1];
  const ss0 = values[at + 2];
  const ssp1 = values[at + 3];
  const caseBits = values[at + 5];
  const docCase = values[at + 6];
  const cc = values[at + 7];
  out[n++] = feat1(12, ssm1);
  out[n++] = feat1(13, ssp1);
  out[n++] = feat3(28, ssm1, ss0, ssp1);
  out[n++] = feat1(36, values[at]);
  out[n++] = feat1(37, values[at + 4]);
  out[n++] = feat2(20, caseBits, ss0);
  out[n++] = feat2(21, caseBits | (docCase << 8), 0);
  out[n++] = feat3(27, docCase, caseBits & (F_SENT_START | F_HEADLINE), ss0);
  out[n++] = feat3(29, cc, caseBits & (F_SENT_START | F_HEADLINE), ss0);
  out[n++] = feat3(30, cc, values[at + 8], values[at + 9]);
  return n;
}

/** Contexts kept (direct-mapped: a context replaces the one in its slot). */
const SIZE = 1 << 13;

/**
 * Summed weights of caseContextFeatures per context, of one model (the recognizer's passes side
 * by side, see joint-model.ts); one instance per NerModel.
 */
export class CaseContextCache {
  /** Sums per context: the classes of the model given to add. */
  readonly width: number;
  /** The context in each slot: keys[slot * CONTEXT_VALUES + k]. */
  private readonly keys = new Int32Array(SIZE * CONTEXT_VALUES);
  /** sums[slot * width + c], valid while ready[slot]. */
  private readonly sums: Int32Array;
  private readonly ready = new Uint8Array(SIZE);
  private readonly value = new Int32Array(CONTEXT_VALUES);
  private readonly features = new Uint32Array(CONTEXT_VALUES);

  constructor(width = LABEL_COUNT) {
    this.width = width;
    this.sums = new Int32Array(SIZE * width);
  }

  /**
   * Adds to scores[at, at + width) the weights of `model` (always the same one, of `width`
   * classes) of token i's caseContextFeatures.
   */
  add(model: LinearModel, table: TokenTable, i: number, from: number, to: number, scores: Int32Array, at: number): void {
    const value = this.value;
    caseContext(table, i, from, to, value, 0);
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < CONTEXT_VALUES; k++) h = Math.imul(h ^ value[k], 0x01000193);
    const slot = (h ^ (h >>> 15)) & (SIZE - 1);
    const keys = this.keys;
    const key = slot * CONTEXT_VALUES;
    let same = true;
    for (let k = 0; k < CONTEXT_VALUES; k++) {
      if (keys[key + k] !== value[k]) {
        same = false;
        break;
      }
    }
    if (!same) {
      keys.set(value, key);
      this.ready[slot] = 0;
    }
    const sums = this.sums;
    const width = this.width;
    const row = slot * width;
    if (!this.ready[slot]) {
      sums.fill(0, row, row + width);
      model.addRaw(this.features, 0, caseContextFeatures(value, 0, this.features, 0), sums, row);
      this.ready[slot] = 1;
    }
    for (let c = 0; c < width; c++) scores[at + c] += sums[row + c];
  }
}
