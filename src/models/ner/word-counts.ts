/**
 * Per-document counts keyed by a word hash (an Int32 such as TokenTable.lower): `width` Int32
 * values per word in one typed table (open addressing, linear probing), emptied in time
 * proportional to the words counted. What a Map from the hash to an Int32Array did, without
 * allocating per word or per document.
 */
export class WordCounts {
  readonly width: number;
  /** values[slot * width + k] of the word in `slot`. */
  values: Int32Array;
  private keys: Int32Array;
  private used: Uint8Array;
  /** The slots in use, in the order their words came (to empty them). */
  private order: Int32Array;
  private count = 0;
  private mask: number;

  constructor(width: number, slots = 1024) {
    this.width = width;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots);
    this.used = new Uint8Array(slots);
    this.values = new Int32Array(slots * width);
    this.order = new Int32Array(slots);
  }

  /** Number of words counted. */
  get size(): number {
    return this.count;
  }

  /** Forgets every word. */
  clear(): void {
    const width = this.width;
    for (let k = 0; k < this.count; k++) {
      const slot = this.order[k];
      this.used[slot] = 0;
      this.values.fill(0, slot * width, slot * width + width);
    }
    this.count = 0;
  }

  /** The slot of `key`, or -1 when it is not counted. */
  find(key: number): number {
    const mask = this.mask;
    for (let slot = home(key) & mask; ; slot = (slot + 1) & mask) {
      if (!this.used[slot]) return -1;
      if (this.keys[slot] === (key | 0)) return slot;
    }
  }

  /** The slot of `key`, added with zero values when it is not counted yet. */
  slot(key: number): number {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.mask;
    let slot = home(key) & mask;
    for (; this.used[slot]; slot = (slot + 1) & mask) if (this.keys[slot] === (key | 0)) return slot;
    this.used[slot] = 1;
    this.keys[slot] = key;
    this.order[this.count++] = slot;
    return slot;
  }

  /** Doubles the table, keeping every word and its values. */
  private grow(): void {
    const { keys, values, order, count, width } = this;
    const slots = keys.length * 2;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots);
    this.used = new Uint8Array(slots);
    this.values = new Int32Array(slots * width);
    this.order = new Int32Array(slots);
    this.count = 0;
    for (let k = 0; k < count; k++) {
      const from = order[k];
      const to = this.slot(keys[from]);
      this.values.set(values.subarray(from * width, from * width + width), to * width);
    }
  }
}

/** A key's first slot before masking: its bits mixed, so that keys alike in their low bits spread. */
function home(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 16);
}
