import { FormIndex } from '../../models/form-index.js';

/**
 * Per-process memory of the word forms the attribution taggers have met: each form's TokenContext
 * columns (hashes, shape, reporting class, word classes), keyed by the form's characters and
 * checked on every hit, so that reading them gives the same values as computing them.
 */

/** Forms kept before the memory is emptied (at a document start, so a document's entries stay valid). */
export const FORM_CAPACITY = 1 << 15;
/** Uint32 per entry in QuoteForms.columns. */
export const FORM_STRIDE = 5;
const FNV_OFFSET = 0x811c9dc5;

/** FNV hash of text[from, to) as it is (the probe key; the characters prove a hit). */
export function formHash(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** Word forms and their columns. */
export class QuoteForms {
  /** Bumped each time the memory is emptied: entries of an older generation mean nothing. */
  generation = 0;
  private readonly index = new FormIndex(FORM_CAPACITY);
  /**
   * The columns of entry e side by side (one cache line to read them), at e * FORM_STRIDE: the
   * lower-case, stem and suffix hashes, shape | reporting class << 8, word class | fine word
   * class << 16.
   */
  readonly columns = new Uint32Array(FORM_CAPACITY * FORM_STRIDE);

  constructor() {
    // stored twice, so V8 takes `generation` for a field that changes: a field stored once is
    // taken for a constant, and every optimized function that read it (the token contexts, the
    // cue lexicon, the taggers' form rows) was thrown away at the first emptying
    this.generation = -1;
    this.generation = 0;
  }

  /** Sets the columns of entry e. */
  set(
    e: number,
    lower: number,
    stem: number,
    suffix: number,
    shape: number,
    reporting: number,
    wordClass: number,
    wordClassFine: number,
  ): void {
    const c = e * FORM_STRIDE;
    const columns = this.columns;
    columns[c] = lower;
    columns[c + 1] = stem;
    columns[c + 2] = suffix;
    columns[c + 3] = (shape & 0xff) | (reporting << 8);
    columns[c + 4] = (wordClass & 0xffff) | (wordClassFine << 16);
  }

  /** The columns of entry e, one by one. */
  lower(e: number): number {
    return this.columns[e * FORM_STRIDE];
  }
  stem(e: number): number {
    return this.columns[e * FORM_STRIDE + 1];
  }
  suffix(e: number): number {
    return this.columns[e * FORM_STRIDE + 2];
  }
  reporting(e: number): number {
    return this.columns[e * FORM_STRIDE + 3] >>> 8;
  }
  wordClassFine(e: number): number {
    return this.columns[e * FORM_STRIDE + 4] >>> 16;
  }

  /** Forms kept now. */
  get size(): number {
    return this.index.size;
  }

  /** Makes room for a document of n tokens, forgetting every form when they might not fit. */
  reserve(n: number): void {
    if (this.index.fits(n)) return;
    this.index.clear();
    this.generation++;
  }

  /** The entry of text[start, end), whose formHash is `hash`; -1 when unknown. */
  find(text: string, start: number, end: number, hash: number): number {
    return this.index.find(text, start, end, hash);
  }

  /** Adds text[start, end) (not yet known) as a new entry whose columns the caller fills; -1 when full. */
  add(text: string, start: number, end: number, hash: number): number {
    return this.index.add(text, start, end, hash);
  }
}

/** The forms of this process (token contexts read and fill it). */
export const QUOTE_FORMS = new QuoteForms();
