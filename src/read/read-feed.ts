import { parseHTML } from 'linkedom';
import { makeArticle } from '../doc/article.js';
import { DossierError } from '../errors/dossier-error.js';
import { paragraphText } from './html-text.js';
import { mergeMeta } from './merge-meta.js';
import { normalizeDate } from './normalize-date.js';
import type { ReadOptions, ReadResult } from './read-path.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An XML element's text: CDATA unwrapped, character and entity references decoded. */
function xmlText(raw: string): string {
  return raw
    .replace(
      /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[\da-f]+|#\d+|\w+);/gi,
      (whole, cdata: string | undefined, ref: string) => {
        if (cdata !== undefined) return cdata;
        if (ref[0] === '#') {
          const code = ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
          // a reference to no character (past U+10FFFF, or NUL) is left as written
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[ref] ?? whole;
      },
    )
    .trim();
}

/** The text of the first child element with one of the names (namespace prefixes as written), or null. */
function child(xml: string, names: string[]): string | null {
  for (const name of names) {
    const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'i').exec(xml);
    if (m && m[1].trim()) return xmlText(m[1]);
  }
  return null;
}

/** An Atom entry's link: the alternate (or first) <link href>. */
function atomLink(xml: string): string | null {
  const links = [...xml.matchAll(/<link\b([^>]*)\/?>/gi)].map((m) => m[1]);
  const pick = links.find((a) => !/rel=/.test(a) || /rel=["']alternate["']/.test(a)) ?? links[0];
  const href = pick ? /href=["']([^"']+)["']/.exec(pick)?.[1] : undefined;
  return href ? xmlText(href) : null;
}

/** The readable text of an HTML fragment (item content is HTML, escaped or in CDATA). */
function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return paragraphText(document.body as unknown as Node);
}

/**
 * Reads an RSS 2.0 or Atom feed: one article per item or entry, its text from the full content
 * (content:encoded, Atom content) or else the description/summary; the feed's title is the outlet.
 */
export function readFeed(xml: string, file: string, options: ReadOptions = {}): ReadResult[] {
  const isRss = /<rss[\s>]|<rdf:RDF[\s>]/i.test(xml);
  const isAtom = /<feed[\s>]/i.test(xml);
  if (!isRss && !isAtom)
    return [
      {
        error: new DossierError('FEED_MALFORMED', 'the file is not an RSS or Atom feed', {
          file,
          expected: 'an <rss> or <feed> root element',
        }),
      },
    ];
  const tag = isRss ? 'item' : 'entry';
  // the channel's own elements come before its first item
  const first = xml.search(new RegExp(`<${tag}[\\s>]`, 'i'));
  const head = first < 0 ? xml : xml.slice(0, first);
  const outlet = child(head, ['title']);
  const results: ReadResult[] = [];
  let n = 0;
  for (const m of xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    const item = m[1];
    const origin = `${file}#${++n}`;
    const body = child(item, ['content:encoded', 'content', 'description', 'summary']);
    const text = body ? fragmentText(body) : '';
    if (!text) {
      results.push({
        error: new DossierError('RECORD_INVALID', `feed item ${n} has no text`, {
          file: origin,
          expected: 'a description, summary or content',
        }),
      });
      continue;
    }
    const title = child(item, ['title']);
    const url = isRss ? (child(item, ['link']) ?? child(item, ['guid'])) : atomLink(item);
    const published = normalizeDate(child(item, ['pubDate', 'dc:date', 'published', 'updated']));
    results.push({
      article: makeArticle(
        text,
        mergeMeta(
          {
            title: title ? fragmentText(title) : null,
            url,
            outlet,
            published,
          },
          options.meta,
        ),
        origin,
      ),
    });
  }
  if (n === 0)
    results.push({
      error: new DossierError('FEED_MALFORMED', `the feed has no <${tag}>`, { file, expected: 'items' }),
    });
  return results;
}
