import type { Store } from './store.js';
import { statement } from './query-statements.js';

/** One actor of the network. */
export interface NetworkNode {
  id: number;
  name: string;
  type: string;
}

/** Two entities linked by events (actor → target) or quotes (speaker → entity spoken of). */
export interface NetworkLink {
  source: number;
  target: number;
  kind: 'event' | 'quote';
  /** How many events or quotes link them. */
  weight: number;
}

/** The actor network: the strongest links first, and the entities they join. */
export function network(
  store: Store,
  options: { entity?: number; limit?: number } = {},
): { nodes: NetworkNode[]; links: NetworkLink[] } {
  const focus = options.entity ?? null;
  const links = statement(
    store.db,
    `SELECT * FROM (
         SELECT pa.entity_id AS source, pt.entity_id AS target, 'event' AS kind, count(*) AS weight
         FROM event_participants pa JOIN event_participants pt ON pt.article_id = pa.article_id
           AND pt.event_local_id = pa.event_local_id AND pt.role = 'target'
         WHERE pa.role = 'actor' AND pa.entity_id != pt.entity_id GROUP BY 1, 2
         UNION ALL
         SELECT q.speaker_entity_id, m.entity_id, 'quote', count(DISTINCT q.id)
         FROM quotes q JOIN article_entities m ON m.article_id = q.article_id
           AND spans_within(m.spans, q.content_start, q.content_end)
         WHERE q.speaker_entity_id IS NOT NULL AND m.entity_id != q.speaker_entity_id GROUP BY 1, 2)
       WHERE @focus IS NULL OR source = @focus OR target = @focus
       ORDER BY weight DESC, source, target LIMIT @limit`,
  ).all({ focus, limit: options.limit ?? 300 }) as NetworkLink[];
  const ids = [...new Set(links.flatMap((l) => [l.source, l.target]))];
  const nodes = ids.length
    ? (statement(
        store.db,
        `SELECT id, name, type FROM entities WHERE id IN (${ids.map(() => '?').join(',')})`,
      ).all(...ids) as NetworkNode[])
    : [];
  return { nodes, links };
}
