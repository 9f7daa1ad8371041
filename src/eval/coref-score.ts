/**
 * Coreference scores of the CoNLL-2012 shared task (Pradhan et al. 2014's reference definitions):
 * MUC (links), B³ (mentions) and CEAF-e (entities, φ4 similarity with the best one-to-one
 * alignment). A cluster is a list of mention ids; a mention missing from the other side counts as
 * a singleton there. Scores add up over documents before dividing (micro average, as the
 * reference scorer does over a corpus).
 */

/** Numerators and denominators of recall and precision, summed over documents. */
export interface MetricCounts {
  recallNum: number;
  recallDen: number;
  precisionNum: number;
  precisionDen: number;
}

/** Precision, recall and F1 (fractions, 0–1). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Empty counts. */
export function emptyCounts(): MetricCounts {
  return { recallNum: 0, recallDen: 0, precisionNum: 0, precisionDen: 0 };
}

/** Precision, recall and F1 from summed counts. */
export function prf(c: MetricCounts): Prf {
  const recall = c.recallDen ? c.recallNum / c.recallDen : 0;
  const precision = c.precisionDen ? c.precisionNum / c.precisionDen : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function clusterOf(clusters: string[][]): Map<string, number> {
  const map = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach((m) => map.set(m, i)));
  return map;
}

/** MUC recall side: links of `key` clusters that `response` keeps. */
function mucSide(key: string[][], response: string[][]): [number, number] {
  const of = clusterOf(response);
  let num = 0;
  let den = 0;
  for (const cluster of key) {
    const parts = new Set<string>();
    for (const m of cluster) parts.add(of.has(m) ? `r${of.get(m)}` : `m${m}`);
    num += cluster.length - parts.size;
    den += cluster.length - 1;
  }
  return [num, den];
}

/** Adds one document's MUC counts. */
export function addMuc(counts: MetricCounts, key: string[][], response: string[][]): void {
  const [rn, rd] = mucSide(key, response);
  const [pn, pd] = mucSide(response, key);
  counts.recallNum += rn;
  counts.recallDen += rd;
  counts.precisionNum += pn;
  counts.precisionDen += pd;
}

/** B³ recall side: for each mention of `key`, the share of its cluster that its response cluster holds. */
function bcubedSide(key: string[][], response: string[][]): [number, number] {
  const of = clusterOf(response);
  let num = 0;
  let den = 0;
  for (const cluster of key) {
    const overlaps = new Map<number, number>();
    for (const m of cluster) {
      const r = of.get(m);
      if (r !== undefined) overlaps.set(r, (overlaps.get(r) ?? 0) + 1);
    }
    for (const n of overlaps.values()) num += (n * n) / cluster.length;
    den += cluster.length;
  }
  return [num, den];
}

/** Adds one document's B³ counts. */
export function addBcubed(counts: MetricCounts, key: string[][], response: string[][]): void {
  const [rn, rd] = bcubedSide(key, response);
  const [pn, pd] = bcubedSide(response, key);
  counts.recallNum += rn;
  counts.recallDen += rd;
  counts.precisionNum += pn;
  counts.precisionDen += pd;
}

/** Adds one document's CEAF-e counts (φ4 = 2|K∩R| / (|K| + |R|), best one-to-one alignment). */
export function addCeafe(counts: MetricCounts, key: string[][], response: string[][]): void {
  const of = clusterOf(response);
  const sim: number[][] = key.map(() => new Array<number>(response.length).fill(0));
  key.forEach((cluster, k) => {
    const overlaps = new Map<number, number>();
    for (const m of cluster) {
      const r = of.get(m);
      if (r !== undefined) overlaps.set(r, (overlaps.get(r) ?? 0) + 1);
    }
    for (const [r, n] of overlaps) sim[k][r] = (2 * n) / (cluster.length + response[r].length);
  });
  const total = maxAssignment(sim, key.length, response.length);
  counts.recallNum += total;
  counts.recallDen += key.length;
  counts.precisionNum += total;
  counts.precisionDen += response.length;
}

/** The largest total similarity of a one-to-one assignment of rows to columns (Hungarian method). */
export function maxAssignment(sim: number[][], rows: number, cols: number): number {
  const n = Math.max(rows, cols);
  if (n === 0) return 0;
  // cost = -similarity on a square matrix padded with zeros; potentials u, v; p[j] = row of column j
  const cost = (i: number, j: number): number => (i < rows && j < cols ? -sim[i][j] : 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (p[j] >= 1 && p[j] <= rows && j <= cols) total += sim[p[j] - 1][j - 1];
  return total;
}

/** MUC, B³ and CEAF-e counts over a corpus, and their CoNLL-2012 average. */
export class CorefScorer {
  readonly muc = emptyCounts();
  readonly bcubed = emptyCounts();
  readonly ceafe = emptyCounts();

  /** Scores one document's response clusters against its key clusters. */
  add(key: string[][], response: string[][]): void {
    addMuc(this.muc, key, response);
    addBcubed(this.bcubed, key, response);
    addCeafe(this.ceafe, key, response);
  }

  /** The CoNLL-2012 score: the mean of the three F1s (a fraction). */
  conll(): number {
    return (prf(this.muc).f1 + prf(this.bcubed).f1 + prf(this.ceafe).f1) / 3;
  }
}
