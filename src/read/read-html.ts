import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { makeArticle, type Article, type ArticleMeta } from '../doc/article.js';
import { DossierError } from '../errors/dossier-error.js';
import { hostOf, readHtmlMeta } from './html-meta.js';
import { paragraphText } from './html-text.js';
import { mergeMeta } from './merge-meta.js';

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
  const text = parsed?.content ? paragraphText(parseDocument(parsed.content, file).documentElement) : '';
  if (text.trim() === '') {
    throw new DossierError('HTML_MALFORMED', 'no article text found in the HTML', {
      file,
      expected: 'an HTML page with article text',
      found: 'no readable paragraphs',
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
