/**
 * Document-level consistency (non-local features): the first pass's labels, aggregated over the
 * whole document, become features of the second pass, so that the same name is labelled alike
 * across an article ("Blackburn" after "Peter Blackburn" was found to be a person).
 */
import { feat1Bits as feat1, feat2Bits as feat2 } from '../hash.js';
import { LABEL_COUNT, bilouToSpans, ENTITY_TYPES, type EntityType } from './labels.js';
import { WordCounts } from './word-counts.js';
import { CHAR_CLASS, LOWER } from './word-shape.js';
import type { TokenTable } from './token-table.js';

const TYPES = ENTITY_TYPES.length;
/** Counts per word: O then one per type. */
const SLOTS = TYPES + 1;

/** First-pass labels aggregated over a document, for the second pass's features. */
export class DocumentEvidence {
  /** The first-pass BILOU label of every token. */
  labels: Uint8Array = new Uint8Array(0);
  /** Lower-case word hash → counts of first-pass types (O, then each type) over its non-lower-case occurrences. */
  private readonly counts = new WordCounts(SLOTS);
  /** Lower-case word hash → bits (type * 3 + position) of the multi-token names it occurs in. */
  private readonly inNames = new WordCounts(1);

  /** Aggregates the first-pass labels of a document. */
  build(table: TokenTable, labels: Uint8Array): void {
    this.labels = labels;
    this.counts.clear();
    this.inNames.clear();
    const n = table.length;
    for (let i = 0; i < n; i++) {
      if (CHAR_CLASS[table.firstChar[i]] === LOWER) continue;
      const slot = this.counts.slot(table.lower[i]);
      this.counts.values[slot * SLOTS + (labels[i] === 0 ? 0 : 1 + ((labels[i] - 1) >> 2))]++;
    }
    for (const span of bilouToSpans(labels, 0, n)) {
      if (span.end - span.start < 2) continue;
      const type = ENTITY_TYPES.indexOf(span.type as EntityType);
      for (let i = span.start; i < span.end; i++) {
        const pos = i === span.start ? 0 : i === span.end - 1 ? 2 : 1;
        const slot = this.inNames.slot(table.lower[i]);
        this.inNames.values[slot] |= 1 << (type * 3 + pos);
      }
    }
  }

  /** Appends the non-local features of token i to `out` from index n; returns the new count. */
  features(table: TokenTable, i: number, from: number, to: number, out: Uint32Array, n: number): number {
    const labels = this.labels;
    const prev = i - 1 >= from ? labels[i - 1] : LABEL_COUNT;
    const next = i + 1 < to ? labels[i + 1] : LABEL_COUNT;
    n = evidenceLabelFeatures(prev, labels[i], next, out, n);
    return this.wordFeatures(table, i, out, n);
  }

  /**
   * The non-local features of token i that read its word's other occurrences (the rest of
   * `features`, after evidenceLabelFeatures); returns the new count.
   */
  wordFeatures(table: TokenTable, i: number, out: Uint32Array, n: number): number {
    const own = this.labels[i];
    if (CHAR_CLASS[table.firstChar[i]] === LOWER) return n;
    const key = table.lower[i];
    const slot = this.counts.find(key);
    if (slot >= 0) {
      const c = this.counts.values;
      const at = slot * SLOTS;
      // Votes of the word's other occurrences: its own label does not count.
      const self = own === 0 ? 0 : 1 + ((own - 1) >> 2);
      let best = -1;
      let bestCount = 0;
      let total = 0;
      for (let t = 0; t < SLOTS; t++) {
        const count = c[at + t] - (t === self ? 1 : 0);
        total += count;
        if (count > bestCount) {
          bestCount = count;
          best = t;
        }
      }
      if (best >= 0) {
        const unanimous = bestCount === total ? 1 : 0;
        out[n++] = feat2(43, best, unanimous);
        out[n++] = feat2(44, best, self);
        for (let t = 1; t < SLOTS; t++) {
          const count = c[at + t] - (t === self ? 1 : 0);
          if (count > 0) out[n++] = feat2(45, t, count * 2 >= total ? 1 : 0);
        }
      }
    }
    const named = this.inNames.find(key);
    const bits = named >= 0 ? this.inNames.values[named] : 0;
    if (bits) {
      for (let b = 0; b < TYPES * 3; b++) if (bits & (1 << b)) out[n++] = feat1(46, b);
    }
    return n;
  }
}

/**
 * The non-local features that read only first-pass labels: token i's own, and those of the
 * tokens before and after it in its sentence (LABEL_COUNT past the sentence's edge). Few
 * combinations, whose sums a LabelSumCache keeps.
 */
export function evidenceLabelFeatures(prev: number, own: number, next: number, out: Uint32Array, n: number): number {
  out[n++] = feat1(40, own);
  out[n++] = feat2(41, prev, own);
  out[n++] = feat2(42, own, next);
  return n;
}
