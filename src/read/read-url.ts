import { DossierError } from '../errors/dossier-error.js';
import { decodeWith } from './decode-text.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import type { ReadOptions, ReadResult } from './read-path.js';

/** True when a path is an http(s) URL rather than a file. */
export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

/**
 * Decodes a fetched body with the charset the response names: a byte order mark, then the
 * Content-Type header, then the document's own declaration (<?xml encoding>, <meta charset>),
 * else UTF-8. (Response.text() would read every page as UTF-8.)
 */
function decodeBody(bytes: Uint8Array, type: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = utf8Bom
    ? undefined
    : (/charset\s*=\s*["']?([\w.:-]+)/i.exec(type)?.[1] ??
      /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
      /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // a UTF-16 label over bytes without a UTF-16 byte order mark was read as ASCII: UTF-8 (WHATWG)
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (decoder.encoding.startsWith('utf-16') && !utf16Bom) decoder = new TextDecoder('utf-8');
  return decodeWith(decoder, bytes);
}

/**
 * Fetches a URL and reads it: an RSS/Atom feed (one article per item) or an HTML page (one
 * article). A network failure or another kind of document is one coded error, never a throw.
 */
export async function readUrl(
  url: string,
  options: ReadOptions = {},
  timeoutMs = 30_000,
): Promise<ReadResult[]> {
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    } catch (cause) {
      throw new DossierError('FILE_NOT_FOUND', 'cannot fetch the URL', {
        file: url,
        found: cause instanceof Error ? cause.message : String(cause),
        cause,
      });
    }
    if (!response.ok)
      throw new DossierError('FILE_NOT_FOUND', 'the server did not return the page', {
        file: url,
        expected: 'HTTP 200',
        found: `HTTP ${response.status}`,
      });
    const type = response.headers.get('content-type') ?? '';
    const text = decodeBody(new Uint8Array(await response.arrayBuffer()), type);
    if (/xml|rss|atom/i.test(type) || /^\s*(<\?xml[^>]*>\s*)?<(rss|feed|rdf:RDF)[\s>]/i.test(text))
      return readFeed(text, url, options);
    if (/html/i.test(type) || /^\s*<(!doctype html|html)/i.test(text))
      return [{ article: readHtml(text, url, { url, ...options.meta }) }];
    throw new DossierError('FORMAT_UNKNOWN', 'the URL is neither a feed nor an HTML page', {
      file: url,
      expected: 'RSS, Atom or HTML',
      found: type || 'no content type',
    });
  } catch (error) {
    if (error instanceof DossierError) return [{ error }];
    throw error;
  }
}
