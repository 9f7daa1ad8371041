/**
 * Per-process, per-model sums of the attribution taggers' form features (see features.ts:
 * lexicalOwn, lexicalPrev, lexicalNeighbour, cueOwn, cuePrev, roleOwn): for each QUOTE_FORMS
 * entry, the integer class weights of the features that read only that form's columns, one row
 * per value of the few flags they also read (inside a quote, quotes before and after, cues on
 * each side, the previous tag) and per neighbour role. Integer sums are exact in any order, so a
 * tagger that adds a row instead of the row's features gets the same scores.
 */
import type { LinearModel } from '../../models/linear-model.js';
import {
  contextOwn,
  contextPrev,
  cueOwn,
  cuePrev,
  cueQuoted,
  lexicalInside,
  lexicalNeighbour,
  lexicalOwn,
  lexicalPrev,
  NEIGHBOUR_ROLES,
} from './features.js';
import { roleOwn } from './role-features.js';
import { FORM_CAPACITY, QUOTE_FORMS, type QuoteForms } from './quote-forms.js';

/** Which tagger's form features a table sums. */
export const enum SumKind {
  Cue = 0,
  Role = 1,
}

/** Previous-tag rows: one per Tag value (0..6). */
const TAGS = 7;
/** Own rows: the cue tagger's quotes before/after (4); the role tagger's inside and cue flags (8). */
const OWN_ROWS = [4, 8];
/** The previous tags the cue tagger can have given (O, BCue, ICue): its only previous-tag rows summed. */
const CUE_TAGS = [0, 3, 4];

const scratch = new Uint32Array(16);

/** Row sums of one model's form features over the entries of QUOTE_FORMS. */
export class FormSums {
  readonly kind: SumKind;
  readonly nClasses: number;
  /** Rows per entry: own rows, then TAGS previous-tag rows, then NEIGHBOUR_ROLES rows. */
  readonly rows: number;
  readonly ownRows: number;
  private readonly model: LinearModel;
  private readonly forms: QuoteForms;
  private readonly sums: Int32Array;
  private readonly ready: Uint8Array;
  /** The cue rate each entry's rows were summed with (the cue tagger reads it; a token with another rate is scored directly). */
  private readonly rate: Uint8Array;
  private generation: number;

  constructor(model: LinearModel, kind: SumKind, forms: QuoteForms = QUOTE_FORMS) {
    this.model = model;
    this.kind = kind;
    this.forms = forms;
    this.nClasses = model.nClasses;
    this.ownRows = OWN_ROWS[kind];
    this.rows = this.ownRows + TAGS + NEIGHBOUR_ROLES;
    this.sums = new Int32Array(FORM_CAPACITY * this.rows * this.nClasses);
    this.ready = new Uint8Array(FORM_CAPACITY);
    this.rate = new Uint8Array(FORM_CAPACITY);
    this.generation = forms.generation;
  }

  /**
   * The start in `sums` of entry e's rows (computed on first use), or -1 when they cannot be used:
   * the entry is of an older generation, or (cue rows) was summed with another cue rate.
   */
  rowsOf(e: number, generation: number, rate: number): number {
    const forms = this.forms;
    if (generation !== forms.generation) return -1;
    if (this.generation !== forms.generation) {
      this.ready.fill(0);
      this.generation = forms.generation;
    }
    const C = this.nClasses;
    const first = e * this.rows * C;
    if (this.ready[e]) return this.kind === SumKind.Cue && this.rate[e] !== rate ? -1 : first;
    const sums = this.sums;
    sums.fill(0, first, first + this.rows * C);
    const w = forms.lower(e);
    const add = (row: number, count: number): void => {
      this.model.addRaw(scratch, 0, count, sums, first + row * C);
    };
    // the features every own row holds, summed once into row 0 and copied to the others
    let k = lexicalOwn(w, forms.suffix(e), scratch, 0);
    // the cue tagger scores no quoted token: inside is 0
    if (this.kind === SumKind.Cue)
      k = cueOwn(forms.reporting(e), forms.stem(e), 0, scratch, lexicalInside(w, 0, scratch, k));
    add(0, k);
    for (let r = 1; r < this.ownRows; r++) sums.copyWithin(first + r * C, first, first + C);
    if (this.kind === SumKind.Cue) {
      for (let ba = 0; ba < 4; ba++) add(ba, cueQuoted(w, ba >> 1, ba & 1, scratch, 0));
      for (const p of CUE_TAGS) {
        add(
          this.ownRows + p,
          cuePrev(forms.stem(e), rate, forms.wordClassFine(e), p, scratch, lexicalPrev(w, p, scratch, 0)),
        );
      }
      this.rate[e] = rate;
    } else {
      // row inside * 4 + sl * 2 + sr
      for (let r = 0; r < 8; r++) {
        if ((r & 3) === 0) lexicalInside(w, r >> 2, scratch, 0);
        add(r, roleOwn(w, (r >> 1) & 1, r & 1, scratch, 1));
      }
      for (let p = 0; p < TAGS; p++) add(this.ownRows + p, lexicalPrev(w, p, scratch, 0));
    }
    for (let r = 0; r < NEIGHBOUR_ROLES; r++)
      add(this.ownRows + TAGS + r, lexicalNeighbour(r, w, scratch, 0));
    this.ready[e] = 1;
    return first;
  }

  /** Adds row `row` of the entry whose rows start at `first` to scores[0 .. nClasses). */
  addRow(first: number, row: number, scores: Int32Array): void {
    const C = this.nClasses;
    const from = first + row * C;
    const sums = this.sums;
    for (let c = 0; c < C; c++) scores[c] += sums[from + c];
  }

  /** The row index of a previous tag, and of a neighbour role. */
  prevRow(tag: number): number {
    return this.ownRows + tag;
  }
  neighbourRow(role: number): number {
    return this.ownRows + TAGS + role;
  }
}

/** Slots of the context sums' direct-mapped cache (a power of two). */
const CONTEXT_SLOTS = 1 << 12;

/**
 * Per-model sums of contextOwn (one per combination of its small values, kept in a direct-mapped
 * cache checked on the whole packed combination) and of contextPrev (a table over every
 * combination of inside, segment start and the two previous tags).
 */
export class ContextSums {
  private readonly model: LinearModel;
  private readonly nClasses: number;
  private readonly keys = new Int32Array(CONTEXT_SLOTS).fill(-1);
  private readonly own: Int32Array;
  private readonly prev: Int32Array;
  private readonly prevReady = new Uint8Array(2 * 2 * TAGS * TAGS);

  constructor(model: LinearModel) {
    this.model = model;
    this.nClasses = model.nClasses;
    this.own = new Int32Array(CONTEXT_SLOTS * this.nClasses);
    this.prev = new Int32Array(this.prevReady.length * this.nClasses);
  }

  /** Adds the contextPrev weights to scores[0 .. nClasses). */
  addPrev(inside: number, sentenceStart: number, prev1: number, prev2: number, scores: Int32Array): void {
    const C = this.nClasses;
    if (inside > 1 || sentenceStart > 1 || prev1 >= TAGS || prev2 >= TAGS) {
      this.model.addRaw(scratch, 0, contextPrev(inside, sentenceStart, prev1, prev2, scratch, 0), scores, 0);
      return;
    }
    const index = ((inside * 2 + sentenceStart) * TAGS + prev1) * TAGS + prev2;
    const first = index * C;
    if (!this.prevReady[index]) {
      this.prev.fill(0, first, first + C);
      this.model.addRaw(
        scratch,
        0,
        contextPrev(inside, sentenceStart, prev1, prev2, scratch, 0),
        this.prev,
        first,
      );
      this.prevReady[index] = 1;
    }
    for (let c = 0; c < C; c++) scores[c] += this.prev[first + c];
  }

  /** Adds the contextOwn weights of these values to scores[0 .. nClasses). */
  addOwn(
    shapeBefore: number,
    shape: number,
    shapeAfter: number,
    repBefore: number,
    rep: number,
    repAfter: number,
    inside: number,
    markBefore: number,
    markAfter: number,
    para: number,
    paraAfter: number,
    scores: Int32Array,
  ): void {
    const C = this.nClasses;
    // a value too large for its bits has no key: its sums go straight into the scores
    const keyed =
      (shapeBefore | shape | shapeAfter | repBefore | rep | repAfter) <= 7 &&
      (markBefore | markAfter) <= 3 &&
      (inside | para | paraAfter) <= 1;
    // every value in its bits: the key is the combination itself
    const key =
      shapeBefore |
      (shape << 3) |
      (shapeAfter << 6) |
      (repBefore << 9) |
      (rep << 12) |
      (repAfter << 15) |
      (inside << 18) |
      (markBefore << 19) |
      (markAfter << 21) |
      (para << 23) |
      (paraAfter << 24);
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - 12);
    const first = slot * C;
    if (!keyed || this.keys[slot] !== key) {
      if (keyed) this.own.fill(0, first, first + C);
      const count = contextOwn(
        shapeBefore,
        shape,
        shapeAfter,
        repBefore,
        rep,
        repAfter,
        inside,
        markBefore,
        markAfter,
        para,
        paraAfter,
        scratch,
        0,
      );
      if (!keyed) {
        this.model.addRaw(scratch, 0, count, scores, 0);
        return;
      }
      this.model.addRaw(scratch, 0, count, this.own, first);
      this.keys[slot] = key;
    }
    for (let c = 0; c < C; c++) scores[c] += this.own[first + c];
  }
}
