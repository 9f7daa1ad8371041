/**
 * The label-independent features of every token of a document (see localFeatures), hashed once
 * and read by both passes of the recognizer instead of being hashed again in the second.
 */
import { GAZ_COUNT } from './gazetteers.js';
import { contextFeatures, localFeatures } from './features.js';
import type { TokenTable } from './token-table.js';

/** Most local features of one token: 35 templates and the gazetteer matches of three tokens. */
export const MAX_LOCAL = 35 + 3 * GAZ_COUNT;

/** Reusable per-document buffers; valid for the TokenTable last given to `fill`. */
export class LocalFeatureCache {
  /** Token i's feature ids are ids[i * MAX_LOCAL .. i * MAX_LOCAL + counts[i]). */
  ids = new Uint32Array(0);
  counts = new Uint8Array(0);

  /**
   * Hashes the local features of every token in a sentence of the table; with `byForm`, only
   * those that no single form gives (contextFeatures by form: the decoder reads the sums of the
   * others from a FormCache).
   */
  fill(table: TokenTable, byForm = false): void {
    const n = table.length;
    if (this.counts.length < n) {
      const cap = Math.max(n, this.counts.length * 2, 256);
      this.ids = new Uint32Array(cap * MAX_LOCAL);
      this.counts = new Uint8Array(cap);
    }
    const bounds = table.sentBounds;
    for (let s = 0; s < bounds.length; s += 2) {
      const to = bounds[s + 1];
      for (let i = bounds[s]; i < to; i++) {
        const at = i * MAX_LOCAL;
        const end = byForm
          ? contextFeatures(table, i, bounds[s], to, this.ids, at, true)
          : localFeatures(table, i, bounds[s], to, this.ids, at);
        this.counts[i] = end - at;
      }
    }
  }
}
