/** Metadata of an article; every field may be unknown. */
export interface ArticleMeta {
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** Publication date as ISO 8601 (date or date-time), or null. Relative times resolve against it. */
  published: string | null;
  language: string;
  byline?: string | null;
}

/** An article: the exact text every offset points into, and its metadata. */
export interface Article {
  text: string;
  meta: ArticleMeta;
  /** Where the article came from (a path, or a path plus a record number). */
  origin?: string;
}

/** Builds an article from text and partial metadata (defaults: null fields, English). */
export function makeArticle(text: string, meta: Partial<ArticleMeta> = {}, origin?: string): Article {
  return {
    text,
    meta: {
      title: meta.title ?? null,
      url: meta.url ?? null,
      outlet: meta.outlet ?? null,
      published: meta.published ?? null,
      language: meta.language ?? 'en',
      ...(meta.byline ? { byline: meta.byline } : {}),
    },
    ...(origin ? { origin } : {}),
  };
}
