import { entityIds } from './find-entity.js';
import { foldText } from './fold.js';
import { ftsQuery } from './query-search.js';
import type { Store } from './store.js';

/** Filters of the quotes query. */
export interface QuoteFilter {
  /** Who spoke: an entity name, or words of the source ("security sources"). */
  speaker?: string;
  /** What about: an entity mentioned in the content, or words in it. */
  about?: string;
  limit?: number;
  /** Rows to skip (paging). */
  offset?: number;
}

/** One quote with its speaker and the article it was read in. */
export interface QuoteRow {
  article: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  kind: string;
  speaker: string | null;
  source: string | null;
  sourceType: string;
  cue: string | null;
  content: string | null;
  start: number | null;
  end: number | null;
}

/** Quotes and attributed claims, filtered by speaker and topic, oldest first. */
export function quotes(store: Store, filter: QuoteFilter = {}): QuoteRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.speaker) {
    const ids = entityIds(store, filter.speaker);
    // an unresolved source ("security sources") is matched on its words, diacritics folded
    const parts = ['fold(q.source) LIKE ?'];
    params.push(`%${foldText(filter.speaker)}%`);
    if (ids.length) {
      parts.push(`q.speaker_entity_id IN (${ids.map(() => '?').join(',')})`);
      params.push(...ids);
    }
    where.push(`(${parts.join(' OR ')})`);
  }
  if (filter.about) {
    const ids = entityIds(store, filter.about);
    const parts: string[] = [];
    const query = ftsQuery(filter.about);
    if (query) {
      parts.push('q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)');
      params.push(query);
    }
    if (ids.length) {
      parts.push(
        `EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id AND m.start >= q.content_start
          AND m.end <= q.content_end AND m.entity_id IN (${ids.map(() => '?').join(',')}))`,
      );
      params.push(...ids);
    }
    if (parts.length === 0) return [];
    where.push(`(${parts.join(' OR ')})`);
  }
  return store.db
    .prepare(
      `SELECT a.id AS article, a.title, a.outlet, a.published, a.url, q.kind, s.name AS speaker, q.source,
         q.source_type AS sourceType, q.cue, q.content, q.content_start AS start, q.content_end AS "end"
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities s ON s.id = q.speaker_entity_id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY a.published, a.id, q.content_start LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit ?? 100, filter.offset ?? 0) as QuoteRow[];
}
