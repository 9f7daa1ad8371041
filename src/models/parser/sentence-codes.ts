import { hashString, mix } from '../hash.js';
import { loadClusters, NO_CLUSTER, type WordClusters } from '../clusters/word-clusters.js';

/** Word code of the artificial root (index n). */
const ROOT_WORD = 0x5f524f4f;
/** Word code of an absent position (index n + 1). */
const NONE_WORD = 0x5f4e4f4e;

/** Levels of the cluster table the parser reads: the 256- and 1024-class ones of the shipped table. */
const MID_LEVEL = 1;
const FINE_LEVEL = 2;

/** FNV-1a over the lower-cased UTF-16 code units of text[start, end), without building a string. */
export function hashLower(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over the exact UTF-16 code units of text[start, end) (the cluster table's key). */
function hashExact(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The integer codes of one sentence's words and tags, the parser's only view of its input.
 *
 * Arrays have length n + 2: words 0..n-1, then the artificial root (n), then an "absent" slot
 * (n + 1) that features read for missing positions. `word` is the hash of the lower-cased form,
 * `suffix` that of its last three characters, `tag` the hash of the tag string, `wordTag` the
 * word and tag combined, `cluster`/`fineCluster` the word's class in the 256- and 1024-class
 * levels of the word-cluster table (of the exact form, else of its lower case; NO_CLUSTER when
 * unknown). Buffers are reused. The codes are Int32 (the hashes' bits), so that V8 keeps them as
 * small integers and passes them to the feature hashes without boxing (see WordTable).
 */
export class SentenceCodes {
  n = 0;
  word = new Int32Array(0);
  suffix = new Int32Array(0);
  tag = new Int32Array(0);
  wordTag = new Int32Array(0);
  cluster = new Int32Array(0);
  fineCluster = new Int32Array(0);
  /** The word classes the codes are read from (by default the shipped models/clusters.bin). */
  readonly clusters: WordClusters;
  private readonly tagCache = new Map<string, number>();
  private readonly midLevel: number;
  private readonly fineLevel: number;

  constructor(clusters: WordClusters = loadClusters()) {
    this.clusters = clusters;
    // A table with fewer levels (a test's) gives its finest level for the missing ones.
    this.midLevel = Math.min(MID_LEVEL, clusters.depth - 1);
    this.fineLevel = Math.min(FINE_LEVEL, clusters.depth - 1);
  }

  /** Resizes for n words and fills the root and absent slots. */
  reset(n: number): this {
    if (this.word.length < n + 2) {
      const size = Math.max(n + 2, this.word.length * 2, 64);
      this.word = new Int32Array(size);
      this.suffix = new Int32Array(size);
      this.tag = new Int32Array(size);
      this.wordTag = new Int32Array(size);
      this.cluster = new Int32Array(size);
      this.fineCluster = new Int32Array(size);
    }
    this.n = n;
    this.set(n, ROOT_WORD, ROOT_WORD, ROOT_WORD, -1);
    this.set(n + 1, NONE_WORD, NONE_WORD, NONE_WORD, -1);
    this.cluster[n] = NO_CLUSTER + 1;
    this.fineCluster[n] = NO_CLUSTER + 1;
    return this;
  }

  /** Sets word i from already-computed word, suffix and tag hashes and its cluster-table index (-1: none). */
  set(i: number, word: number, suffix: number, tag: number, entry: number): void {
    this.word[i] = word;
    this.suffix[i] = suffix;
    this.tag[i] = tag;
    this.wordTag[i] = mix(word, tag);
    this.cluster[i] = this.clusters.cluster(entry, this.midLevel);
    this.fineCluster[i] = this.clusters.cluster(entry, this.fineLevel);
  }

  /** Sets word i from the text range [start, end) and an already-hashed tag (no string is built). */
  setRange(i: number, text: string, start: number, end: number, tag: number): void {
    const lower = hashLower(text, start, end);
    const length = end - start;
    let entry = this.clusters.find(hashExact(text, start, end), length);
    if (entry < 0) entry = this.clusters.find(lower, length);
    this.set(i, lower, hashLower(text, Math.max(start, end - 3), end), tag, entry);
  }

  /** The hash of a tag string (cached: tags come from a small set). */
  tagCode(tag: string): number {
    let code = this.tagCache.get(tag);
    if (code === undefined) {
      code = hashString(tag);
      this.tagCache.set(tag, code);
    }
    return code;
  }

  /** Fills the codes from word strings and tag strings. */
  fill(words: readonly string[], tags: readonly string[]): this {
    this.reset(words.length);
    for (let i = 0; i < words.length; i++) this.setRange(i, words[i], 0, words[i].length, this.tagCode(tags[i]));
    return this;
  }
}
