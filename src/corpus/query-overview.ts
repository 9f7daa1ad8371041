import type { Store } from './store.js';
import { statement } from './query-statements.js';

/** What a corpus holds: row counts, the date range, and the most reported entities and event types. */
export interface CorpusOverview {
  counts: Record<string, number>;
  outlets: number;
  first: string | null;
  last: string | null;
  entities: { name: string; type: string; articles: number }[];
  eventTypes: { type: string; events: number; reports: number }[];
}

/** An overview of the corpus (what `dossier stats` prints). */
export function corpusOverview(store: Store, top = 10): CorpusOverview {
  const db = store.db;
  const range = statement(
    db,
    'SELECT count(DISTINCT outlet) AS outlets, min(published) AS first, max(published) AS last FROM articles',
  ).get() as { outlets: number; first: string | null; last: string | null };
  const entities = statement(
    db,
    // an article may hold several entries linked to one entity: its articles are counted once each
    // (count(*) gave United States 168 articles on news_cluster, in 144)
    `SELECT e.name, e.type, x.articles FROM (SELECT entity_id, count(DISTINCT article_id) AS articles
         FROM article_entities WHERE mentions > 0 GROUP BY entity_id ORDER BY articles DESC LIMIT ?) x
       JOIN entities e ON e.id = x.entity_id
       ORDER BY x.articles DESC, e.name`,
  ).all(top) as CorpusOverview['entities'];
  const eventTypes = statement(
    db,
    `SELECT type, count(DISTINCT cluster_id) AS events, count(*) AS reports FROM events
       GROUP BY type ORDER BY events DESC LIMIT ?`,
  ).all(top) as CorpusOverview['eventTypes'];
  return { counts: store.counts(), ...range, entities, eventTypes };
}
