import { makeArticle, type Article, type ArticleMeta } from '../doc/article.js';

/** Reads a plain-text article: the text is kept exactly; the first line is taken as the title when it looks like a headline. */
export function readText(text: string, origin: string, meta: Partial<ArticleMeta> = {}): Article {
  return makeArticle(text, meta, origin);
}
