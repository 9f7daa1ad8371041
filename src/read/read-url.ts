import { DossierError } from '../errors/dossier-error.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import type { ReadOptions, ReadResult } from './read-path.js';

/** True when a path is an http(s) URL rather than a file. */
export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
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
    const text = await response.text();
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
