/**
 * Extended prediction history (Ratinov & Roth 2009): the types already given to earlier
 * occurrences of a capitalized word in the same document, as features of its next occurrence.
 */
import { feat2Bits as feat2 } from '../hash.js';
import { ENTITY_TYPES } from './labels.js';
import type { TokenTable } from './token-table.js';
import { CHAR_CLASS, LOWER } from './word-shape.js';

const SLOTS = ENTITY_TYPES.length + 1;

/** Labels given so far in the current document, by word. */
export class PredictionHistory {
  private readonly counts = new Map<number, Int32Array>();

  /** Forgets everything (call at the start of each document). */
  clear(): void {
    this.counts.clear();
  }

  /** Records the label given to token i. */
  record(table: TokenTable, i: number, label: number): void {
    if (CHAR_CLASS[table.firstChar[i]] === LOWER) return;
    const key = table.lower[i];
    let c = this.counts.get(key);
    if (!c) this.counts.set(key, (c = new Int32Array(SLOTS)));
    c[label === 0 ? 0 : 1 + ((label - 1) >> 2)]++;
  }

  /** Appends the history features of token i; returns the new count. */
  features(table: TokenTable, i: number, out: Uint32Array, n: number): number {
    if (CHAR_CLASS[table.firstChar[i]] === LOWER) return n;
    const c = this.counts.get(table.lower[i]);
    if (!c) return n;
    let total = 0;
    for (let t = 0; t < SLOTS; t++) {
      total += c[t];
      if (c[t] > 0) out[n++] = feat2(32, t, 0);
    }
    for (let t = 0; t < SLOTS; t++) if (c[t] * 2 > total) out[n++] = feat2(33, t, c[t] === total ? 1 : 0);
    return n;
  }
}
