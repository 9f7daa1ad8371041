/**
 * Per-process memory of the word forms the attribution taggers have met: each form's TokenContext
 * columns (hashes, shape, reporting class, word classes), keyed by the form's characters and
 * checked on every hit, so that reading them gives the same values as computing them.
 */

/** Forms kept before the memory is emptied (at a document start, so a document's entries stay valid). */
export const FORM_CAPACITY = 1 << 15;
/** Probe slots: a power of two, at most half full. */
const SLOTS = FORM_CAPACITY * 2;

const FNV_OFFSET = 0x811c9dc5;

/** FNV hash of text[from, to) as it is (the probe key; the characters prove a hit). */
export function formHash(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

function sameForm(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Word forms and their columns. */
export class QuoteForms {
  size = 0;
  /** Bumped each time the memory is emptied: entries of an older generation mean nothing. */
  generation = 0;
  private readonly slots = new Int32Array(SLOTS);
  private readonly hashes = new Uint32Array(FORM_CAPACITY);
  private readonly forms: string[] = [];
  readonly lower = new Uint32Array(FORM_CAPACITY);
  readonly stem = new Uint32Array(FORM_CAPACITY);
  readonly suffix = new Uint32Array(FORM_CAPACITY);
  readonly shape = new Uint8Array(FORM_CAPACITY);
  readonly reporting = new Uint8Array(FORM_CAPACITY);
  readonly wordClass = new Uint16Array(FORM_CAPACITY);
  readonly wordClassFine = new Uint16Array(FORM_CAPACITY);

  /** Makes room for a document of n tokens, forgetting every form when they might not fit. */
  reserve(n: number): void {
    if (this.size + n <= FORM_CAPACITY) return;
    this.slots.fill(0);
    this.forms.length = 0;
    this.size = 0;
    this.generation++;
  }

  /** The entry of text[start, end), whose formHash is `hash`; -1 when unknown. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = SLOTS - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && sameForm(this.forms[entry], text, start, end)) return entry;
    }
  }

  /** Adds text[start, end) (not yet known) as a new entry whose columns the caller fills; -1 when full. */
  add(text: string, start: number, end: number, hash: number): number {
    if (this.size >= FORM_CAPACITY) return -1;
    const entry = this.size++;
    const mask = SLOTS - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
    this.hashes[entry] = hash;
    this.forms[entry] = text.slice(start, end);
    return entry;
  }
}

/** The forms of this process (token contexts read and fill it). */
export const QUOTE_FORMS = new QuoteForms();
