/** A growable byte buffer written as unsigned LEB128 varints (small numbers take one byte). */
export class ByteWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Writes a non-negative integer (up to 2^53) as a varint. */
  uint(value: number): void {
    this.reserve(8);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  /** Writes raw bytes, preceded by their length. */
  block(data: Uint8Array): void {
    this.uint(data.length);
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  /** Writes a string as UTF-8, preceded by its byte length. */
  string(text: string): void {
    this.block(Buffer.from(text, 'utf8'));
  }

  /** The bytes written so far. */
  finish(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Reads what a ByteWriter wrote, in the same order. */
export class ByteReader {
  offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.bytes.length) throw new Error('packed data ends early');
      const b = this.bytes[this.offset++];
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  }

  block(): Uint8Array {
    const n = this.uint();
    if (this.offset + n > this.bytes.length) throw new Error('packed data ends early');
    const out = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  string(): string {
    const b = this.block();
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
  }
}
