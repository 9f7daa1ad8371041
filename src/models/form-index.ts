/**
 * An index of word forms for per-process caches (the recognizer's and the attribution taggers'):
 * entry numbers 0, 1, 2 … by the form's characters, found through an open-addressing table keyed by
 * a hash the caller computes (any 32 bits; the characters prove a hit). The caller keeps its columns
 * in arrays indexed by entry and empties the index between documents when a document might not fit.
 */
export class FormIndex {
  size = 0;
  /** slots[h & mask], probed linearly: entry + 1, 0 when empty (at most half full). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The hash (as Int32) and the form itself of each entry. */
  private readonly hashes: Int32Array;
  private readonly forms: string[] = [];

  /** `capacity`: entries at most, a power of two. */
  constructor(readonly capacity: number) {
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    this.hashes = new Int32Array(capacity);
  }

  /** True when n more entries fit without emptying. */
  fits(n: number): boolean {
    return this.size + n <= this.capacity;
  }

  /** Forgets every form. */
  clear(): void {
    this.slots.fill(0);
    this.forms.length = 0;
    this.size = 0;
  }

  /** The entry of text[start, end), whose hash is `hash`; -1 when unknown. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.mask;
    const key = hash | 0;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === key && sameForm(this.forms[entry], text, start, end)) return entry;
    }
  }

  /** Adds text[start, end) (not yet known) as a new entry; -1 when full. */
  add(text: string, start: number, end: number, hash: number): number {
    if (this.size >= this.capacity) return -1;
    const entry = this.size++;
    const mask = this.mask;
    const key = hash | 0;
    let slot = key & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
    this.hashes[entry] = key;
    this.forms[entry] = text.slice(start, end);
    return entry;
  }
}

function sameForm(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
