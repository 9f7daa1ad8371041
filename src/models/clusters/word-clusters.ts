import { readFileSync } from 'node:fs';
import { DossierError } from '../../errors/dossier-error.js';
import { modelPath } from '../paths.js';

/** File name of the shipped word-cluster table under models/. */
export const CLUSTERS_FILE = 'clusters.bin';

const MAGIC = 0x43525344; // "DSRC" little-endian
const FORMAT_VERSION = 1;

/** Cluster id returned for a word the table does not hold. */
export const NO_CLUSTER = 0xffff;

/** What a cluster file says about itself. */
export interface ClustersHeader {
  /** Number of clusters at each level, coarse to fine; a finer cluster lies inside one coarser one. */
  levels: number[];
  /** How many words the table holds. */
  words: number;
  builtFrom: string;
  [key: string]: unknown;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Distributional word classes learned from unlabelled text (see build-clusters.ts), looked up by
 * the FNV-1a hash and length of the exact word form, so a tagger finds a word's classes from the
 * hash it already computed, with no substring.
 *
 * Layout: `ids` is row-major, one row of `levels.length` Uint16 cluster ids per word (word w at
 * w * levels.length); `slots` is an open-addressing table (power-of-two size) from hash to w + 1
 * (0 = empty), and `hashes`/`lengths` per word resolve collisions.
 */
export class WordClusters {
  readonly header: ClustersHeader;
  readonly words: string[];
  readonly ids: Uint16Array;
  /** A checksum of the words and ids: a model trained on other clusters can refuse this table. */
  readonly checksum: number;
  private readonly hashes: Uint32Array;
  private readonly lengths: Uint32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(header: ClustersHeader, words: string[], ids: Uint16Array) {
    this.header = header;
    this.words = words;
    this.ids = ids;
    this.hashes = new Uint32Array(words.length);
    this.lengths = new Uint32Array(words.length);
    let size = 1;
    while (size < words.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    let sum = FNV_OFFSET;
    for (let w = 0; w < words.length; w++) {
      const h = hashForm(words[w]);
      this.hashes[w] = h;
      this.lengths[w] = words[w].length;
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = w + 1;
      sum = Math.imul(sum ^ h, FNV_PRIME);
    }
    for (let i = 0; i < ids.length; i++) sum = Math.imul(sum ^ ids[i], FNV_PRIME);
    this.checksum = sum >>> 0;
  }

  /** Number of levels (granularities) per word. */
  get depth(): number {
    return this.header.levels.length;
  }

  /** Index of the word with this form hash and length, or -1. */
  find(hash: number, length: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const w = this.slots[slot];
      if (w === 0) return -1;
      if (this.hashes[w - 1] === hash && this.lengths[w - 1] === length) return w - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Cluster id of word index w (from find) at a level; NO_CLUSTER for w = -1. */
  cluster(w: number, level: number): number {
    return w < 0 ? NO_CLUSTER : this.ids[w * this.header.levels.length + level];
  }

  /** The cluster ids of a word form at every level (NO_CLUSTER when unknown); for tests and tools. */
  of(word: string): number[] {
    const w = this.find(hashForm(word), word.length);
    return this.header.levels.map((_, l) => this.cluster(w, l));
  }

  /** File bytes: magic, format version, header JSON length, header JSON, words (UTF-8, one a line), ids. */
  encode(): Uint8Array {
    const json = new TextEncoder().encode(JSON.stringify(this.header));
    const text = new TextEncoder().encode(this.words.join('\n'));
    const head = new Uint32Array([MAGIC, FORMAT_VERSION, json.length, text.length]);
    const out = new Uint8Array(16 + align(json.length) + align(text.length) + this.ids.byteLength);
    out.set(new Uint8Array(head.buffer), 0);
    out.set(json, 16);
    out.set(text, 16 + align(json.length));
    out.set(new Uint8Array(this.ids.buffer, this.ids.byteOffset, this.ids.byteLength), out.length - this.ids.byteLength);
    return out;
  }

  /** Reads a table written by encode; a corrupt file gives MODEL_INVALID naming `name`. */
  static decode(bytes: Uint8Array, name: string): WordClusters {
    try {
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      const view = new DataView(buffer);
      if (view.getUint32(0, true) !== MAGIC) throw new Error('not a Dossier cluster file');
      if (view.getUint32(4, true) !== FORMAT_VERSION) throw new Error('unsupported cluster format version');
      const jsonLength = view.getUint32(8, true);
      const textLength = view.getUint32(12, true);
      const decoder = new TextDecoder();
      const header = JSON.parse(decoder.decode(new Uint8Array(buffer, 16, jsonLength))) as ClustersHeader;
      const textAt = 16 + align(jsonLength);
      const words = textLength ? decoder.decode(new Uint8Array(buffer, textAt, textLength)).split('\n') : [];
      const idsAt = textAt + align(textLength);
      const ids = new Uint16Array(buffer, idsAt, words.length * header.levels.length);
      if (words.length !== header.words) throw new Error('word count does not match the header');
      return new WordClusters(header, words, ids);
    } catch (cause) {
      throw new DossierError('MODEL_INVALID', 'the cluster file is corrupt or of another version', {
        file: name,
        found: cause instanceof Error ? cause.message : String(cause),
        cause,
      });
    }
  }
}

/** FNV-1a of a word form's UTF-16 code units: the same value as the tagger's word-table Word column. */
export function hashForm(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  return h >>> 0;
}

function align(n: number): number {
  return (n + 3) & ~3;
}

let shipped: WordClusters | undefined;

/** The shipped cluster table (models/clusters.bin), loaded once per process; MODEL_INVALID when missing. */
export function loadClusters(): WordClusters {
  if (shipped) return shipped;
  const file = modelPath(CLUSTERS_FILE);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new DossierError('MODEL_INVALID', 'the word-cluster table is missing', {
      file,
      expected: 'a table built by `npm run train -- clusters`',
      cause,
    });
  }
  shipped = WordClusters.decode(bytes, file);
  return shipped;
}
