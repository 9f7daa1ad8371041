import type { Article } from './article.js';
import { labels } from './string-store.js';
import { Span } from './span.js';
import { Token } from './token.js';

/**
 * The analysis of one article, stored as columns over its unmodified text (spaCy's layout).
 *
 * Token columns, all of length `length`, indexed by token number i:
 * - `start[i]`, `end[i]`: UTF-16 offsets of the token in `text`, end exclusive.
 * - `upos[i]`, `xpos[i]`, `dep[i]`, `ent[i]`: label ids in the shared `labels` store (0 = unset);
 *   `ent` holds IOB2 tags ("B-PER", "I-ORG", "O").
 * - `head[i]`: token index of the syntactic head, i itself for the root, -1 when unparsed.
 * Sentence column, of length `sentenceCount`: `sentStart[s]` is the first token of sentence s;
 * sentence s ends where s+1 begins (or at `length`).
 */
export class Doc {
  readonly article: Article;
  readonly text: string;
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly upos: Uint16Array;
  readonly xpos: Uint16Array;
  readonly dep: Uint16Array;
  readonly ent: Uint16Array;
  readonly head: Int32Array;
  sentStart: Int32Array;
  /** Later components attach their results here by name (entities, times, quotes, ...). */
  readonly layers: Record<string, unknown> = {};

  constructor(
    article: Article,
    starts: ArrayLike<number>,
    ends: ArrayLike<number>,
    sentStarts: ArrayLike<number>,
  ) {
    this.article = article;
    this.text = article.text;
    this.length = starts.length;
    this.start = Int32Array.from(starts);
    this.end = Int32Array.from(ends);
    this.upos = new Uint16Array(this.length);
    this.xpos = new Uint16Array(this.length);
    this.dep = new Uint16Array(this.length);
    this.ent = new Uint16Array(this.length);
    this.head = new Int32Array(this.length).fill(-1);
    this.sentStart = Int32Array.from(sentStarts);
  }

  /** Number of sentences. */
  get sentenceCount(): number {
    return this.sentStart.length;
  }

  /** The token view at index i. */
  token(i: number): Token {
    return new Token(this, i);
  }

  /** The text of token i. */
  tokenText(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** Sentence s as a span of tokens. */
  sentence(s: number): Span {
    const end = s + 1 < this.sentStart.length ? this.sentStart[s + 1] : this.length;
    return new Span(this, this.sentStart[s], end);
  }

  /** Every sentence as a span of tokens. */
  sentences(): Span[] {
    const out: Span[] = [];
    for (let s = 0; s < this.sentStart.length; s++) out.push(this.sentence(s));
    return out;
  }

  /** The index of the sentence that holds token i (binary search). */
  sentenceOf(i: number): number {
    let lo = 0;
    let hi = this.sentStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentStart[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The index of the token that covers character offset `offset`, or -1. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[mid] <= offset) lo = mid + 1;
      else if (this.start[mid] > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Sets a label column entry from a string. */
  setLabel(column: 'upos' | 'xpos' | 'dep' | 'ent', i: number, value: string): void {
    this[column][i] = labels.intern(value);
  }

  /** Reads a label column entry as a string ('' when unset). */
  label(column: 'upos' | 'xpos' | 'dep' | 'ent', i: number): string {
    return labels.get(this[column][i]);
  }
}
