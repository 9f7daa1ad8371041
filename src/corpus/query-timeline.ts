import { entityIds } from './find-entity.js';
import type { Store } from './store.js';
import { statement } from './query-statements.js';

/** Filters of the timeline. */
export interface TimelineFilter {
  entity?: string;
  /** PLOVER type (a prefix: "ASSAULT", "CONSULT"). */
  type?: string;
  from?: string;
  to?: string;
  /** An entity that acts in the event (not one it is done to). */
  actor?: string;
  /** Where it happened: a place entity's name. */
  place?: string;
  /** How a report tells it: asserted, reported, hypothetical, negated. */
  modality?: string;
  limit?: number;
  /** Events to skip (paging). */
  offset?: number;
}

/** One event on the timeline: the merged reports of one event, with their evidence. */
export interface TimelineEvent {
  cluster: number;
  day: string | null;
  type: string;
  actors: string[];
  targets: string[];
  /** Reports (event mentions), articles and distinct outlets that tell of it (GDELT's NumMentions/NumArticles/NumSources). */
  mentions: number;
  articles: number;
  sources: number;
  reports: {
    article: number;
    title: string | null;
    outlet: string | null;
    url: string | null;
    trigger: string;
    modality: string;
    /** Where this report places the event, if it says. */
    place: string | null;
  }[];
}

/** Events ordered by day (merged across articles), filtered by entity, type and dates. */
export function timeline(store: Store, filter: TimelineFilter = {}): TimelineEvent[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.type) {
    // a prefix as a range, so the index on type serves it
    const type = filter.type.toUpperCase();
    where.push('c.type >= ? AND c.type < ?');
    params.push(type, `${type}\uffff`);
  }
  if (filter.from) {
    where.push('c.day >= ?');
    params.push(filter.from.slice(0, 10));
  }
  if (filter.to) {
    where.push('c.day <= ?');
    params.push(filter.to.slice(0, 10));
  }
  if (filter.entity) {
    const ids = entityIds(store, filter.entity);
    if (ids.length === 0) return [];
    where.push(
      `c.id IN (SELECT e.cluster_id FROM event_participants p JOIN events e
        ON e.article_id = p.article_id AND e.local_id = p.event_local_id
        WHERE p.entity_id IN (${ids.map(() => '?').join(',')}))`,
    );
    params.push(...ids);
  }
  // the actor, place and modality filters keep a merged event when one of its reports matches
  const reported = (sql: string, values: unknown[]) => {
    where.push(`c.id IN (SELECT e.cluster_id FROM events e WHERE ${sql})`);
    params.push(...values);
  };
  if (filter.actor) {
    const ids = entityIds(store, filter.actor);
    if (ids.length === 0) return [];
    reported(
      `EXISTS (SELECT 1 FROM event_participants p WHERE p.article_id = e.article_id
        AND p.event_local_id = e.local_id AND p.role = 'actor' AND p.entity_id IN (${ids.map(() => '?').join(',')}))`,
      ids,
    );
  }
  if (filter.place) {
    const ids = entityIds(store, filter.place);
    if (ids.length === 0) return [];
    reported(`e.place_entity_id IN (${ids.map(() => '?').join(',')})`, ids);
  }
  if (filter.modality) reported('e.modality = (SELECT id FROM names WHERE name = ?)', [filter.modality]);
  const clusters = statement(
    store.db,
    `SELECT c.id AS cluster, c.day, c.type, c.actors, c.targets FROM event_clusters c
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY c.day, c.id LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit ?? 100, filter.offset ?? 0) as {
    cluster: number;
    day: string | null;
    type: string;
    actors: string;
    targets: string;
  }[];
  const nameOf = statement(store.db, 'SELECT name FROM entities WHERE id = ?').pluck();
  const names = (ids: string) => (ids ? ids.split(',').map((id) => nameOf.get(Number(id)) as string) : []);
  const reports = statement(
    store.db,
    `SELECT a.id AS article, a.title, a.outlet, a.url, e.trigger,
       (SELECT name FROM names WHERE id = e.modality) AS modality, pl.name AS place FROM events e
     JOIN articles a ON a.id = e.article_id LEFT JOIN entities pl ON pl.id = e.place_entity_id WHERE e.cluster_id = ? ORDER BY a.published, a.id`,
  );
  return clusters.map((c) => {
    const rows = reports.all(c.cluster) as TimelineEvent['reports'];
    return {
      cluster: c.cluster,
      day: c.day,
      type: c.type,
      actors: names(c.actors),
      targets: names(c.targets),
      mentions: rows.length,
      articles: new Set(rows.map((r) => r.article)).size,
      // an article without an outlet counts as its own source
      sources: new Set(rows.map((r) => r.outlet ?? `#${r.article}`)).size,
      reports: rows,
    };
  });
}
