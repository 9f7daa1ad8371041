import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from './store.js';

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The flat tables: one query each, joined with the article so every row carries its evidence. */
const TABLES: Record<string, string> = {
  articles: `SELECT id AS article_id, url, title, outlet, published, language, words, lower(hex(hash)) AS hash FROM articles ORDER BY id`,
  entities: `SELECT e.id AS entity_id, e.name, e.type, coalesce(sum(m.mentions), 0) AS mentions,
    count(DISTINCT m.article_id) AS articles FROM entities e
    LEFT JOIN article_entities m ON m.entity_id = e.id AND m.mentions > 0 GROUP BY e.id ORDER BY e.id`,
  events: `SELECT e.article_id, e.local_id AS event, e.cluster_id, e.type, e.mode, e.context, e.day,
    (SELECT name FROM names WHERE id = e.modality) AS modality,
    (SELECT group_concat(n.name, '; ') FROM event_participants p JOIN entities n ON n.id = p.entity_id
      WHERE p.article_id = e.article_id AND p.event_local_id = e.local_id AND p.role = 'actor') AS actors,
    (SELECT group_concat(n.name, '; ') FROM event_participants p JOIN entities n ON n.id = p.entity_id
      WHERE p.article_id = e.article_id AND p.event_local_id = e.local_id AND p.role = 'target') AS targets,
    e.trigger, e.trigger_start, e.trigger_end, a.url FROM events e JOIN articles a ON a.id = e.article_id
    ORDER BY e.day, e.article_id`,
  quotes: `SELECT q.article_id, q.local_id AS quote, (SELECT name FROM names WHERE id = q.kind) AS kind,
    s.name AS speaker, span_text(a.body, q.source_start, q.source_end, q.source) AS source,
    (SELECT name FROM names WHERE id = q.source_type) AS source_type,
    span_text(a.body, q.cue_start, q.cue_end, q.cue) AS cue,
    span_text(a.body, q.content_start, q.content_end, q.content) AS content, q.content_start, q.content_end,
    a.published, a.url FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities s ON s.id = q.speaker_entity_id ORDER BY q.article_id, q.content_start`,
  labels: `SELECT l.article_id, e.name AS entity, l.label, b.name AS by, l.start, l.end, a.published, a.url
    FROM labels l JOIN entities e ON e.id = l.entity_id LEFT JOIN entities b ON b.id = l.by_entity_id
    JOIN articles a ON a.id = l.article_id ORDER BY l.article_id, l.start`,
  claims: `SELECT q.article_id, q.text, q.start, q."end", q.value, q.low, q.high, q.unit, q.counts, coalesce(p.name, q.place) AS place,
    coalesce(s.name, q.source) AS source, a.published, a.url FROM quantities q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities p ON p.id = q.place_entity_id LEFT JOIN entities s ON s.id = q.source_entity_id
    ORDER BY a.published, q.article_id, q.start`,
};

/** Writes one CSV file per table (articles, entities, events, quotes, labels, claims) into a folder. */
export function exportCsv(store: Store, dir: string): Record<string, number> {
  mkdirSync(dir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const [name, sql] of Object.entries(TABLES)) {
    const statement = store.db.prepare(sql);
    const fd = openSync(join(dir, `${name}.csv`), 'w');
    try {
      writeSync(
        fd,
        statement
          .columns()
          .map((c) => csvCell(c.name))
          .join(',') + '\r\n',
      );
      let n = 0;
      for (const row of statement.raw().iterate() as IterableIterator<unknown[]>) {
        writeSync(fd, row.map(csvCell).join(',') + '\r\n');
        n++;
      }
      counts[name] = n;
    } finally {
      closeSync(fd);
    }
  }
  return counts;
}
