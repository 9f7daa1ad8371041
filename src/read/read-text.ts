import { makeArticle, type Article, type ArticleMeta } from '../doc/article.js';
import { mergeMeta } from './merge-meta.js';

/** A first line followed by a blank line: the BBC-corpus layout of a headline above the body. */
const HEADLINE = /^[ \t]*([^\n]{1,200}?)[ \t]*\r?\n[ \t]*\r?\n/;

/** The headline at the top of a plain-text article, or null when the first line reads as body text. */
export function headlineOf(text: string): string | null {
  const m = HEADLINE.exec(text);
  if (!m) return null;
  const line = m[1];
  // a sentence that ends in a full stop, comma or colon is body text, not a headline
  if (/[.,;:]$/.test(line) && !/\.\.\.$/.test(line)) return null;
  if (line.split(/\s+/).length > 25) return null;
  return line;
}

/**
 * Reads a plain-text article. The text is kept exactly as given (offsets point into it); a first
 * line standing alone above a blank line is taken as the title.
 */
export function readText(text: string, origin: string, meta: Partial<ArticleMeta> = {}): Article {
  const title = headlineOf(text);
  return makeArticle(text, mergeMeta(title ? { title } : {}, meta), origin);
}
