import type { LinearModel } from '../linear-model.js';
import { MAX_FEATURES, wordFeatures } from './features.js';
import { COLUMNS, PAD, type WordTable } from './word-table.js';

/** Slots of the cache (a power of two): enough for the non-dictionary forms of a few news articles. */
const SLOTS = 4096;

/**
 * The tagger's integer sums of the word-only features (wordFeatures) per word form, kept for the
 * forms tagged last: a news article repeats its names and content words, so most words find their
 * sums here, and scoring them costs one copy and the lookups of the context features only.
 *
 * A slot is direct-mapped by the form's hash and holds the form's whole row of the word table
 * (its COLUMNS hashes): a hit needs every column equal, and the word-only feature ids are
 * functions of that row alone, so a hit gives exactly the sums that the lookups would give (no
 * hash collision can change a tag). Integer sums do not depend on the order they are added in.
 */
export class WordScores {
  private readonly model: LinearModel;
  private readonly nClasses: number;
  /** The word-table row of the form in each slot. */
  private readonly rows = new Int32Array(SLOTS * COLUMNS);
  /** Whether each slot holds a form yet. */
  private readonly used = new Uint8Array(SLOTS);
  /** The form's sums, nClasses per slot. */
  private readonly sums: Int32Array;
  private readonly features = new Uint32Array(MAX_FEATURES);

  constructor(model: LinearModel) {
    this.model = model;
    this.nClasses = model.nClasses;
    this.sums = new Int32Array(SLOTS * model.nClasses);
  }

  /** Writes the word-only sums of word i of the table into scores[0 .. nClasses) (overwriting them). */
  fill(t: WordTable, i: number, scores: Int32Array): void {
    const cols = t.cols;
    const row = (i + PAD) * COLUMNS;
    const word = cols[row];
    const slot = (word ^ (word >>> 11) ^ (word >>> 22)) & (SLOTS - 1);
    const rows = this.rows;
    const at = slot * COLUMNS;
    const n = this.nClasses;
    let hit = this.used[slot] === 1;
    for (let c = 0; hit && c < COLUMNS; c++) hit = rows[at + c] === cols[row + c];
    if (!hit) {
      scores.fill(0);
      this.model.addRaw(this.features, 0, wordFeatures(t, i, this.features), scores, 0);
      this.sums.set(scores.subarray(0, n), slot * n);
      rows.set(cols.subarray(row, row + COLUMNS), at);
      this.used[slot] = 1;
      return;
    }
    const sums = this.sums;
    const from = slot * n;
    for (let c = 0; c < n; c++) scores[c] = sums[from + c];
  }
}
