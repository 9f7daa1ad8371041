/**
 * A case lexicon derived by counting over plain text: how a word is usually written where case
 * is informative (inside a mixed-case sentence, not at its start). It tells a headline's
 * "ARRIVE" or a sentence-initial "Second" (usually lower-case) from "JAPAN" (usually capitalized).
 */
import { CHAR_CLASS, LOWER, UPPER, hashLower } from './word-shape.js';

/** Case classes: 0 unknown, 1 usually lower-case, 2 mixed, 3 usually capitalized, 4 usually all-caps. */
export type CaseClass = 0 | 1 | 2 | 3 | 4;

const MIN_COUNT = 3;

/** Counts of how words are written, collected sentence by sentence. */
export class CaseCounter {
  /** lower-case hash → [lower-initial, capitalized, all-caps] counts. */
  private readonly counts = new Map<number, [number, number, number]>();

  /** Counts the words of one sentence (tokens [from, to) of `text`), skipping its first word and headlines. */
  addSentence(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, from: number, to: number): void {
    let lower = false;
    for (let i = from; i < to; i++) if (CHAR_CLASS[text.charCodeAt(starts[i])] === LOWER) lower = true;
    if (!lower) return;
    for (let i = from + 1; i < to; i++) {
      const start = starts[i];
      const end = ends[i];
      const cls = CHAR_CLASS[text.charCodeAt(start)];
      if (cls !== LOWER && cls !== UPPER) continue;
      const key = hashLower(text, start, end);
      let c = this.counts.get(key);
      if (!c) this.counts.set(key, (c = [0, 0, 0]));
      if (cls === LOWER) c[0]++;
      else if (end - start > 1 && CHAR_CLASS[text.charCodeAt(start + 1)] === UPPER) c[2]++;
      else c[1]++;
    }
  }

  /** The lexicon: words seen at least a few times, with their usual case. */
  lexicon(): CaseLexicon {
    const classes = new Map<number, number>();
    for (const [key, [low, cap, caps]] of this.counts) {
      const total = low + cap + caps;
      if (total < MIN_COUNT) continue;
      let cls: CaseClass = 2;
      if (low >= 0.9 * total) cls = 1;
      else if (caps >= 0.7 * total) cls = 4;
      else if (cap + caps >= 0.9 * total) cls = 3;
      classes.set(key, cls);
    }
    return new CaseLexicon(classes);
  }
}

/** Lower-case word hash → usual case class. */
export class CaseLexicon {
  private readonly classes: Map<number, number>;

  constructor(classes: Map<number, number>) {
    this.classes = classes;
  }

  /** The case class of a word by its lower-case hash (0 when unknown). */
  classOf(lowerHash: number): number {
    return this.classes.get(lowerHash) ?? 0;
  }

  /** Flat [hash, class, hash, class, ...] array, sorted by hash (for the model header). */
  toArray(): number[] {
    const out: number[] = [];
    for (const key of [...this.classes.keys()].sort((a, b) => a - b)) out.push(key, this.classes.get(key)!);
    return out;
  }

  /** Reads the flat array written by toArray. */
  static fromArray(flat: readonly number[]): CaseLexicon {
    const classes = new Map<number, number>();
    for (let i = 0; i + 1 < flat.length; i += 2) classes.set(flat[i], flat[i + 1]);
    return new CaseLexicon(classes);
  }
}
