import { entityById, findEntities, type EntityRef } from './find-entity.js';
import type { Store } from './store.js';
import { statement } from './query-statements.js';

/** Where a fact was read: the article and its date. */
export interface Evidence {
  article: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

/** Everything the corpus holds on one entity. */
export interface EntityDossier {
  entity: EntityRef & { articles: number; first: string | null; last: string | null };
  aliases: string[];
  geo: unknown;
  roles: { title: string; of: string | null; first: string | null; last: string | null; articles: number }[];
  said: (Evidence & { kind: string; content: string | null; cue: string | null })[];
  saidAbout: (Evidence & { speaker: string | null; content: string | null })[];
  events: (Evidence & { cluster: number; type: string; day: string | null; role: string; trigger: string })[];
  labels: (Evidence & { label: string; by: string | null })[];
  /** Other entities the name may refer to. */
  others: EntityRef[];
}

const EVIDENCE = 'a.id AS article, a.title, a.outlet, a.published, a.url';

/** The dossier of the entity a name refers to (the most mentioned match) or of a corpus id, or null when none. */
export function entityDossier(store: Store, name: string | number, limit = 50): EntityDossier | null {
  const [top, ...others] =
    typeof name === 'number'
      ? [entityById(store, name)].filter((e) => e !== undefined)
      : findEntities(store, name);
  if (!top) return null;
  const db = store.db;
  // each article read once (IN is a set), not once per mention
  const stats = statement(
    db,
    `SELECT count(*) AS articles, min(published) AS first, max(published) AS last
       FROM articles WHERE id IN (SELECT article_id FROM article_entities WHERE entity_id = ? AND mentions > 0)`,
  ).get(top.id) as { articles: number; first: string | null; last: string | null };
  const aliases = (
    statement(
      db,
      // the capitalised texts of its mentions, counted as they were stored (see isName)
      'SELECT text FROM mention_names WHERE entity_id = ? ORDER BY n DESC, text LIMIT 20',
    ).all(top.id) as { text: string }[]
  ).map((r) => r.text);
  const geo = statement(
    db,
    `SELECT g.geo FROM article_entities ae JOIN geos g ON g.id = ae.geo_id WHERE ae.entity_id = ?
       ORDER BY ae.article_id, ae.local_id LIMIT 1`,
  ).get(top.id) as { geo: string } | undefined;
  const roles = statement(
    db,
    `SELECT r.title, o.name AS of, min(a.published) AS first, max(a.published) AS last,
         count(DISTINCT r.article_id) AS articles
       FROM roles r JOIN articles a ON a.id = r.article_id LEFT JOIN entities o ON o.id = r.of_entity_id
       WHERE r.entity_id = ? GROUP BY r.title, o.name ORDER BY first, r.title LIMIT ?`,
  ).all(top.id, limit) as EntityDossier['roles'];
  // the page is chosen first (MATERIALIZED), then its texts are read from the articles: SQLite
  // computes a result column for every row it sorts, and reading a text unpacks its article
  const said = statement(
    db,
    `WITH page AS MATERIALIZED (
         SELECT q.article_id, q.kind, q.content, q.content_start, q.content_end, q.cue, q.cue_start, q.cue_end
         FROM quotes q JOIN articles a ON a.id = q.article_id
         WHERE q.speaker_entity_id = ? ORDER BY a.published, q.content_start LIMIT ?)
     SELECT ${EVIDENCE}, (SELECT name FROM names WHERE id = p.kind) AS kind,
         span_text(a.body, p.content_start, p.content_end, p.content) AS content,
         span_text(a.body, p.cue_start, p.cue_end, p.cue) AS cue
       FROM page p JOIN articles a ON a.id = p.article_id`,
  ).all(top.id, limit) as EntityDossier['said'];
  // said about it: a quote whose content mentions the entity, by someone else. CROSS JOIN keeps
  // this order (mentions, their quotes, then articles): SQLite otherwise read the article of every
  // mention, quoted or not, to sort by date
  const saidAbout = statement(
    db,
    `WITH page AS MATERIALIZED (
         SELECT DISTINCT a.published, q.article_id, q.speaker_entity_id, q.source, q.source_start,
           q.source_end, q.content, q.content_start, q.content_end
         FROM article_entities m CROSS JOIN quotes q ON q.article_id = m.article_id
           AND spans_within(m.spans, q.content_start, q.content_end)
         CROSS JOIN articles a ON a.id = q.article_id
         WHERE m.entity_id = @id AND (q.speaker_entity_id IS NULL OR q.speaker_entity_id != @id)
         ORDER BY a.published, q.article_id, q.content_start LIMIT @limit)
     SELECT DISTINCT ${EVIDENCE},
         coalesce(s.name, span_text(a.body, p.source_start, p.source_end, p.source)) AS speaker,
         span_text(a.body, p.content_start, p.content_end, p.content) AS content
       FROM page p JOIN articles a ON a.id = p.article_id LEFT JOIN entities s ON s.id = p.speaker_entity_id
       ORDER BY p.published, p.article_id, p.content_start`,
  ).all({ id: top.id, limit }) as EntityDossier['saidAbout'];
  const events = statement(
    db,
    `SELECT ${EVIDENCE}, e.cluster_id AS cluster, e.type, e.day, p.role, e.trigger
       FROM event_participants p JOIN events e ON e.article_id = p.article_id AND e.local_id = p.event_local_id
       JOIN articles a ON a.id = e.article_id WHERE p.entity_id = ? ORDER BY e.day, a.published LIMIT ?`,
  ).all(top.id, limit) as EntityDossier['events'];
  const labels = statement(
    db,
    `SELECT ${EVIDENCE}, l.label, b.name AS by FROM labels l JOIN articles a ON a.id = l.article_id
       LEFT JOIN entities b ON b.id = l.by_entity_id WHERE l.entity_id = ? ORDER BY a.published LIMIT ?`,
  ).all(top.id, limit) as EntityDossier['labels'];
  return {
    entity: { ...top, ...stats },
    aliases,
    geo: geo ? JSON.parse(geo.geo) : null,
    roles,
    said,
    saidAbout,
    events,
    labels,
    others,
  };
}

/**
 * Whether an entity's labels are contested: different labels from different holders (a named
 * source, or an outlet when the outlet itself applies it). The same rule as `labels()`, computed
 * as one aggregate instead of the entity's label rows.
 */
export function labelsContested(store: Store, id: number): boolean {
  return (
    statement(
      store.db,
      `SELECT count(DISTINCT l.label) > 1
           AND count(DISTINCT coalesce('e' || l.by_entity_id, 'o' || coalesce(a.outlet, a.id))) > 1
         FROM labels l JOIN articles a ON a.id = l.article_id WHERE l.entity_id = ?`,
    )
      .pluck()
      .get(id) === 1
  );
}
