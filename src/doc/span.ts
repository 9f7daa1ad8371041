import type { Doc } from './doc.js';

/** A half-open run of tokens [start, end) of a Doc. */
export class Span {
  constructor(
    readonly doc: Doc,
    readonly start: number,
    readonly end: number,
  ) {}

  /** Character offset where the span begins. */
  get startChar(): number {
    return this.start < this.end ? this.doc.start[this.start] : 0;
  }
  /** Character offset where the span ends (exclusive). */
  get endChar(): number {
    return this.start < this.end ? this.doc.end[this.end - 1] : 0;
  }
  /** The exact text of the span. */
  get text(): string {
    return this.doc.text.slice(this.startChar, this.endChar);
  }
  get length(): number {
    return this.end - this.start;
  }
}
