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

/** Values a neighbour's label takes in a key: a BILOU id, or LABEL_COUNT past the edge. */
const VALUES = LABEL_COUNT + 1;
/** Pair keys: (p2, p1), each a BILOU id or the edge. */
const PAIRS = VALUES * VALUES;
/** Evidence keys: (previous, own, next); own is a BILOU id. */
const TRIPLES = VALUES * LABEL_COUNT * VALUES;

/**
 * Summed label-feature weights per combination, of one model (the recognizer's passes side by
 * side, see joint-model.ts: pass p's classes from p * LABEL_COUNT); one instance per NerModel.
 */
export class LabelSumCache {
  /** Sums per combination: the classes of the model given to addPair and addEvidence. */
  readonly width: number;
  /** pairs[key * width + c], valid while pairReady[key]. */
  private readonly pairs: Int32Array;
  private readonly pairReady = new Uint8Array(PAIRS);
  /** triples[key * width + c], valid while tripleReady[key] (allocated on first use). */
  private triples = new Int32Array(0);
  private tripleReady = new Uint8Array(0);
  private readonly features = new Uint32Array(4);

  constructor(width = LABEL_COUNT) {
    this.width = width;
    this.pairs = new Int32Array(PAIRS * width);
  }

  /**
   * Adds to scores[at, at + LABEL_COUNT) the weights of `model` (always the same one, of `width`
   * classes), its classes [offset, offset + LABEL_COUNT) (one pass's), of labelPairFeatures(p2,
   * p1): p1 the label just before the token, p2 the one before it, each NO_LABEL before the
   * sentence start.
   */
  addPair(model: LinearModel, offset: number, p2: number, p1: number, scores: Int32Array, at: number): void {
    const key = (p2 === NO_LABEL ? LABEL_COUNT : p2) * VALUES + (p1 === NO_LABEL ? LABEL_COUNT : p1);
    const sums = this.pairs;
    const row = key * this.width;
    if (!this.pairReady[key]) {
      const n = labelPairFeatures(p2, p1, this.features, 0);
      model.addRaw(this.features, 0, n, sums, row);
      this.pairReady[key] = 1;
    }
    for (let c = 0; c < LABEL_COUNT; c++) scores[at + c] += sums[row + offset + c];
  }

  /**
   * Adds to scores[at, at + LABEL_COUNT) the weights of `model` (as addPair), its classes
   * [offset, offset + LABEL_COUNT), of evidenceLabelFeatures(prev, own, next) (prev and next
   * LABEL_COUNT past the sentence's edge).
   */
  addEvidence(
    model: LinearModel,
    offset: number,
    prev: number,
    own: number,
    next: number,
    scores: Int32Array,
    at: number,
  ): void {
    if (this.triples.length === 0) {
      this.triples = new Int32Array(TRIPLES * this.width);
      this.tripleReady = new Uint8Array(TRIPLES);
    }
    const key = (prev * LABEL_COUNT + own) * VALUES + next;
    const sums = this.triples;
    const row = key * this.width;
    if (!this.tripleReady[key]) {
      const n = evidenceLabelFeatures(prev, own, next, this.features, 0);
      model.addRaw(this.features, 0, n, sums, row);
      this.tripleReady[key] = 1;
    }
    for (let c = 0; c < LABEL_COUNT; c++) scores[at + c] += sums[row + offset + c];
  }
}
