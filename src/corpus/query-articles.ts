import type { ArticleJson } from '../doc/contract.js';
import { unpackExtraction, unpackText } from './pack-extraction.js';
import { storedGeos } from './stored-geos.js';
import type { Store } from './store.js';
import { statement } from './query-statements.js';

/** Filters of the article list. */
export interface ArticleFilter {
  outlet?: string;
  /** Published on or after this date (ISO). */
  from?: string;
  /** Published on or before this date (ISO; a bare day includes the whole day). */
  to?: string;
  limit?: number;
  offset?: number;
}

/** One stored article, without its text. */
export interface ArticleRow {
  id: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  words: number;
}

/** One stored article with its extraction and the corpus entity each local entity id was linked to. */
export interface StoredArticle extends ArticleRow {
  origin: string | null;
  ingestedAt: string;
  contract: ArticleJson;
  /** Local entity id (e1, e2...) → corpus entity id. */
  entities: Record<string, number>;
}

/** Stored articles, newest first, filtered by outlet and publication dates. */
export function listArticles(store: Store, filter: ArticleFilter = {}): ArticleRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.outlet) {
    where.push('outlet = ?');
    params.push(filter.outlet);
  }
  if (filter.from) {
    where.push('published >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    // "2025-06-29" must include "2025-06-29T10:00": compare with the day's last possible value
    where.push('published <= ?');
    params.push(filter.to.length === 10 ? `${filter.to}T\uffff` : filter.to);
  }
  return statement(
    store.db,
    `SELECT id, title, outlet, published, url, words FROM articles
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY published DESC, id DESC LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit ?? 50, filter.offset ?? 0) as ArticleRow[];
}

/**
 * One stored article with its contract-v1 extraction, or null when there is none with this id.
 * `tokens: false` leaves the token layer empty (not unpacked).
 */
export function getArticle(
  store: Store,
  id: number,
  options: { tokens?: boolean } = {},
): StoredArticle | null {
  const row = statement(
    store.db,
    `SELECT a.id, a.title, a.outlet, a.published, a.url, a.words, a.origin, a.ingested_at AS ingestedAt,
         a.body, x.data FROM articles a JOIN extractions x ON x.article_id = a.id WHERE a.id = ?`,
  ).get(id) as
    (ArticleRow & { origin: string | null; ingestedAt: string; body: Buffer; data: Buffer }) | undefined;
  if (!row) return null;
  const { body, data, ...rest } = row;
  const links = statement(
    store.db,
    'SELECT local_id, entity_id FROM article_entities WHERE article_id = ?',
  ).all(id) as { local_id: string; entity_id: number }[];
  return {
    ...rest,
    contract: unpackExtraction(data, unpackText(body), options.tokens ?? true, storedGeos(store.db, id)),
    entities: Object.fromEntries(links.map((l) => [l.local_id, l.entity_id])),
  };
}
