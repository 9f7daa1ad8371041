import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { makeArticle, type Article, type ArticleMeta } from '../doc/article.js';
import { DossierError } from '../errors/dossier-error.js';
import { hostOf, readHtmlMeta } from './html-meta.js';
import { paragraphText } from './html-text.js';
import { mergeMeta } from './merge-meta.js';

/** Fewer words than this is not an article. */
const MIN_WORDS = 5;

/** The share of an element's text that sits inside links. */
function linkDensity(root: Element): number {
  const total = (root.textContent ?? '').replace(/\s+/g, '').length;
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll('a')))
    linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return total === 0 ? 1 : linked / total;
}

/**
 * Removes short byline elements from the page (before Readability, which strips class names).
 * Readability drops them itself only when the page has no author meta tag; either way the byline
 * belongs in `meta`, not the text.
 */
function removeBylines(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const marked =
      /\b(byline|author|dateline)\b/i.test(names) ||
      el.getAttribute('rel') === 'author' ||
      el.getAttribute('itemprop') === 'author';
    if (marked && (el.textContent ?? '').trim().length < 100) el.remove();
  }
}

/** Parses markup into a DOM document (linkedom: fast, no network, no scripts run). */
function parseDocument(html: string, file: string): Document {
  try {
    return parseHTML(html).document as unknown as Document;
  } catch (cause) {
    throw new DossierError('HTML_MALFORMED', 'the HTML cannot be parsed', {
      file,
      expected: 'an HTML page',
      cause,
    });
  }
}

/**
 * Reads an HTML page: Readability removes the boilerplate (navigation, adverts, related links);
 * the article's paragraphs, separated by blank lines, become the text. Title, byline, date and
 * outlet come from JSON-LD and meta tags, then from what Readability found.
 */
export function readHtml(html: string, file: string, overrides: Partial<ArticleMeta> = {}): Article {
  const document = parseDocument(html, file);
  if (!document.documentElement || !/<[a-z!]/i.test(html)) {
    throw new DossierError('HTML_MALFORMED', 'the file holds no HTML elements', {
      file,
      expected: 'an HTML page',
      found: 'no tags',
    });
  }
  // meta first: Readability rewrites the DOM it is given
  const found = readHtmlMeta(document);
  if (document.body) removeBylines(document.body);
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    parsed = new Readability(document, { charThreshold: 100 }).parse();
  } catch (cause) {
    throw new DossierError('HTML_MALFORMED', 'no article could be extracted from the HTML', {
      file,
      expected: 'an HTML page with article text',
      cause,
    });
  }
  const content = parsed?.content ? parseDocument(parsed.content, file).documentElement : null;
  const text = content ? paragraphText(content) : '';
  const words = text.split(/\s+/).filter(Boolean).length;
  // what Readability keeps from a page without an article is a handful of words, mostly links
  if (!content || words < MIN_WORDS || linkDensity(content) > 0.5) {
    throw new DossierError('HTML_MALFORMED', 'no article text found in the HTML', {
      file,
      expected: 'an HTML page with article text',
      found: words < MIN_WORDS ? `${words} words of text` : 'mostly links (navigation, not an article)',
    });
  }
  const url = found.url ?? null;
  const meta = mergeMeta(
    {
      ...found,
      title: found.title ?? parsed?.title ?? undefined,
      byline: found.byline ?? parsed?.byline ?? undefined,
      published: found.published ?? parsed?.publishedTime ?? undefined,
      outlet: found.outlet ?? parsed?.siteName ?? hostOf(url),
      language: found.language ?? parsed?.lang ?? undefined,
    },
    overrides,
  );
  return makeArticle(text, meta, file);
}
