import type { Store } from './store.js';
import { statement } from './query-statements.js';

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

/**
 * The user's words: letters and digits, joined by ' ’ . or a hyphen ("U.S.", "don't", "T-Mobile"),
 * a trailing * for a prefix. A joined word is one quoted string, which FTS5 reads as a phrase of its
 * tokens; split at hyphens, "year-on-year" was three words anywhere (BBC News: 1,037 hits, 14 with
 * the phrase).
 */
export const WORDS = /[\p{L}\p{N}]+(?:['’.\-‐‑][\p{L}\p{N}]+)*\*?/gu;

/**
 * The words of a query (see WORDS), where the words between double quotes are one phrase ('"fire
 * and fury"' → 'fire and fury'; the quotes were dropped and the words taken one by one). A quote
 * left open quotes nothing.
 */
export function queryWords(text: string): string[] {
  const parts = text.split('"');
  // an even count of parts: the last quote is not closed, and what follows it is plain words
  if (parts.length % 2 === 0) parts.splice(-2, 2, parts[parts.length - 2] + ' ' + parts[parts.length - 1]);
  return parts.flatMap((part, i) => {
    const words = part.match(WORDS) ?? [];
    if (i % 2 === 0 || words.length === 0) return words;
    // a phrase: its words without prefix marks, one quoted string for FTS5
    return [words.map((w) => w.replace(/\*$/, '')).join(' ')];
  });
}

/** Turns user words into an FTS5 query: every word must occur (quoted, so no operator syntax leaks in). */
export function ftsQuery(text: string): string {
  const words = queryWords(text);
  return words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(' ');
}

/** Full-text search over article titles and texts, diacritics folded ("Erdogan" finds "Erdoğan"). */
export function searchArticles(store: Store, text: string, limit = 20, offset = 0): SearchHit[] {
  const query = ftsQuery(text);
  if (!query) return [];
  // rank in the index alone, then read the articles shown, then make their snippets (a snippet
  // unpacks its article's text): in one SELECT, SQLite would read every matching article's row
  // and make its snippet before sorting (5x slower on 100,000 articles)
  const hits = statement(
    store.db,
    `SELECT a.id AS article, a.title, a.outlet, a.published, a.url, r.rank
       FROM (SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?) r
       JOIN articles a ON a.id = r.rowid ORDER BY r.rank`,
  ).all(query, limit, offset) as Omit<SearchHit, 'snippet'>[];
  const snippet = statement(
    store.db,
    // the text is the index's column 0 (schema 10). The id is cast: bound as a JS number it is a
    // REAL, and FTS5 then drops the rowid constraint beside MATCH and returns every match (each
    // hit showed the first match's passage)
    `SELECT snippet(article_fts, 0, '[', ']', '…', 16) FROM article_fts
       WHERE article_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
  ).pluck();
  return hits.map(({ rank, ...hit }) => ({
    ...hit,
    snippet: snippet.get(query, hit.article) as string,
    rank,
  }));
}
