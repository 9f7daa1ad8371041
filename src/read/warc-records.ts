import { closeSync, openSync, readSync } from 'node:fs';
import { constants, inflateRawSync } from 'node:zlib';
import { DossierError } from '../errors/dossier-error.js';

/** One WARC record: its named headers (lowercased) and its content block. */
export interface WarcRecord {
  headers: Map<string, string>;
  block: Buffer;
  /** Byte offset of the record (or of its gzip member) in the file. */
  offset: number;
}

const CHUNK = 4 << 20;

/** A window over a file read forward in chunks, so a large archive is never loaded whole. */
class FileWindow {
  private buf: Buffer = Buffer.alloc(0);
  private start = 0;
  private eof = false;
  constructor(private readonly fd: number) {}

  /** Bytes from `offset` on, at least `min` of them unless the file ends first. */
  at(offset: number, min: number): Buffer {
    if (offset > this.start) {
      this.buf = this.buf.subarray(offset - this.start);
      this.start = offset;
    }
    while (this.buf.length < min && !this.eof) {
      const chunk = Buffer.alloc(Math.max(CHUNK, min - this.buf.length));
      const n = readSync(this.fd, chunk, 0, chunk.length, this.start + this.buf.length);
      if (n === 0) this.eof = true;
      this.buf = Buffer.concat([this.buf, chunk.subarray(0, n)]);
    }
    return this.buf;
  }

  get ended(): boolean {
    return this.eof;
  }
}

/** Parses one uncompressed record at the start of `buf`; returns it and its length, or null when `buf` ends first. */
function parseRecord(
  buf: Buffer,
  offset: number,
  file: string,
): { record: WarcRecord; length: number } | null {
  const headEnd = buf.indexOf('\r\n\r\n');
  if (headEnd < 0) return null;
  const head = buf.subarray(0, headEnd).toString('latin1').split('\r\n');
  if (!/^WARC\/\d/.test(head[0]))
    throw new DossierError('WARC_MALFORMED', `no WARC record at byte ${offset}`, {
      file,
      expected: 'a line "WARC/1.0"',
      found: JSON.stringify(head[0].slice(0, 40)),
    });
  const headers = new Map<string, string>();
  for (const line of head.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const size = Number(headers.get('content-length'));
  if (!Number.isFinite(size) || size < 0)
    throw new DossierError('WARC_MALFORMED', `a WARC record at byte ${offset} has no Content-Length`, {
      file,
    });
  const blockStart = headEnd + 4;
  if (buf.length < blockStart + size) return null;
  // two line breaks close every record
  let length = blockStart + size;
  while (
    length < buf.length &&
    (buf[length] === 0x0d || buf[length] === 0x0a) &&
    length < blockStart + size + 4
  )
    length++;
  return { record: { headers, block: buf.subarray(blockStart, blockStart + size), offset }, length };
}

/** Bytes of a gzip member header starting at `buf[0]` (FEXTRA, FNAME, FCOMMENT, FHCRC honoured), or -1. */
function gzipHeaderLength(buf: Buffer): number {
  if (buf.length < 10 || buf[0] !== 0x1f || buf[1] !== 0x8b) return -1;
  const flags = buf[3];
  let at = 10;
  if (flags & 4) at += 2 + buf.readUInt16LE(at);
  if (flags & 8) at = buf.indexOf(0, at) + 1;
  if (flags & 16) at = buf.indexOf(0, at) + 1;
  if (flags & 2) at += 2;
  return at > 0 && at <= buf.length ? at : -1;
}

/** What a truncated raw deflate stream inflates to before its cut (nothing when it is corrupt). */
function inflatePartial(data: Buffer): Buffer {
  try {
    return inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * Reads the records of a WARC file, plain or gzipped (one gzip member per record, as Common
 * Crawl writes, or one member for the whole file). A truncated archive yields the whole records
 * before the cut, then throws WARC_MALFORMED.
 */
export function* warcRecords(file: string): Generator<WarcRecord> {
  const fd = openSync(file, 'r');
  try {
    const window = new FileWindow(fd);
    let offset = 0;
    let pending: Buffer = Buffer.alloc(0); // decompressed bytes not yet parsed into records
    let pendingOffset = 0;
    for (;;) {
      const buf = window.at(offset, 64 << 10);
      if (buf.length === 0) break;
      if (buf[0] === 0x1f && buf[1] === 0x8b) {
        // one gzip member: inflate it whole (a member holds one record, or the whole archive)
        let member = window.at(offset, CHUNK);
        let inflated: { buffer: Buffer; engine: { bytesWritten: number } } | null = null;
        for (;;) {
          const header = gzipHeaderLength(member);
          try {
            if (header < 0) throw new Error('bad gzip header');
            inflated = inflateRawSync(member.subarray(header), { info: true }) as unknown as typeof inflated;
            inflated!.engine.bytesWritten += header;
            break;
          } catch (cause) {
            if (window.ended && member.length === window.at(offset, 0).length) {
              // a cut member (a whole .warc gzipped as one, truncated): the records inflated before the cut are whole
              if (header >= 0) {
                if (pending.length === 0) pendingOffset = offset;
                pending = Buffer.concat([pending, inflatePartial(member.subarray(header))]);
                for (;;) {
                  const parsed = pending.length ? parseRecord(pending, pendingOffset, file) : null;
                  if (!parsed) break;
                  yield parsed.record;
                  pending = pending.subarray(parsed.length);
                }
              }
              throw new DossierError(
                'WARC_MALFORMED',
                `the archive is truncated or corrupt at byte ${offset}`,
                {
                  file,
                  expected: 'complete gzip members',
                  found: cause instanceof Error ? cause.message : String(cause),
                  cause,
                },
              );
            }
            member = window.at(offset, member.length * 2);
          }
        }
        if (pending.length === 0) pendingOffset = offset;
        pending = pending.length ? Buffer.concat([pending, inflated!.buffer]) : inflated!.buffer;
        offset += inflated!.engine.bytesWritten + 8; // the CRC32 and size trailer
        for (;;) {
          const parsed = pending.length ? parseRecord(pending, pendingOffset, file) : null;
          if (!parsed) break;
          yield parsed.record;
          pending = pending.subarray(parsed.length);
        }
        continue;
      }
      let parsed = parseRecord(buf, offset, file);
      for (let want = buf.length * 2; !parsed && !window.ended; want *= 2)
        parsed = parseRecord(window.at(offset, want), offset, file);
      if (!parsed)
        throw new DossierError(
          'WARC_MALFORMED',
          `the archive is truncated: the record at byte ${offset} is cut off`,
          {
            file,
            expected: 'as many bytes as its Content-Length',
          },
        );
      yield parsed.record;
      offset += parsed.length;
    }
    if (pending.length && pending.toString('latin1').trim())
      throw new DossierError('WARC_MALFORMED', 'the archive is truncated: its last record is cut off', {
        file,
      });
  } finally {
    closeSync(fd);
  }
}
