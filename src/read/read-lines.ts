import { closeSync, openSync, readSync } from 'node:fs';

/** One line of a file as bytes (without its line break), or a note that it was too long to keep. */
export interface RawLine {
  /** 1-based line number. */
  line: number;
  bytes: Uint8Array;
  /** Set when the line was longer than the limit; `bytes` is then empty. */
  tooLong?: number;
}

/**
 * Reads a file line by line in fixed-size chunks, so a large JSONL archive is never held in
 * memory whole. A line longer than `maxLineBytes` is skipped (its length reported), not kept.
 */
export function* readLines(file: string, maxLineBytes: number, chunkSize = 1 << 20): Generator<RawLine> {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(chunkSize);
    let parts: Buffer[] = [];
    let length = 0;
    let line = 1;
    const take = (): RawLine => {
      const tooLong = length > maxLineBytes ? length : undefined;
      let bytes = tooLong ? new Uint8Array(0) : Buffer.concat(parts, length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
      parts = [];
      length = 0;
      return { line: line++, bytes, ...(tooLong ? { tooLong } : {}) };
    };
    for (;;) {
      const n = readSync(fd, chunk, 0, chunkSize, null);
      if (n === 0) break;
      let from = 0;
      for (let i = chunk.indexOf(0x0a, 0); i >= 0 && i < n; i = chunk.indexOf(0x0a, i + 1)) {
        // keep bytes only while the line is within the limit; count them either way
        if (length <= maxLineBytes) parts.push(Buffer.from(chunk.subarray(from, i)));
        length += i - from;
        yield take();
        from = i + 1;
      }
      if (from < n) {
        if (length <= maxLineBytes) parts.push(Buffer.from(chunk.subarray(from, n)));
        length += n - from;
      }
    }
    if (length > 0) yield take();
  } finally {
    closeSync(fd);
  }
}
