/**
 * Summed weights of the recognizer's features that read labels only: the two labels before a
 * token (labelPairFeatures) and, in the second pass, the first pass's labels of a token and of
 * its neighbours (evidenceLabelFeatures). Few combinations occur (BILOU ids and an edge value),
 * so each combination's sums are kept per pass once met, instead of looking up its features at
 * every token: integer sums, the same labels.
 */
import type { LinearModel } from '../linear-model.js';
import { evidenceLabelFeatures } from './consistency.js';
import { NO_LABEL, labelPairFeatures } from './features.js';
import { LABEL_COUNT } from './labels.js';

/** Passes whose sums are kept (the recognizer's two linear models). */
const PASSES = 2;
/** Values a neighbour's label takes in a key: a BILOU id, or LABEL_COUNT past the edge. */
const VALUES = LABEL_COUNT + 1;
/** Pair keys: (p2, p1), each a BILOU id or the edge. */
const PAIRS = VALUES * VALUES;
/** Evidence keys: (previous, own, next); own is a BILOU id. */
const TRIPLES = VALUES * LABEL_COUNT * VALUES;

/** Summed label-feature weights per combination and pass; one instance per NerModel. */
export class LabelSumCache {
  /** pairs[pass][key * LABEL_COUNT + c], valid while pairReady[pass][key]. */
  private readonly pairs: Int32Array[] = [];
  private readonly pairReady: Uint8Array[] = [];
  /** triples[pass][key * LABEL_COUNT + c], valid while tripleReady[pass][key] (allocated on first use). */
  private readonly triples: Int32Array[] = [];
  private readonly tripleReady: Uint8Array[] = [];
  private readonly features = new Uint32Array(4);

  constructor() {
    for (let p = 0; p < PASSES; p++) {
      this.pairs.push(new Int32Array(PAIRS * LABEL_COUNT));
      this.pairReady.push(new Uint8Array(PAIRS));
      this.triples.push(new Int32Array(0));
      this.tripleReady.push(new Uint8Array(0));
    }
  }

  /**
   * Adds to scores[at, at + LABEL_COUNT) the weights of `model` (pass `pass`) of
   * labelPairFeatures(p2, p1): p1 the label just before the token, p2 the one before it, each
   * NO_LABEL before the sentence start.
   */
  addPair(model: LinearModel, pass: number, p2: number, p1: number, scores: Int32Array, at: number): void {
    const key = (p2 === NO_LABEL ? LABEL_COUNT : p2) * VALUES + (p1 === NO_LABEL ? LABEL_COUNT : p1);
    const sums = this.pairs[pass];
    const row = key * LABEL_COUNT;
    if (!this.pairReady[pass][key]) {
      const n = labelPairFeatures(p2, p1, this.features, 0);
      model.addRaw(this.features, 0, n, sums, row);
      this.pairReady[pass][key] = 1;
    }
    for (let c = 0; c < LABEL_COUNT; c++) scores[at + c] += sums[row + c];
  }

  /**
   * Adds to scores[at, at + LABEL_COUNT) the weights of `model` (pass `pass`) of
   * evidenceLabelFeatures(prev, own, next) (prev and next LABEL_COUNT past the sentence's edge).
   */
  addEvidence(
    model: LinearModel,
    pass: number,
    prev: number,
    own: number,
    next: number,
    scores: Int32Array,
    at: number,
  ): void {
    if (this.triples[pass].length === 0) {
      this.triples[pass] = new Int32Array(TRIPLES * LABEL_COUNT);
      this.tripleReady[pass] = new Uint8Array(TRIPLES);
    }
    const key = (prev * LABEL_COUNT + own) * VALUES + next;
    const sums = this.triples[pass];
    const row = key * LABEL_COUNT;
    if (!this.tripleReady[pass][key]) {
      const n = evidenceLabelFeatures(prev, own, next, this.features, 0);
      model.addRaw(this.features, 0, n, sums, row);
      this.tripleReady[pass][key] = 1;
    }
    for (let c = 0; c < LABEL_COUNT; c++) scores[at + c] += sums[row + c];
  }
}
