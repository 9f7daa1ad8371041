import { entityIds } from './find-entity.js';
import type { Store } from './store.js';
import { statement } from './query-statements.js';

/** Filters of the labels query. */
export interface LabelFilter {
  /** The labelled entity: a corpus id or a name. */
  entity?: number | string;
  /** Only labels of entities whose labels are contested. */
  contested?: boolean;
  limit?: number;
  offset?: number;
}

/** One descriptor applied to an entity, who applies it, and where it was read. */
export interface LabelRow {
  entityId: number;
  entity: string;
  label: string;
  /** Who applies it: an entity (id and name), or null for the outlet itself. */
  byId: number | null;
  by: string | null;
  article: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  start: number;
  end: number;
  /** The entity is given different labels by different holders (a named source or an outlet). */
  contested: boolean;
}

/** Labels and who applies them, oldest first; contested entities are flagged, never judged. */
export function labels(store: Store, filter: LabelFilter = {}): LabelRow[] {
  let ids: number[] | null = null;
  if (typeof filter.entity === 'number') ids = [filter.entity];
  else if (filter.entity) {
    ids = entityIds(store, filter.entity);
    if (ids.length === 0) return [];
  }
  // restricted to the asked entities, the contested check reads only their labels
  const only = ids ? `l.entity_id IN (${ids.map(() => '?').join(',')})` : null;
  const where = [only, filter.contested ? 'c.entity_id IS NOT NULL' : null].filter(Boolean);
  const params = [...(ids ?? []), ...(ids ?? [])];
  const rows = statement(
    store.db,
    `WITH held AS (
         SELECT l.entity_id, l.label, coalesce('e' || l.by_entity_id, 'o' || coalesce(a.outlet, a.id)) AS holder
         FROM labels l JOIN articles a ON a.id = l.article_id ${only ? 'WHERE ' + only : ''}),
       contested AS (
         SELECT entity_id FROM held GROUP BY entity_id
         HAVING count(DISTINCT label) > 1 AND count(DISTINCT holder) > 1)
       SELECT l.entity_id AS entityId, e.name AS entity, l.label, l.by_entity_id AS byId, b.name AS by,
         a.id AS article, a.title, a.outlet, a.published, a.url, l.start, l."end",
         c.entity_id IS NOT NULL AS contested
       FROM labels l JOIN articles a ON a.id = l.article_id JOIN entities e ON e.id = l.entity_id
       LEFT JOIN entities b ON b.id = l.by_entity_id LEFT JOIN contested c ON c.entity_id = l.entity_id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY a.published, a.id, l.start LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit ?? 100, filter.offset ?? 0) as (Omit<LabelRow, 'contested'> & {
    contested: number;
  })[];
  return rows.map((r) => ({ ...r, contested: r.contested === 1 }));
}
