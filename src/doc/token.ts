import type { Doc } from './doc.js';

/** A light view of one token of a Doc. */
export class Token {
  constructor(
    readonly doc: Doc,
    readonly i: number,
  ) {}

  get start(): number {
    return this.doc.start[this.i];
  }
  get end(): number {
    return this.doc.end[this.i];
  }
  get text(): string {
    return this.doc.tokenText(this.i);
  }
  get pos(): string {
    return this.doc.label('upos', this.i);
  }
  get tag(): string {
    return this.doc.label('xpos', this.i);
  }
  get dep(): string {
    return this.doc.label('dep', this.i);
  }
  /** The head token's index (i itself for the root, -1 when unparsed). */
  get head(): number {
    return this.doc.head[this.i];
  }
}
