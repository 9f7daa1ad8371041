/**
 * Extended prediction history (Ratinov & Roth 2009): the types already given to earlier
 * occurrences of a capitalized word in the same document, as features of its next occurrence.
 */
import { feat2Bits as feat2 } from '../hash.js';
import { ENTITY_TYPES } from './labels.js';
import type { TokenTable } from './token-table.js';
import { WordCounts } from './word-counts.js';
import { CHAR_CLASS, LOWER } from './word-shape.js';

const SLOTS = ENTITY_TYPES.length + 1;

/** Labels given so far in the current document, by word. */
export class PredictionHistory {
  /** Per word (its lower-case hash): how often it was labelled O, then each type. */
  private readonly counts = new WordCounts(SLOTS);

  /** Forgets everything (call at the start of each document). */
  clear(): void {
    this.counts.clear();
  }

  /** Records the label given to token i. */
  record(table: TokenTable, i: number, label: number): void {
    if (CHAR_CLASS[table.firstChar[i]] === LOWER) return;
    const slot = this.counts.slot(table.lower[i]);
    this.counts.values[slot * SLOTS + (label === 0 ? 0 : 1 + ((label - 1) >> 2))]++;
  }

  /** Appends the history features of token i; returns the new count. */
  features(table: TokenTable, i: number, out: Uint32Array, n: number): number {
    if (CHAR_CLASS[table.firstChar[i]] === LOWER) return n;
    const slot = this.counts.find(table.lower[i]);
    if (slot < 0) return n;
    const c = this.counts.values;
    const at = slot * SLOTS;
    let total = 0;
    for (let t = 0; t < SLOTS; t++) {
      total += c[at + t];
      if (c[at + t] > 0) out[n++] = feat2(32, t, 0);
    }
    for (let t = 0; t < SLOTS; t++) if (c[at + t] * 2 > total) out[n++] = feat2(33, t, c[at + t] === total ? 1 : 0);
    return n;
  }
}
