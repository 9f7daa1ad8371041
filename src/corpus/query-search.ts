import type { Store } from './store.js';

/** One article found by full-text search. */
export interface SearchHit {
  article: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** The matching passage, with matches in [brackets]. */
  snippet: string;
  /** BM25 score (lower is better). */
  rank: number;
}

/** Turns user words into an FTS5 query: every word must occur (quoted, so no operator syntax leaks in). */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\*?/gu) ?? [];
  return words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(' ');
}

/** Full-text search over article titles and texts, diacritics folded ("Erdogan" finds "Erdoğan"). */
export function searchArticles(store: Store, text: string, limit = 20, offset = 0): SearchHit[] {
  const query = ftsQuery(text);
  if (!query) return [];
  return store.db
    .prepare(
      `SELECT a.id AS article, a.title, a.outlet, a.published, a.url,
         snippet(article_fts, 1, '[', ']', '…', 16) AS snippet, bm25(article_fts) AS rank
       FROM article_fts JOIN articles a ON a.id = article_fts.rowid
       WHERE article_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
    )
    .all(query, limit, offset) as SearchHit[];
}
