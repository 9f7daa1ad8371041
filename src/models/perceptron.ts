import { LinearModel } from './linear-model.js';

/**
 * A multiclass averaged perceptron over hashed integer features, for training.
 *
 * Layout: each feature id seen in an update owns a row of `nClasses` weights. `weights`,
 * `totals` and `stamps` are parallel, row-major (row r, class c at r * nClasses + c): the current
 * weight, the weight summed over all past instances up to `stamps`, and the instance count at which
 * `totals` was last brought up to date (lazy averaging, as in Honnibal's taggers).
 */
export class PerceptronTrainer {
  readonly nClasses: number;
  private readonly rows = new Map<number, number>();
  private weights: Float32Array;
  private totals: Float64Array;
  private stamps: Int32Array;
  private rowCount = 0;
  /** Number of training instances seen so far (the clock for lazy averaging). */
  instances = 0;

  constructor(nClasses: number, initialRows = 1 << 16) {
    this.nClasses = nClasses;
    this.weights = new Float32Array(initialRows * nClasses);
    this.totals = new Float64Array(initialRows * nClasses);
    this.stamps = new Int32Array(initialRows * nClasses);
  }

  /** Number of distinct features with a weight row. */
  get featureCount(): number {
    return this.rowCount;
  }

  /** Adds the current weights of the features into `scores` (length nClasses). */
  score(features: ArrayLike<number>, count: number, scores: Float32Array): Float32Array {
    scores.fill(0);
    const n = this.nClasses;
    for (let f = 0; f < count; f++) {
      const row = this.rows.get(features[f]);
      if (row === undefined) continue;
      const base = row * n;
      for (let c = 0; c < n; c++) scores[c] += this.weights[base + c];
    }
    return scores;
  }

  /** Best class among those allowed (all when `allowed` is omitted); ties go to the lowest class id. */
  static argmax(scores: Float32Array, allowed?: (c: number) => boolean): number {
    let best = -1;
    let bestScore = -Infinity;
    for (let c = 0; c < scores.length; c++) {
      if (allowed && !allowed(c)) continue;
      if (scores[c] > bestScore) {
        bestScore = scores[c];
        best = c;
      }
    }
    return best;
  }

  /** Marks one training instance: call once per prediction, whether or not it updates. */
  tick(): void {
    this.instances++;
  }

  /** Perceptron update: +1 to the gold class and -1 to the guessed class for every feature. */
  update(features: ArrayLike<number>, count: number, gold: number, guess: number): void {
    if (gold === guess) return;
    for (let f = 0; f < count; f++) {
      const base = this.row(features[f]) * this.nClasses;
      this.bump(base + gold, 1);
      this.bump(base + guess, -1);
    }
  }

  private bump(index: number, delta: number): void {
    this.totals[index] += (this.instances - this.stamps[index]) * this.weights[index];
    this.stamps[index] = this.instances;
    this.weights[index] += delta;
  }

  private row(feature: number): number {
    let row = this.rows.get(feature);
    if (row === undefined) {
      row = this.rowCount++;
      this.rows.set(feature, row);
      if (this.rowCount * this.nClasses > this.weights.length) this.grow();
    }
    return row;
  }

  private grow(): void {
    const size = this.weights.length * 2;
    const w = new Float32Array(size);
    w.set(this.weights);
    const t = new Float64Array(size);
    t.set(this.totals);
    const s = new Int32Array(size);
    s.set(this.stamps);
    this.weights = w;
    this.totals = t;
    this.stamps = s;
  }

  /**
   * The averaged weights as a compact inference model: weights with |w| below `threshold` are
   * dropped, features with no weight left are pruned, and rows are stored sparsely.
   */
  finalize(threshold = 1e-3): LinearModel {
    const n = this.nClasses;
    const clock = Math.max(1, this.instances);
    const entries: [number, number][] = [...this.rows.entries()].sort((a, b) => a[0] - b[0]);
    return sparseModel(
      n,
      entries.map(([feature, row]): [number, (c: number) => number] => [
        feature,
        (c) => {
          const i = row * n + c;
          return (this.totals[i] + (clock - this.stamps[i]) * this.weights[i]) / clock;
        },
      ]),
      threshold,
    );
  }
}

/**
 * A LinearModel from rows given in key order, each a feature key and its weight per class: the
 * weights with |w| below `threshold` are dropped, a feature with none left is pruned, and the rows
 * are stored sparsely.
 */
export function sparseModel(
  n: number,
  rows: Iterable<[number, (c: number) => number]>,
  threshold: number,
): LinearModel {
  const keys: number[] = [];
  const offsets: number[] = [0];
  const classes: number[] = [];
  const values: number[] = [];
  for (const [key, weight] of rows) {
    const before = classes.length;
    for (let c = 0; c < n; c++) {
      const w = weight(c);
      if (Math.abs(w) >= threshold) {
        classes.push(c);
        values.push(w);
      }
    }
    if (classes.length > before) {
      keys.push(key);
      offsets.push(classes.length);
    }
  }
  return LinearModel.fromArrays(n, Uint32Array.from(keys), Uint32Array.from(offsets), classes, values);
}
