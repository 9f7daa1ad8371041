import type { LinearModel } from '../linear-model.js';
import { MAX_FEATURES, NEIGHBOUR_OFFSETS, neighbourFeatures, wordFeatures } from './features.js';
import { COLUMNS, PAD, type WordTable } from './word-table.js';

/**
 * Slots of the cache (a power of two): enough for the forms of a few dozen news articles (8,192
 * against 2,048: tagger stage of `npm run bench` about 1.1x, 12 MB more).
 */
const SLOTS = 8192;
/** Sums kept per form: its own (wordFeatures), then one per neighbour role (neighbourFeatures). */
const PARTS = 1 + NEIGHBOUR_OFFSETS.length;

/**
 * The tagger's integer sums of the features that read one word's row of the word table only, per
 * word form, kept for the forms seen last: the form's own features (wordFeatures) and the
 * features it gives the word two before, one before, one after and two after it
 * (neighbourFeatures). A news article repeats its names, content and function words, so most
 * words find these sums here, and scoring a word costs five additions of rows of sums and the
 * lookups of the features that read two words or the previous tags (pairFeatures) only.
 *
 * A slot is direct-mapped by the form's hash and holds the form's whole row of the word table
 * (its COLUMNS hashes): a hit needs every column equal, and these feature ids are functions of that
 * row alone, so a hit gives exactly the sums that the lookups would give (no hash collision can
 * change a tag). Each part is summed the first time it is asked for. Integer sums do not depend
 * on the order they are added in.
 */
export class WordScores {
  private readonly model: LinearModel;
  private readonly nClasses: number;
  /** The word-table row of the form in each slot. */
  private readonly rows = new Int32Array(SLOTS * COLUMNS);
  /** Whether each slot holds a form yet. */
  private readonly used = new Uint8Array(SLOTS);
  /** Whether each part of each slot is summed yet. */
  private readonly ready = new Uint8Array(SLOTS * PARTS);
  /** The sums, nClasses per part, PARTS per slot. */
  private readonly sums: Int32Array;
  private readonly features = new Uint32Array(MAX_FEATURES);

  constructor(model: LinearModel) {
    this.model = model;
    this.nClasses = model.nClasses;
    this.sums = new Int32Array(SLOTS * PARTS * model.nClasses);
  }

  /**
   * Writes into scores[0 .. nClasses) (overwriting them) the sums of word i's own features and of
   * the features its neighbours within two words give it: all of taggerFeatures' sums but those of
   * pairFeatures.
   */
  fill(t: WordTable, i: number, scores: Int32Array): void {
    const n = this.nClasses;
    const sums = this.sums;
    let from = this.part(t, i, 0) * n;
    for (let c = 0; c < n; c++) scores[c] = sums[from + c];
    for (let role = 0; role < NEIGHBOUR_OFFSETS.length; role++) {
      // added at once: the next lookup may take this slot for another form
      from = this.part(t, i + NEIGHBOUR_OFFSETS[role], role + 1) * n;
      for (let c = 0; c < n; c++) scores[c] += sums[from + c];
    }
  }

  /** The index (slot * PARTS + part) of the sums of word j's part, summed now if it is not yet. */
  private part(t: WordTable, j: number, part: number): number {
    const cols = t.cols;
    const row = (j + PAD) * COLUMNS;
    const word = cols[row];
    const slot = (word ^ (word >>> 11) ^ (word >>> 22)) & (SLOTS - 1);
    const rows = this.rows;
    const at = slot * COLUMNS;
    let hit = this.used[slot] === 1;
    for (let c = 0; hit && c < COLUMNS; c++) hit = rows[at + c] === cols[row + c];
    if (!hit) {
      rows.set(cols.subarray(row, row + COLUMNS), at);
      this.used[slot] = 1;
      this.ready.fill(0, slot * PARTS, slot * PARTS + PARTS);
    }
    const index = slot * PARTS + part;
    if (this.ready[index] === 0) {
      const features = this.features;
      const count = part === 0 ? wordFeatures(t, j, features) : neighbourFeatures(t, j, part - 1, features);
      const n = this.nClasses;
      const out = this.sums.subarray(index * n, index * n + n);
      out.fill(0);
      this.model.addRaw(features, 0, count, out, 0);
      this.ready[index] = 1;
    }
    return index;
  }
}
