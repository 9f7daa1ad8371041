import { seededRandom } from '../seeded-random.js';
import { WordClusters } from './word-clusters.js';

/** Settings of a cluster build; every default is what the shipped table uses. */
export interface ClusterOptions {
  /** A word form gets classes when seen at least this often. */
  minCount?: number;
  /** How many of the most frequent lower-cased forms serve as contexts (on each side). */
  contexts?: number;
  /** Branching at each level of the top-down split: [16, 16, 4] gives 16, 256 and 1024 classes. */
  branching?: number[];
  /** k-means iterations per split. */
  iterations?: number;
  seed?: number;
  builtFrom?: string;
}

/**
 * Hierarchical word classes from unlabelled sentences (a fast stand-in for Brown clusters).
 *
 * Each frequent word form becomes a sparse vector of positive pointwise mutual information with
 * the lower-cased word just before and just after it (context frequencies smoothed by the power
 * 0.75), normalized to unit length. Spherical k-means (k-means++ seeding from a seeded PRNG)
 * splits all words into `branching[0]` classes, each of those into `branching[1]`, and so on, so a
 * fine class always lies inside one coarse class, like a prefix of a Brown bit string. The word
 * list and every tie-break are ordered, so the same sentences give the same table.
 */
export function buildClusters(sentences: Iterable<string[]>, options: ClusterOptions = {}): WordClusters {
  const minCount = options.minCount ?? 2;
  const nContexts = options.contexts ?? 1000;
  const branching = options.branching ?? [16, 16, 4];
  const iterations = options.iterations ?? 12;
  const random = seededRandom(options.seed ?? 1);

  const counts = new Map<string, number>();
  const lowerCounts = new Map<string, number>();
  const all: string[][] = [];
  for (const s of sentences) {
    all.push(s);
    for (const w of s) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      const l = w.toLowerCase();
      lowerCounts.set(l, (lowerCounts.get(l) ?? 0) + 1);
    }
  }
  const words = byFrequency(counts).filter((w) => (counts.get(w) as number) >= minCount);
  const wordId = new Map(words.map((w, i) => [w, i]));
  const contextWords = byFrequency(lowerCounts).slice(0, nContexts);
  const contextId = new Map(contextWords.map((w, i) => [w, i]));
  // dims: [0, C+1) the word before (C = sentence start), [C+1, 2C+2) the word after (C = end)
  const side = nContexts + 1;
  const dims = 2 * side;
  const vectors = pmiVectors(all, wordId, contextId, side, dims);

  const levels: number[] = [];
  let product = 1;
  for (const b of branching) levels.push((product *= b));
  const ids = new Uint16Array(words.length * levels.length);
  let groups: Int32Array[] = [Int32Array.from(words, (_, i) => i)];
  for (let l = 0; l < branching.length; l++) {
    const next: Int32Array[] = [];
    groups.forEach((members, parent) => {
      const parts = splitGroup(vectors, dims, members, branching[l], iterations, random);
      parts.forEach((part, child) => {
        const id = parent * branching[l] + child;
        for (const w of part) ids[w * levels.length + l] = id;
        next.push(part);
      });
    });
    groups = next;
  }
  const header = { levels, words: words.length, builtFrom: options.builtFrom ?? 'custom text', minCount, contexts: nContexts };
  return new WordClusters(header, words, ids);
}

/** Keys sorted by count (descending), ties by code-unit order. */
function byFrequency(counts: Map<string, number>): string[] {
  return [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Sparse unit PPMI vectors in CSR form: row w holds cols/vals[start[w] .. start[w+1]). */
interface SparseRows {
  start: Int32Array;
  cols: Int32Array;
  vals: Float32Array;
}

function pmiVectors(
  sentences: string[][],
  wordId: Map<string, number>,
  contextId: Map<string, number>,
  side: number,
  dims: number,
): SparseRows {
  // one number per (word, context) event, sorted then counted: no map of pairs
  const events: number[] = [];
  for (const s of sentences) {
    const ctx = s.map((w) => contextId.get(w.toLowerCase()) ?? -1);
    for (let i = 0; i < s.length; i++) {
      const w = wordId.get(s[i]);
      if (w === undefined) continue;
      const before = i === 0 ? side - 1 : ctx[i - 1];
      const after = i === s.length - 1 ? side - 1 : ctx[i + 1];
      if (before >= 0) events.push(w * dims + before);
      if (after >= 0) events.push(w * dims + side + after);
    }
  }
  const sorted = Float64Array.from(events).sort();
  const pairs: number[] = [];
  const pairCounts: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    pairs.push(sorted[i]);
    pairCounts.push(j - i);
    i = j;
  }
  const nWords = wordId.size;
  const rowTotal = new Float64Array(nWords);
  const colTotal = new Float64Array(dims);
  pairs.forEach((p, k) => {
    const w = Math.floor(p / dims);
    rowTotal[w] += pairCounts[k];
    colTotal[p - w * dims] += pairCounts[k];
  });
  let smoothedTotal = 0;
  const smoothed = Float64Array.from(colTotal, (c) => Math.pow(c, 0.75));
  for (const c of smoothed) smoothedTotal += c;
  const start = new Int32Array(nWords + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  let k = 0;
  for (let w = 0; w < nWords; w++) {
    start[w] = cols.length;
    const rowAt = cols.length;
    let norm = 0;
    for (; k < pairs.length && Math.floor(pairs[k] / dims) === w; k++) {
      const c = pairs[k] - w * dims;
      const pmi = Math.log((pairCounts[k] / rowTotal[w]) / (smoothed[c] / smoothedTotal));
      if (pmi <= 0) continue;
      cols.push(c);
      vals.push(pmi);
      norm += pmi * pmi;
    }
    norm = Math.sqrt(norm) || 1;
    for (let e = rowAt; e < vals.length; e++) vals[e] /= norm;
  }
  start[nWords] = cols.length;
  return { start, cols: Int32Array.from(cols), vals: Float32Array.from(vals) };
}

/** Spherical k-means over the given rows; returns k member lists (some may be empty), each in ascending order. */
function splitGroup(
  v: SparseRows,
  dims: number,
  members: Int32Array,
  k: number,
  iterations: number,
  random: () => number,
): Int32Array[] {
  if (members.length <= k) return Array.from({ length: k }, (_, c) => (c < members.length ? Int32Array.of(members[c]) : new Int32Array(0)));
  const centroids = new Float32Array(k * dims);
  seedCentroids(v, dims, members, k, centroids, random);
  const assign = new Int32Array(members.length);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let m = 0; m < members.length; m++) {
      const best = nearest(v, dims, members[m], centroids, k);
      if (best !== assign[m] || it === 0) changed++;
      assign[m] = best;
    }
    centroids.fill(0);
    for (let m = 0; m < members.length; m++) addRow(v, members[m], centroids, assign[m] * dims);
    for (let c = 0; c < k; c++) normalize(centroids, c * dims, dims);
    if (changed === 0) break;
  }
  const parts: number[][] = Array.from({ length: k }, () => []);
  for (let m = 0; m < members.length; m++) parts[assign[m]].push(members[m]);
  return parts.map((p) => Int32Array.from(p));
}

/** k-means++: the first centre is the most frequent word, each next one drawn by squared distance. */
function seedCentroids(v: SparseRows, dims: number, members: Int32Array, k: number, centroids: Float32Array, random: () => number): void {
  const distance = new Float64Array(members.length).fill(Infinity);
  let chosen = members[0];
  for (let c = 0; c < k; c++) {
    addRow(v, chosen, centroids, c * dims);
    let sum = 0;
    for (let m = 0; m < members.length; m++) {
      const d = 2 - 2 * dotRow(v, members[m], centroids, c * dims);
      if (d < distance[m]) distance[m] = d;
      sum += distance[m];
    }
    let target = random() * sum;
    chosen = members[members.length - 1];
    for (let m = 0; m < members.length; m++) {
      target -= distance[m];
      if (target < 0) {
        chosen = members[m];
        break;
      }
    }
  }
}

function nearest(v: SparseRows, dims: number, w: number, centroids: Float32Array, k: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < k; c++) {
    const s = dotRow(v, w, centroids, c * dims);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

function dotRow(v: SparseRows, w: number, dense: Float32Array, at: number): number {
  let s = 0;
  for (let e = v.start[w]; e < v.start[w + 1]; e++) s += v.vals[e] * dense[at + v.cols[e]];
  return s;
}

function addRow(v: SparseRows, w: number, dense: Float32Array, at: number): void {
  for (let e = v.start[w]; e < v.start[w + 1]; e++) dense[at + v.cols[e]] += v.vals[e];
}

function normalize(a: Float32Array, at: number, n: number): void {
  let s = 0;
  for (let i = at; i < at + n; i++) s += a[i] * a[i];
  const norm = Math.sqrt(s);
  if (norm > 0) for (let i = at; i < at + n; i++) a[i] /= norm;
}
