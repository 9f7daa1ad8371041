import { entityIds } from './find-entity.js';
import { quotesMatching } from './quote-index.js';
import type { Store } from './store.js';
import { statement } from './query-statements.js';

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
  // each filter is a set of quote ids found through an index (entity ids, full text), never a scan
  const ids = (parts: string[]) => where.push(`q.id IN (${parts.join(' UNION ')})`);
  if (filter.speaker) {
    const entities = entityIds(store, filter.speaker);
    const parts: string[] = [];
    if (entities.length) {
      parts.push(`SELECT id FROM quotes WHERE speaker_entity_id IN (${entities.map(() => '?').join(',')})`);
      params.push(...entities);
    }
    // an unresolved source ("security sources") is matched on its words, diacritics folded
    const words = quotesMatching(store.db, 'source', filter.speaker);
    if (words) {
      parts.push(words.sql);
      params.push(...words.params);
    }
    if (parts.length === 0) return [];
    ids(parts);
  }
  if (filter.about) {
    const entities = entityIds(store, filter.about);
    const parts: string[] = [];
    const words = quotesMatching(store.db, 'content', filter.about);
    if (words) {
      parts.push(words.sql);
      params.push(...words.params);
    }
    if (entities.length) {
      // quotes whose content mentions the entity
      parts.push(
        `SELECT x.id FROM article_entities m JOIN quotes x ON x.article_id = m.article_id
          AND spans_within(m.spans, x.content_start, x.content_end)
          WHERE m.entity_id IN (${entities.map(() => '?').join(',')})`,
      );
      params.push(...entities);
    }
    if (parts.length === 0) return [];
    ids(parts);
  }
  // the page is chosen first (MATERIALIZED), then its texts are read from the articles (span_text
  // unpacks one; SQLite would compute it for every row it sorts)
  return statement(
    store.db,
    `WITH page AS MATERIALIZED (
         SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id
         ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
         ORDER BY a.published, a.id, q.content_start LIMIT ? OFFSET ?)
     SELECT a.id AS article, a.title, a.outlet, a.published, a.url,
         (SELECT name FROM names WHERE id = q.kind) AS kind, s.name AS speaker,
         span_text(a.body, q.source_start, q.source_end, q.source) AS source,
         (SELECT name FROM names WHERE id = q.source_type) AS sourceType,
         span_text(a.body, q.cue_start, q.cue_end, q.cue) AS cue,
         span_text(a.body, q.content_start, q.content_end, q.content) AS content,
         q.content_start AS start, q.content_end AS "end"
       FROM page q JOIN articles a ON a.id = q.article_id LEFT JOIN entities s ON s.id = q.speaker_entity_id`,
  ).all(...params, filter.limit ?? 100, filter.offset ?? 0) as QuoteRow[];
}
