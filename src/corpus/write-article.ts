import type { Database } from 'better-sqlite3';
import type { ArticleRecord } from './article-record.js';
import type { EntityLinker } from './entity-linker.js';
import { dayOf, type EventMerger } from './event-merger.js';
import { foldText } from './fold.js';
import { indexQuote } from './quote-index.js';
import { distinctMentions, isName, packSpans, storedText } from './spans.js';

/** Prepared statements per database (prepared once: ingest writes thousands of articles). */
const STATEMENTS = new WeakMap<Database, ReturnType<typeof prepare>>();

function prepare(db: Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    article: p(`INSERT INTO articles (id, hash, url, title, outlet, published, language, byline, origin, body,
      words, extractor, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    articleFts: p('INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)'),
    extraction: p('INSERT INTO extractions (article_id, schema, data) VALUES (?, ?, ?)'),
    extractor: p('INSERT INTO extractors (version) VALUES (?) ON CONFLICT DO NOTHING'),
    extractorId: p('SELECT id FROM extractors WHERE version = ?').pluck(),
    nameId: p('SELECT id FROM names WHERE name = ?').pluck(),
    name: p('INSERT INTO names (name) VALUES (?)'),
    articleEntity: p(
      'INSERT OR IGNORE INTO article_entities (article_id, local_id, entity_id, geo_id, mentions, spans) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    findGeo: p('SELECT id FROM geos WHERE geo = ?').pluck(),
    geo: p('INSERT INTO geos (geo) VALUES (?)'),
    mentionName: p(
      'INSERT INTO mention_names (entity_id, text, n) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET n = n + 1',
    ),
    role: p(
      'INSERT INTO roles (article_id, entity_id, title, of_entity_id, start, end) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    time: p(
      'INSERT OR IGNORE INTO times (article_id, local_id, start, end, text, type, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    quantity: p(`INSERT INTO quantities (article_id, start, end, text, value, low, high, unit, counts,
      place_entity_id, place, source_entity_id, source, quote_local_id, counts_key, place_key)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    counted: p('INSERT OR IGNORE INTO counted (key) VALUES (?)'),
    quote:
      p(`INSERT INTO quotes (article_id, local_id, kind, content, content_start, content_end, cue, cue_start,
      cue_end, source, source_start, source_end, speaker_entity_id, source_type)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    event:
      p(`INSERT OR IGNORE INTO events (article_id, local_id, cluster_id, type, mode, context, trigger, trigger_start,
      trigger_end, day, time_value, place_entity_id, modality, attribution)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    participant: p(
      'INSERT INTO event_participants (article_id, event_local_id, entity_id, role) VALUES (?, ?, ?, ?)',
    ),
    label: p(
      'INSERT INTO labels (article_id, entity_id, label, by_entity_id, start, end) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  };
}

/**
 * The id in names of a label that many rows repeat (schema 11), added on first use, as the text
 * the columns store: bound as a JS number (a REAL) it was stored as '3.0', not '3'.
 */
function nameId(s: ReturnType<typeof prepare>, name: string): string {
  return String((s.nameId.get(name) as number | undefined) ?? Number(s.name.run(name).lastInsertRowid));
}

/** Writes one article's rows (the caller holds the transaction). Returns the article id. */
export function writeArticle(
  db: Database,
  record: ArticleRecord,
  linker: EntityLinker,
  merger: EventMerger,
  id?: number,
  hints?: Map<string, number>,
): number {
  let s = STATEMENTS.get(db);
  if (!s) STATEMENTS.set(db, (s = prepare(db)));
  const c = record.contract;
  const m = c.meta;
  // a record that crossed from a worker thread holds plain Uint8Arrays; SQLite binds Buffers
  const buffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  // the extractor version is named by id, the hash stored as its 32 bytes
  s.extractor.run(record.extractor);
  const articleId = Number(
    s.article.run(
      id ?? null,
      Buffer.from(record.hash, 'hex'),
      m.url,
      m.title,
      m.outlet,
      m.published,
      m.language,
      m.byline ?? null,
      record.origin,
      buffer(record.body),
      record.words,
      // as the text of its id, as the column holds it: a JS number (a REAL) was stored as '1.0'
      String(s.extractorId.get(record.extractor)),
      new Date().toISOString(),
    ).lastInsertRowid,
  );
  s.articleFts.run(articleId, m.title, c.text);
  s.extraction.run(articleId, c.schema, buffer(record.data));

  // entities first: every later section refers to them by local id
  const ids = new Map<string, number>();
  for (const e of c.entities) ids.set(e.id, linker.link(e, hints?.get(e.id)));
  const idOf = (local: string | null | undefined) => (local ? (ids.get(local) ?? null) : null);
  for (const e of c.entities) {
    const entityId = ids.get(e.id)!;
    let geoId: number | null = null;
    if (e.geo) {
      const geo = JSON.stringify(e.geo);
      geoId = (s.findGeo.get(geo) as number | undefined) ?? Number(s.geo.run(geo).lastInsertRowid);
    }
    const mentions = distinctMentions(e);
    s.articleEntity.run(articleId, e.id, entityId, geoId, mentions.length, packSpans(mentions));
    for (const x of mentions) if (isName(x.text)) s.mentionName.run(entityId, x.text);
    for (const r of e.roles ?? []) s.role.run(articleId, entityId, r.title, idOf(r.of), r.start, r.end);
  }
  const times = new Map<string, string>();
  for (const t of c.times) {
    times.set(t.id, t.value);
    // '': the text is the article's slice (read back with span_text)
    s.time.run(articleId, t.id, t.start, t.end, storedText(c.text, t) ?? '', t.type, t.value, t.mod ?? null);
  }
  c.quantities.forEach((q, i) => {
    const claim = record.claims[i];
    const place = c.entities.find((e) => e.id === claim?.place);
    s.quantity.run(
      articleId,
      q.start,
      q.end,
      q.text,
      q.value,
      q.low ?? null,
      q.high ?? null,
      q.unit ?? null,
      q.counts ?? null,
      idOf(claim?.place),
      place?.name ?? null,
      idOf(claim?.speaker),
      claim?.source ?? null,
      claim?.quote ?? null,
      q.counts ? foldText(q.counts) : null,
      place ? foldText(place.name) : null,
    );
    if (q.counts) s.counted.run(foldText(q.counts));
  });
  for (const q of c.quotes) {
    const quoteId = Number(
      s.quote.run(
        articleId,
        q.id,
        nameId(s, q.kind),
        // texts that are slices of the article are read from it (span_text)
        storedText(c.text, q.content),
        q.content?.start ?? null,
        q.content?.end ?? null,
        storedText(c.text, q.cue),
        q.cue?.start ?? null,
        q.cue?.end ?? null,
        storedText(c.text, q.source),
        q.source?.start ?? null,
        q.source?.end ?? null,
        idOf(q.speaker),
        nameId(s, q.sourceType),
      ).lastInsertRowid,
    );
    indexQuote(db, quoteId, q.content?.text ?? null, q.source?.text ?? null);
  }
  for (const e of c.events) {
    const actors = e.actor.map(idOf).filter((x): x is number => x !== null);
    const targets = e.target.map(idOf).filter((x): x is number => x !== null);
    const timeValue = e.time ? (times.get(e.time) ?? null) : null;
    // an event without a dated time happened, as far as we know, when the article was published
    const day = dayOf(timeValue) ?? dayOf(m.published);
    const cluster = merger.cluster(e.type, actors, targets, day);
    s.event.run(
      articleId,
      e.id,
      cluster,
      e.type,
      e.mode ?? null,
      e.context ?? null,
      e.trigger.text,
      e.trigger.start,
      e.trigger.end,
      day,
      timeValue,
      idOf(e.place),
      nameId(s, e.modality),
      e.attribution ?? null,
    );
    for (const a of actors) s.participant.run(articleId, e.id, a, 'actor');
    for (const t of targets) s.participant.run(articleId, e.id, t, 'target');
  }
  for (const l of c.labels) {
    const entityId = idOf(l.entity);
    if (entityId !== null) s.label.run(articleId, entityId, l.label, idOf(l.by), l.start, l.end);
  }
  return articleId;
}
