import { entityIds, type EntityRef } from './find-entity.js';
import type { Store } from './store.js';
import { statement } from './query-statements.js';

/** Filters of the entity list. */
export interface EntityFilter {
  /** A name: entities it may refer to (key, alias, surname, then containing words). */
  name?: string;
  /** Entity type (PERSON, ORG, GPE...). */
  type?: string;
  limit?: number;
  offset?: number;
}

/** One corpus entity with how often and in how many articles it is mentioned. */
export interface EntityRow extends EntityRef {
  articles: number;
}

/** Corpus entities, most mentioned first, filtered by name and type. */
export function listEntities(store: Store, filter: EntityFilter = {}): EntityRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.name) {
    const ids = entityIds(store, filter.name);
    if (ids.length === 0) return [];
    where.push(`e.id IN (${ids.map(() => '?').join(',')})`);
    params.push(...ids);
  }
  if (filter.type) {
    where.push('e.type = ?');
    params.push(filter.type.toUpperCase());
  }
  // counted from article_entities (one row per article and entity, with its mentions), indexed by entity
  return statement(
    store.db,
    `SELECT e.id, e.name, e.type, m.mentions, m.articles FROM entities e JOIN (
         SELECT entity_id, sum(mentions) AS mentions, count(DISTINCT article_id) AS articles
         FROM article_entities WHERE mentions > 0 GROUP BY entity_id) m ON m.entity_id = e.id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY m.mentions DESC, e.id LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit ?? 50, filter.offset ?? 0) as EntityRow[];
}
