/**
 * Per-process memory of the word forms the recognizer has met: each form's TokenTable columns
 * (hashes, shapes, affixes, case) and the summed weights (of one model: the recognizer's passes
 * side by side, see joint-model.ts) of the features that read that form alone (its own word, shapes and affixes; the word before or after a token: see
 * formFeatures). Everything kept is a function of the form's characters, checked on every hit, so
 * reading it gives the same sums as computing them.
 */
import { FormIndex } from '../form-index.js';
import type { LinearModel } from '../linear-model.js';
import type { CaseLexicon } from './case-lexicon.js';
import { FORM_ROLES, FormRole, MAX_FEATURES, formFeatures, labelWordFeatures } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { AFFIXES, F_HEADLINE, type TokenTable } from './token-table.js';

/** Forms kept before the memory is emptied (at a document start, so a document's entries stay valid). */
const CAPACITY = 1 << 15;
/**
 * The row after the roles' rows of an entry: the features of labelWordFeatures with the label
 * before the token O (the usual case), which read nothing but the form.
 */
const AFTER_OUTSIDE = FORM_ROLES;
/** Rows of sums per entry. */
const ROWS = FORM_ROLES + 1;
/** Feature ids of one form and role, before they are summed. */
const scratch = new Uint32Array(MAX_FEATURES);

/** Word forms and their columns; one instance per NerModel (its case lexicon and its joint model). */
export class FormCache {
  readonly lexicon: CaseLexicon | undefined;
  /** Sums per row: the classes of the model whose sums are kept. */
  readonly width: number;
  /** The forms, by entry (the hash picks the slot, the string proves the hit). */
  private readonly index = new FormIndex(CAPACITY);
  /** TokenTable columns of each entry (Int32, as there); prefix/suffix hold AFFIXES values per entry. */
  readonly lower = new Int32Array(CAPACITY);
  readonly shape = new Int32Array(CAPACITY);
  readonly shortShape = new Int32Array(CAPACITY);
  readonly prefix = new Int32Array(CAPACITY * AFFIXES);
  readonly suffix = new Int32Array(CAPACITY * AFFIXES);
  readonly flags = new Uint8Array(CAPACITY);
  readonly caseClass = new Uint8Array(CAPACITY);
  /**
   * sums[(entry * ROWS + role) * width + c]: the integer weight sums of the features the entry's
   * form gives in each role (see formFeatures), then of labelWordFeatures after an O (row
   * AFTER_OUTSIDE), once ready[entry]. Allocated on first use.
   */
  private sums = new Int32Array(0);
  private readonly ready = new Uint8Array(CAPACITY);

  /** `width`: the classes of the model given to gather (LABEL_COUNT per pass of a joint model). */
  constructor(lexicon?: CaseLexicon, width = LABEL_COUNT) {
    this.lexicon = lexicon;
    this.width = width;
  }

  /** Forms kept now. */
  get size(): number {
    return this.index.size;
  }

  /** Makes room for a document of n tokens, forgetting every form when they might not fit. */
  reserve(n: number): void {
    if (this.index.fits(n)) return;
    this.index.clear();
    this.ready.fill(0);
  }

  /** The entry of text[start, end), whose hash is `hash` (its Int32 bits, as TokenTable.form); -1 when unknown. */
  find(text: string, start: number, end: number, hash: number): number {
    return this.index.find(text, start, end, hash);
  }

  /**
   * Adds to base[i * width, (i + 1) * width) (`width` sums per token) the weights of `model`
   * (always the same one, of `width` classes) of the features that forms give token i: its own
   * form (its own features, and its word outside a headline) and the forms up to two away inside
   * its sentence [from, to). Reads the entries' kept rows, computed on first use, and writes the
   * token's sums once.
   */
  gather(model: LinearModel, table: TokenTable, i: number, from: number, to: number, base: Int32Array): void {
    const width = this.width;
    const at = i * width;
    if (this.sums.length === 0) this.sums = new Int32Array((CAPACITY * ROWS + 1) * width);
    const zero = CAPACITY * ROWS * width;
    const own = this.row(model, table, i, FormRole.OWN, base, at);
    const body = table.flags[i] & F_HEADLINE ? zero : this.row(model, table, i, FormRole.BODY, base, at);
    const prev1 = i - 1 >= from ? this.row(model, table, i - 1, FormRole.PREV1, base, at) : zero;
    const prev2 = i - 2 >= from ? this.row(model, table, i - 2, FormRole.PREV2, base, at) : zero;
    const next1 = i + 1 < to ? this.row(model, table, i + 1, FormRole.NEXT1, base, at) : zero;
    const next2 = i + 2 < to ? this.row(model, table, i + 2, FormRole.NEXT2, base, at) : zero;
    const sums = this.sums;
    for (let c = 0; c < width; c++) {
      base[at + c] += sums[own + c] + sums[body + c] + sums[prev1 + c] + sums[prev2 + c] + sums[next1 + c] + sums[next2 + c];
    }
  }

  /**
   * The start in `sums` of the row of token j's form in `role`, its entry's rows computed on
   * first use; for a form not kept, adds that role's features to base[at, at + width) itself and
   * returns the row of zeros after the entries.
   */
  private row(model: LinearModel, table: TokenTable, j: number, role: number, base: Int32Array, at: number): number {
    const width = this.width;
    const e = table.entry[j];
    if (e < 0) {
      model.addRaw(scratch, 0, formFeatures(table, j, role, scratch, 0), base, at);
      return CAPACITY * ROWS * width;
    }
    const first = e * ROWS * width;
    if (!this.ready[e]) {
      const sums = this.sums;
      sums.fill(0, first, first + ROWS * width);
      for (let r = 0; r < FORM_ROLES; r++) {
        model.addRaw(scratch, 0, formFeatures(table, j, r, scratch, 0), sums, first + r * width);
      }
      const n = labelWordFeatures(0, table.lower[j], table.shortShape[j], scratch, 0);
      model.addRaw(scratch, 0, n, sums, first + AFTER_OUTSIDE * width);
      this.ready[e] = 1;
    }
    return first + role * width;
  }

  /**
   * Adds to scores[at, at + LABEL_COUNT) the kept sums of labelWordFeatures after the label O for
   * entry e's form, classes [offset, offset + LABEL_COUNT) of the row (one pass of a joint model),
   * and returns true; false (nothing added) when they are not kept (gather has not read the form
   * since it was added).
   */
  addAfterOutside(e: number, offset: number, scores: Int32Array, at: number): boolean {
    if (!this.ready[e]) return false;
    const sums = this.sums;
    const row = (e * ROWS + AFTER_OUTSIDE) * this.width + offset;
    for (let c = 0; c < LABEL_COUNT; c++) scores[at + c] += sums[row + c];
    return true;
  }

  /** Adds text[start, end) (not yet known) as a new entry with cleared columns; -1 when full. */
  add(text: string, start: number, end: number, hash: number): number {
    const entry = this.index.add(text, start, end, hash);
    if (entry >= 0) this.ready[entry] = 0;
    return entry;
  }
}
