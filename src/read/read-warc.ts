import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { DossierError } from '../errors/dossier-error.js';
import { decodeWith } from './decode-text.js';
import { readHtml } from './read-html.js';
import type { ReadOptions, ReadResult } from './read-path.js';
import { warcRecords, type WarcRecord } from './warc-records.js';

/** An HTTP response split into status, headers (lowercased) and body. */
interface HttpResponse {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

function parseHttp(block: Buffer): HttpResponse | null {
  const end = block.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...lines] = block.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(statusLine)?.[1]);
  if (!status) return null;
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { status, headers, body: block.subarray(end + 4) };
}

/** Undoes chunked transfer coding. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!size) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The page's bytes as the server meant them: transfer and content codings undone. */
function payload(http: HttpResponse): Buffer {
  let body = http.body;
  // some archivers store the payload already decoded but keep the original headers: a coding
  // is undone only where the bytes show it (a hex chunk size line, the gzip magic bytes)
  if (
    /chunked/i.test(http.headers.get('transfer-encoding') ?? '') &&
    /^[\da-f]{1,8}[ \t]*(?:;[^\r\n]*)?\r\n/i.test(body.subarray(0, 64).toString('latin1'))
  )
    body = dechunk(body);
  const coding = (http.headers.get('content-encoding') ?? '').toLowerCase();
  if (coding.includes('gzip')) {
    if (body[0] === 0x1f && body[1] === 0x8b) body = gunzipSync(body);
  } else if (coding.includes('deflate')) body = undo(body, inflateSync);
  else if (coding.includes('br')) body = undo(body, brotliDecompressSync);
  return body;
}

/** Undoes a content coding, or keeps the bytes when they were stored decoded (the coding fails and they read as markup). */
function undo(body: Buffer, decode: (b: Buffer) => Buffer): Buffer {
  try {
    return decode(body);
  } catch (error) {
    if (/^\s*</.test(body.subarray(0, 256).toString('latin1'))) return body;
    throw error;
  }
}

/** The charset of an HTML page: the HTTP header's, then a <meta> declaration's, then UTF-8. */
function charsetOf(http: HttpResponse, body: Buffer): string {
  // a UTF-8 byte order mark outranks any declaration (WHATWG encoding sniffing)
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  const declared =
    /charset=["']?([\w-]+)/i.exec(http.headers.get('content-type') ?? '')?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1];
  let encoding: string;
  try {
    encoding = declared ? new TextDecoder(declared).encoding : 'utf-8';
  } catch {
    return 'utf-8';
  }
  // a UTF-16 label over bytes without a UTF-16 byte order mark was read as ASCII: UTF-8 (WHATWG)
  const utf16Bom = (body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff);
  return encoding.startsWith('utf-16') && !utf16Bom ? 'utf-8' : encoding;
}

/** The article in one WARC response record, an error for a page without one, or null for other records. */
function recordToResult(
  record: WarcRecord,
  index: number,
  file: string,
  options: ReadOptions,
): ReadResult | null {
  if (record.headers.get('warc-type') !== 'response') return null;
  const http = parseHttp(record.block);
  if (!http || http.status !== 200) return null;
  if (!/html/i.test(http.headers.get('content-type') ?? 'text/html')) return null;
  const url = record.headers.get('warc-target-uri') ?? null;
  const origin = `${file}#${index}${url ? ` (${url})` : ''}`;
  try {
    const body = payload(http);
    const html = decodeWith(new TextDecoder(charsetOf(http, body)), body);
    return { article: readHtml(html, origin, { ...(url ? { url } : {}), ...options.meta }) };
  } catch (cause) {
    if (cause instanceof DossierError) return { error: cause };
    return {
      error: new DossierError('HTML_MALFORMED', 'the archived page cannot be read', {
        file: origin,
        found: cause instanceof Error ? cause.message : String(cause),
        cause,
      }),
    };
  }
}

/**
 * Reads a WARC or WARC.gz archive (as Common Crawl News publishes): one article per HTML
 * response record; other records are passed over. A truncated archive yields the articles
 * before the cut and then one WARC_MALFORMED error.
 */
export function* readWarcFile(file: string, options: ReadOptions = {}): Generator<ReadResult> {
  let index = 0;
  try {
    for (const record of warcRecords(file)) {
      const result = recordToResult(record, index++, file, options);
      if (result) yield result;
    }
  } catch (error) {
    if (error instanceof DossierError) yield { error };
    else
      yield {
        error: new DossierError('WARC_MALFORMED', 'the archive cannot be read', {
          file,
          found: error instanceof Error ? error.message : String(error),
          cause: error,
        }),
      };
  }
}
