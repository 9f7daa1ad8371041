import type { Database } from 'better-sqlite3';
import type { StoredGeos } from './pack-extraction.js';
import { statement } from './query-statements.js';

/**
 * The geos the store holds for one article's entities (format 5 extractions leave them to it),
 * read on the first call only: an article without a placed entity costs no query.
 */
export function storedGeos(db: Database, articleId: number): StoredGeos {
  let geos: Map<string, string> | undefined;
  return (localId) => {
    geos ??= new Map(
      (
        statement(
          db,
          `SELECT ae.local_id, g.geo FROM article_entities ae JOIN geos g ON g.id = ae.geo_id
             WHERE ae.article_id = ?`,
        ).all(articleId) as { local_id: string; geo: string }[]
      ).map((row) => [row.local_id, row.geo]),
    );
    return geos.get(localId);
  };
}
