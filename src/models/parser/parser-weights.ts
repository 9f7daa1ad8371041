import type { LinearModel } from '../linear-model.js';
import { ABSENT_GROUPS, BUFFER_FEATURES, MAX_FEATURES } from './features.js';
import type { SentenceCodes } from './sentence-codes.js';
import { LEFT } from './transition-system.js';

const EMPTY = -1;
/** The most a table may be filled: linear probing stays short, and misses end at an empty slot. */
const LOAD = 0.6;

/** The 16-bit check stored for a 30-bit feature id: its top 15 bits, with bit 15 set (0 = empty). */
function check(key: number): number {
  return (key >>> 15) | 0x8000;
}

/** Int32s per slot: check bits and RIGHT weight, SHIFT and LEFT weights. */
const STRIDE = 3;

/**
 * The parser's three linear models merged into one compact table for inference: a feature is
 * looked up once per state, and one 12-byte slot holds its check bits, its three move weights and
 * where its relation weights start, so scoring the moves costs one memory access per feature, and
 * scoring the relation of the chosen arc one more per feature found (the slot itself is still in
 * cache). Parsing time is almost all cache and TLB misses, so the table is kept small and no
 * lookup goes through a second index.
 *
 * Layout: `slots` is open addressing (power-of-two number of slots, linear probing on the feature
 * id, which is already a hash), STRIDE Int32 per slot: `check(key) << 16 | RIGHT weight`,
 * `LEFT weight << 16 | SHIFT weight` (Int16 each), and the feature's relation row in `labels`
 * (-1: none). A lookup matches on the home slot's chain and the 15 check bits, so an unseen
 * feature is taken for a stored one with odds about 1 in 30,000 per probe: harmless noise. A
 * relation row is one header entry `rightCount << 16 | leftCount`, then the left-arc entries, then
 * the right-arc ones, each `class << 16 | (weight & 0xffff)`. Weights stay quantized: argmax needs
 * no scale.
 */
export class ParserWeights {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly labels: Int32Array;
  /** Slots of the features found by the last scoreMoves call. */
  private readonly foundSlots = new Int32Array(MAX_FEATURES + BUFFER_FEATURES);
  private foundCount = 0;
  /** Kept so that the warming loads in scoreMoves are not optimized away. */
  private warm = 0;
  /** Relations per arc direction. */
  private readonly labelCount: number;
  /**
   * Sums for the combinations of absent groups (see absentGroups in features.ts), built on first
   * use: `absentIndex[mask]` is the combination's place (-1: not built yet), `absentMoves` holds
   * its three move sums there and `absentLabels` its relation sums, right-arc then left-arc ones.
   */
  private readonly absentIndex = new Int32Array(1 << ABSENT_GROUPS).fill(-1);
  private absentMoves = new Int32Array(0);
  private absentLabels = new Int32Array(0);
  private absentCount = 0;
  /** The absent slot's word, tag, word-tag and class codes that the combinations were built from. */
  private readonly absentKey = new Int32Array(5);
  /**
   * The relation sums of the buffer's features (the first `kept` found slots, see scoreMoves),
   * right-arc then left-arc ones, for the buffer scored by the call of scoreMoves numbered
   * `bufferCall`; built by the first arc made with that buffer (`bufferSummed`), reused by the
   * arcs after it with the same b0.
   */
  private readonly bufferLabels: Int32Array;
  private bufferCall = 0;
  private bufferKept = 0;
  /** The bufferCall each direction's half of bufferLabels was built for: right arcs, left arcs. */
  private bufferSummedRight = -1;
  private bufferSummedLeft = -1;

  constructor(moves: LinearModel, left: LinearModel, right: LinearModel) {
    this.labelCount = Math.max(left.nClasses, right.nClasses);
    const keys = mergeKeys(moves.keys, left.keys, right.keys);
    let size = 1;
    while (size * LOAD < keys.length) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * STRIDE);
    const labels = new Int32Array(keys.length + left.classes.length + right.classes.length);
    let labelCount = 0;
    // Each model's keys are sorted, so one cursor per model walks them alongside the union.
    let m0 = 0;
    let m1 = 0;
    let m2 = 0;
    for (let u = 0; u < keys.length; u++) {
      const key = keys[u];
      while (m0 < moves.keys.length && moves.keys[m0] < key) m0++;
      while (m1 < left.keys.length && left.keys[m1] < key) m1++;
      while (m2 < right.keys.length && right.keys[m2] < key) m2++;
      let w0 = 0;
      let w1 = 0;
      let w2 = 0;
      if (moves.keys[m0] === key) {
        for (let e = moves.offsets[m0]; e < moves.offsets[m0 + 1]; e++) {
          const c = moves.classes[e];
          if (c === 0) w0 = moves.values[e];
          else if (c === 1) w1 = moves.values[e];
          else w2 = moves.values[e];
        }
      }
      let labelRow = EMPTY;
      if (left.keys[m1] === key || right.keys[m2] === key) {
        // the right-arc entries, the header, then the left-arc entries
        const rightEnd = right.keys[m2] === key ? copyEntries(right, m2, labels, labelCount) : labelCount;
        labelRow = rightEnd;
        const leftEnd = left.keys[m1] === key ? copyEntries(left, m1, labels, labelRow + 1) : labelRow + 1;
        labels[labelRow] = ((rightEnd - labelCount) << 16) | (leftEnd - labelRow - 1);
        labelCount = leftEnd;
      }
      let slot = key & this.mask;
      while (this.slots[STRIDE * slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[STRIDE * slot] = (check(key) << 16) | (w2 & 0xffff);
      this.slots[STRIDE * slot + 1] = (w0 & 0xffff) | (w1 << 16);
      this.slots[STRIDE * slot + 2] = labelRow;
    }
    this.labels = labels.slice(0, labelCount);
    this.bufferLabels = new Int32Array(2 * this.labelCount);
  }

  /**
   * Marks the slots found by the last scoreMoves call (with keep 0) as the buffer's features of
   * the states that follow, until the next call of this method: their relation sums are then built
   * once and shared by every arc made with that buffer.
   */
  markBuffer(): void {
    this.bufferCall++;
    this.bufferKept = this.foundCount;
  }

  /** How many features the scoreMoves calls since the last one with `keep` 0 found. */
  get found(): number {
    return this.foundCount;
  }

  /**
   * Sums the move weights of the features into scores[SHIFT, LEFT, RIGHT] and remembers their
   * slots for scoreLabels. With `keep` > 0, the slots found by the calls since the last call with
   * keep 0 stay (the first `keep` of them), and the sums are added to the scores already there:
   * the parser scores the features it kept from the state before in an earlier call.
   */
  scoreMoves(features: Uint32Array, count: number, scores: Int32Array, keep = 0): void {
    const slots = this.slots;
    const mask = this.mask;
    const found = this.foundSlots;
    let s0 = keep > 0 ? scores[0] : 0;
    let s1 = keep > 0 ? scores[1] : 0;
    let s2 = keep > 0 ? scores[2] : 0;
    let n = keep;
    // A first pass touches every home slot with loads that no branch waits on, so the CPU fetches
    // the cache lines in parallel; the probing below then finds them in cache (a software prefetch).
    let warm = 0;
    for (let f = 0; f < count; f++) warm ^= slots[STRIDE * (features[f] & mask)];
    this.warm = warm;
    for (let f = 0; f < count; f++) {
      const key = features[f];
      const want = check(key);
      let slot = key & mask;
      for (;;) {
        const at = STRIDE * slot;
        const a = slots[at];
        if (a === 0) break;
        if (a >>> 16 === want) {
          const b = slots[at + 1];
          s0 += (b << 16) >> 16;
          s1 += b >> 16;
          s2 += (a << 16) >> 16;
          found[n++] = at;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    this.foundCount = n;
  }

  /**
   * Keeps the built combinations of absent groups only if the absent slot of these codes reads as
   * that of the codes they were built from (it does unless the codes use other word classes).
   */
  checkAbsent(codes: SentenceCodes): void {
    const none = codes.n + 1;
    const key = this.absentKey;
    const { word, tag, wordTag, cluster, fineCluster } = codes;
    if (
      key[0] === word[none] &&
      key[1] === tag[none] &&
      key[2] === wordTag[none] &&
      key[3] === cluster[none] &&
      key[4] === fineCluster[none]
    ) {
      return;
    }
    key[0] = word[none];
    key[1] = tag[none];
    key[2] = wordTag[none];
    key[3] = cluster[none];
    key[4] = fineCluster[none];
    this.absentIndex.fill(-1);
    this.absentCount = 0;
    this.absentLabels.fill(0);
  }


  /**
   * Whether the sums of this combination of absent groups are built (by buildAbsent); then
   * addAbsent may add them.
   */
  hasAbsent(mask: number): boolean {
    return this.absentIndex[mask] >= 0;
  }

  /**
   * Builds the sums of a combination of absent groups from its features (the same ids in every
   * state with those groups absent): their move weights and the relation weights of both arcs,
   * exactly what scoreMoves and scoreLabels would add for them.
   */
  buildAbsent(mask: number, features: Uint32Array, count: number): void {
    const index = this.absentCount++;
    const width = 2 * this.labelCount;
    if (this.absentMoves.length < 3 * (index + 1)) {
      const grow = Math.max(16, 2 * index);
      const moves = new Int32Array(3 * grow);
      moves.set(this.absentMoves);
      this.absentMoves = moves;
      const labels = new Int32Array(width * grow);
      labels.set(this.absentLabels);
      this.absentLabels = labels;
    }
    const slots = this.slots;
    const labels = this.labels;
    const sums = this.absentLabels;
    const base = width * index;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let f = 0; f < count; f++) {
      const at = this.find(features[f]);
      if (at < 0) continue;
      const a = slots[at];
      const b = slots[at + 1];
      s0 += (b << 16) >> 16;
      s1 += b >> 16;
      s2 += (a << 16) >> 16;
      const row = slots[at + 2];
      if (row === EMPTY) continue;
      const head = labels[row];
      for (let e = row - (head >>> 16); e < row; e++) sums[base + (labels[e] >>> 16)] += (labels[e] << 16) >> 16;
      const left = base + this.labelCount;
      for (let e = row + 1; e <= row + (head & 0xffff); e++) sums[left + (labels[e] >>> 16)] += (labels[e] << 16) >> 16;
    }
    this.absentMoves[3 * index] = s0;
    this.absentMoves[3 * index + 1] = s1;
    this.absentMoves[3 * index + 2] = s2;
    this.absentIndex[mask] = index;
  }

  /** Adds the move sums of a built combination of absent groups to scores[SHIFT, LEFT, RIGHT]. */
  addAbsent(mask: number, scores: Int32Array): void {
    const at = 3 * this.absentIndex[mask];
    scores[0] += this.absentMoves[at];
    scores[1] += this.absentMoves[at + 1];
    scores[2] += this.absentMoves[at + 2];
  }

  /** The slot of a feature (an index into `slots`), or -1. */
  private find(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const want = check(key);
    let slot = key & mask;
    for (;;) {
      const at = STRIDE * slot;
      const a = slots[at];
      if (a === 0) return -1;
      if (a >>> 16 === want) return at;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Sums the relation weights of the features found by scoreMoves (see keep), plus those of the
   * combination of absent groups `absent` (built), for an arc of this move.
   */
  scoreLabels(move: number, scores: Int32Array, absent: number): void {
    const slots = this.slots;
    const labels = this.labels;
    const found = this.foundSlots;
    const count = this.foundCount;
    const kept = this.bufferKept;
    if (move === LEFT ? this.bufferSummedLeft !== this.bufferCall : this.bufferSummedRight !== this.bufferCall) {
      this.sumBuffer(move, kept);
    }
    // Start from the absent groups' sums and the buffer's.
    const sums = this.absentLabels;
    const side = move === LEFT ? this.labelCount : 0;
    const base = 2 * this.labelCount * this.absentIndex[absent] + side;
    const buffer = this.bufferLabels;
    for (let c = 0; c < scores.length; c++) scores[c] = sums[base + c] + buffer[side + c];
    // As in scoreMoves: fetch every relation row's line in parallel before summing (its header
    // sits between its right-arc and left-arc entries, so that line holds the first of both).
    let warm = 0;
    for (let f = kept; f < count; f++) {
      const row = slots[found[f] + 2];
      warm ^= labels[row < 0 ? 0 : row];
    }
    this.warm = warm;
    for (let f = kept; f < count; f++) {
      const row = slots[found[f] + 2];
      if (row === EMPTY) continue;
      const head = labels[row];
      const from = move === LEFT ? row + 1 : row - (head >>> 16);
      const to = move === LEFT ? from + (head & 0xffff) : row;
      for (let e = from; e < to; e++) {
        const packed = labels[e];
        scores[packed >>> 16] += (packed << 16) >> 16;
      }
    }
  }

  /** Builds the half of bufferLabels for arcs of this move from the relation rows of the first `kept` found slots. */
  private sumBuffer(move: number, kept: number): void {
    const slots = this.slots;
    const labels = this.labels;
    const found = this.foundSlots;
    const sums = this.bufferLabels;
    const side = move === LEFT ? this.labelCount : 0;
    sums.fill(0, side, side + this.labelCount);
    for (let f = 0; f < kept; f++) {
      const row = slots[found[f] + 2];
      if (row === EMPTY) continue;
      const head = labels[row];
      const from = move === LEFT ? row + 1 : row - (head >>> 16);
      const to = move === LEFT ? from + (head & 0xffff) : row;
      for (let e = from; e < to; e++) sums[side + (labels[e] >>> 16)] += (labels[e] << 16) >> 16;
    }
    if (move === LEFT) this.bufferSummedLeft = this.bufferCall;
    else this.bufferSummedRight = this.bufferCall;
  }

}

/** Appends row k of a label model as packed entries; returns the new entry count. */
function copyEntries(model: LinearModel, k: number, entries: Int32Array, at: number): number {
  for (let e = model.offsets[k]; e < model.offsets[k + 1]; e++) {
    entries[at++] = (model.classes[e] << 16) | (model.values[e] & 0xffff);
  }
  return at;
}

/** The sorted union of three sorted key arrays (a linear merge). */
function mergeKeys(a: Uint32Array, b: Uint32Array, c: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length + c.length);
  let i = 0;
  let j = 0;
  let k = 0;
  let n = 0;
  const END = 0x100000000;
  for (;;) {
    const x = i < a.length ? a[i] : END;
    const y = j < b.length ? b[j] : END;
    const z = k < c.length ? c[k] : END;
    const m = Math.min(x, y, z);
    if (m === END) break;
    out[n++] = m;
    if (x === m) i++;
    if (y === m) j++;
    if (z === m) k++;
  }
  return out.slice(0, n);
}
