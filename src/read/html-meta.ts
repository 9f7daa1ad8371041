import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../doc/article.js';
import { readJsonLd } from './json-ld.js';
import { normalizeDate } from './normalize-date.js';

/** Meta tags (name, property or itemprop) that state each field, most trusted first. */
const META_KEYS: Record<'title' | 'published' | 'byline' | 'outlet' | 'url', string[]> = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'title', 'headline'],
  published: [
    'article:published_time',
    'og:article:published_time',
    'datepublished',
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publication_date',
    'dc.date',
    'dc.date.issued',
    'dcterms.issued',
    'dcterms.created',
    'dcterms.date',
    'sailthru.date',
    'parsely-pub-date',
  ],
  byline: ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author'],
  outlet: ['og:site_name', 'application-name', 'publisher', 'dc.publisher'],
  url: ['og:url', 'twitter:url'],
};

/** Every meta tag's content, keyed by its lower-cased name, property or itemprop (first one wins). */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function first(tags: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return undefined;
}

/** The host name of a URL without "www.", or undefined. */
export function hostOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decodes the character references a JSON-LD string may hold ("Tom &amp; Jerry", "&#8217;"):
 * pages often write JSON-LD with the HTML escaping of their templates, which JSON.parse keeps.
 */
function decodeReferences(value: string | undefined): string | undefined {
  if (!value || !/&(#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(value)) return value;
  const { document } = parseHTML('<!doctype html><html><body><div></div></body></html>');
  const div = document.querySelector('div');
  if (!div) return value;
  div.innerHTML = value.replace(/</g, '&lt;');
  return div.textContent ?? value;
}

/**
 * Reads an HTML page's metadata before Readability alters the DOM: JSON-LD first (the most
 * structured), then Open Graph and other meta tags, the canonical link and <time pubdate>. (The <title> is left to Readability,
 * which strips the site name from it.)
 */
export function readHtmlMeta(document: Document): Partial<ArticleMeta> {
  const blocks = Array.from(document.querySelectorAll('script'))
    .filter((s) => (s.getAttribute('type') ?? '').toLowerCase().includes('ld+json'))
    .map((s) => s.textContent ?? '');
  const found = readJsonLd(blocks);
  const ld = {
    ...found,
    title: decodeReferences(found.title),
    byline: decodeReferences(found.byline),
    outlet: decodeReferences(found.outlet),
  };
  const tags = metaTags(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const timeTag =
    document.querySelector('time[pubdate]') ?? document.querySelector('article time[datetime]') ?? null;
  const byline = ld.byline ?? first(tags, META_KEYS.byline);
  const url = ld.url ?? first(tags, META_KEYS.url) ?? canonical;
  return {
    title: ld.title ?? first(tags, META_KEYS.title),
    // the first that reads as a date: an unreadable one ("5 hours ago") does not hide the next
    published:
      [
        ld.published,
        ...META_KEYS.published.map((key) => tags.get(key)),
        timeTag?.getAttribute('datetime'),
      ].find((date) => normalizeDate(date) !== null) ?? undefined,
    // an article:author that is a profile URL is not a byline
    byline: byline && !/^https?:\/\//.test(byline) ? byline : undefined,
    outlet: ld.outlet ?? first(tags, META_KEYS.outlet),
    url,
    language:
      ld.language ??
      document.documentElement?.getAttribute('lang') ??
      first(tags, ['og:locale', 'language', 'content-language', 'dc.language']),
  };
}
