/**
 * Per-process memory of the word forms the recognizer has met: each form's TokenTable columns
 * (hashes, shapes, affixes, case) and the summed weights (of one model: the recognizer's passes
 * side by side, see joint-model.ts) of the features that read that form alone (its own word, shapes and affixes; the word before or after a token: see
 * formFeatures). Everything kept is a function of the form's characters, checked on every hit, so
 * reading it gives the same sums as computing them.
 */
import type { LinearModel } from '../linear-model.js';
import type { CaseLexicon } from './case-lexicon.js';
import { FORM_ROLES, FormRole, MAX_FEATURES, formFeatures, labelWordFeatures } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { AFFIXES, F_HEADLINE, type TokenTable } from './token-table.js';

/** Forms kept before the memory is emptied (at a document start, so a document's entries stay valid). */
const CAPACITY = 1 << 15;
/** Probe slots: a power of two, at most half full. */
const SLOTS = CAPACITY * 2;
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
  size = 0;
  /** slots[h & (SLOTS - 1)], probed linearly: entry + 1, 0 when empty. */
  private readonly slots = new Int32Array(SLOTS);
  /** The form hash and the form itself of each entry (the hash picks the slot, the string proves the hit). */
  private readonly hashes = new Int32Array(CAPACITY);
  private readonly forms: string[] = [];
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

  /** `width`: the classes of the model given to spread (LABEL_COUNT per pass of a joint model). */
  constructor(lexicon?: CaseLexicon, width = LABEL_COUNT) {
    this.lexicon = lexicon;
    this.width = width;
  }

  /** Makes room for a document of n tokens, forgetting every form when they might not fit. */
  reserve(n: number): void {
    if (this.size + n <= CAPACITY) return;
    this.slots.fill(0);
    this.forms.length = 0;
    this.ready.fill(0);
    this.size = 0;
  }

  /** The entry of text[start, end), whose hash is `hash` (its Int32 bits, as TokenTable.form); -1 when unknown. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = SLOTS - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === (hash | 0) && sameForm(this.forms[entry], text, start, end)) return entry;
    }
  }

  /**
   * Adds to `base` (`width` sums per token) the weights of `model` (always the same one, of
   * `width` classes) of the features that token j's form gives: to j itself (its own, and its
   * word outside a headline) and to the tokens up to two away inside its sentence [from, to).
   * Reads the entry's kept sums (one run of memory), computed on first use.
   */
  spread(model: LinearModel, table: TokenTable, j: number, from: number, to: number, base: Int32Array): void {
    const e = table.entry[j];
    const body = !(table.flags[j] & F_HEADLINE);
    const width = this.width;
    if (e < 0) {
      const add = (role: number, i: number) =>
        model.addRaw(scratch, 0, formFeatures(table, j, role, scratch, 0), base, i * width);
      add(FormRole.OWN, j);
      if (body) add(FormRole.BODY, j);
      if (j + 1 < to) add(FormRole.PREV1, j + 1);
      if (j + 2 < to) add(FormRole.PREV2, j + 2);
      if (j - 1 >= from) add(FormRole.NEXT1, j - 1);
      if (j - 2 >= from) add(FormRole.NEXT2, j - 2);
      return;
    }
    if (this.sums.length === 0) this.sums = new Int32Array(CAPACITY * ROWS * width);
    const sums = this.sums;
    const first = e * ROWS * width;
    if (!this.ready[e]) {
      sums.fill(0, first, first + ROWS * width);
      for (let r = 0; r < FORM_ROLES; r++) {
        model.addRaw(scratch, 0, formFeatures(table, j, r, scratch, 0), sums, first + r * width);
      }
      const n = labelWordFeatures(0, table.lower[j], table.shortShape[j], scratch, 0);
      model.addRaw(scratch, 0, n, sums, first + AFTER_OUTSIDE * width);
      this.ready[e] = 1;
    }
    addRow(sums, first + FormRole.OWN * width, base, j * width, width);
    if (body) addRow(sums, first + FormRole.BODY * width, base, j * width, width);
    if (j + 1 < to) addRow(sums, first + FormRole.PREV1 * width, base, (j + 1) * width, width);
    if (j + 2 < to) addRow(sums, first + FormRole.PREV2 * width, base, (j + 2) * width, width);
    if (j - 1 >= from) addRow(sums, first + FormRole.NEXT1 * width, base, (j - 1) * width, width);
    if (j - 2 >= from) addRow(sums, first + FormRole.NEXT2 * width, base, (j - 2) * width, width);
  }

  /**
   * Adds to scores[at, at + LABEL_COUNT) the kept sums of labelWordFeatures after the label O for
   * entry e's form, classes [offset, offset + LABEL_COUNT) of the row (one pass of a joint model),
   * and returns true; false (nothing added) when they are not kept (spread has not run for the
   * form since it was added).
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
    if (this.size >= CAPACITY) return -1;
    const entry = this.size++;
    const mask = SLOTS - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
    this.hashes[entry] = hash;
    this.forms[entry] = text.slice(start, end);
    this.ready[entry] = 0;
    return entry;
  }
}

/** Adds the `width` sums at sums[row] to base[at, at + width). */
function addRow(sums: Int32Array, row: number, base: Int32Array, at: number, width: number): void {
  for (let c = 0; c < width; c++) base[at + c] += sums[row + c];
}

/** Whether `form` is text[start, end). */
function sameForm(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
