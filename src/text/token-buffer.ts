/** Token boundaries found in a text: parallel arrays of UTF-16 offsets, end exclusive. */
export interface TokenOffsets {
  /** `starts[i]`: offset of the first code unit of token i. */
  starts: Int32Array;
  /** `ends[i]`: offset just past the last code unit of token i. */
  ends: Int32Array;
}

/** A growable pair of offset columns that the scanners append tokens to. */
export class TokenBuffer {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  length = 0;

  /** Empties the buffer, keeping its storage; reserves room for about `capacity` tokens. */
  reset(capacity: number): void {
    this.length = 0;
    if (capacity > this.starts.length) this.grow(capacity);
  }

  /** Appends the token [start, end). */
  push(start: number, end: number): void {
    if (this.length === this.starts.length) this.grow(this.length * 2);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Copies the tokens out as exact-length columns (the buffer can then be reused). */
  toOffsets(): TokenOffsets {
    return { starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }

  private grow(capacity: number): void {
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}
