import type { Database } from 'better-sqlite3';

/** Full-text tokenizer: Unicode words, diacritics folded ("Erdogan" finds "Erdoğan"). */
const FOLDING = `tokenize = "unicode61 remove_diacritics 2"`;

/**
 * Numbered migrations; `PRAGMA user_version` holds how many have run. Append only: a released
 * migration is never edited, a change is a new entry.
 */
export const MIGRATIONS: string[] = [
  // 1: articles, their extraction, the tables queries join, and the full-text indexes
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,            -- SHA-256 of the text: the same text is stored once
    url TEXT UNIQUE,                      -- the same URL is stored once
    title TEXT, outlet TEXT, published TEXT, language TEXT, byline TEXT,
    origin TEXT,                          -- the file (and record) it was read from
    text TEXT NOT NULL,
    words INTEGER NOT NULL,
    extractor TEXT NOT NULL,              -- version of the pipeline that made the extraction
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_published ON articles(published);
  -- contract v1 per article, deflated JSON without the text (the text is in articles)
  CREATE TABLE extractions (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    schema TEXT NOT NULL,
    data BLOB NOT NULL
  );
  -- one row per real-world entity, linked across articles
  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,                    -- folded name, titles stripped
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    surname TEXT                          -- last word of a person's name
  );
  CREATE INDEX entities_key ON entities(key, type);
  CREATE INDEX entities_surname ON entities(surname) WHERE surname IS NOT NULL;
  -- every folded spelling an entity was seen under (aliases, acronyms)
  CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    key TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
  ) WITHOUT ROWID;
  -- an entity as one article clusters it (local id e1, e2...), linked to entities
  CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL, type TEXT NOT NULL, geo TEXT,
    PRIMARY KEY (article_id, local_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_entity ON article_entities(entity_id);
  CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    local_id TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX mentions_article ON mentions(article_id, start);
  CREATE INDEX mentions_entity ON mentions(entity_id);
  CREATE TABLE roles (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    title TEXT NOT NULL,
    of_entity_id INTEGER REFERENCES entities(id),
    start INTEGER NOT NULL, end INTEGER NOT NULL
  );
  CREATE INDEX roles_entity ON roles(entity_id);
  CREATE TABLE times (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT,
    PRIMARY KEY (article_id, local_id)
  ) WITHOUT ROWID;
  -- quantities with what they count, where, and who claims them (the claims tracker)
  CREATE TABLE quantities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    value REAL, low REAL, high REAL, unit TEXT, counts TEXT,
    place_entity_id INTEGER REFERENCES entities(id), place TEXT,
    source_entity_id INTEGER REFERENCES entities(id), source TEXT,
    quote_local_id TEXT
  );
  CREATE INDEX quantities_counts ON quantities(counts);
  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT, content_start INTEGER, content_end INTEGER,
    cue TEXT, cue_start INTEGER, cue_end INTEGER,
    source TEXT, source_start INTEGER, source_end INTEGER,
    speaker_entity_id INTEGER REFERENCES entities(id),
    source_type TEXT NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);
  -- one real-world event, merged from the reports of several articles
  CREATE TABLE event_clusters (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    day TEXT,                             -- YYYY-MM-DD of the first report's event date
    actors TEXT NOT NULL,                 -- sorted entity ids, comma-separated
    targets TEXT NOT NULL
  );
  CREATE INDEX event_clusters_match ON event_clusters(type, actors, targets, day);
  CREATE TABLE events (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    cluster_id INTEGER NOT NULL REFERENCES event_clusters(id),
    type TEXT NOT NULL, mode TEXT, context TEXT,
    trigger TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    day TEXT, time_value TEXT,
    place_entity_id INTEGER REFERENCES entities(id),
    modality TEXT NOT NULL,
    attribution TEXT,
    PRIMARY KEY (article_id, local_id)
  ) WITHOUT ROWID;
  CREATE INDEX events_cluster ON events(cluster_id);
  CREATE INDEX events_day ON events(day);
  CREATE TABLE event_participants (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_local_id TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    role TEXT NOT NULL                    -- actor | target
  );
  CREATE INDEX event_participants_entity ON event_participants(entity_id);
  CREATE INDEX event_participants_event ON event_participants(article_id, event_local_id);
  CREATE TABLE labels (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    label TEXT NOT NULL,
    by_entity_id INTEGER REFERENCES entities(id),  -- null: the outlet itself
    start INTEGER NOT NULL, end INTEGER NOT NULL
  );
  CREATE INDEX labels_entity ON labels(entity_id);
  CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'id', ${FOLDING});
  CREATE VIRTUAL TABLE quote_fts USING fts5(
    content, content = 'quotes', content_rowid = 'id', ${FOLDING});
  `,
  // 2: quote sources searchable ("security sources"); folded keys and indexes for the claims filters
  `
  DROP TABLE quote_fts;
  CREATE VIRTUAL TABLE quote_fts USING fts5(
    content, source, content = 'quotes', content_rowid = 'id', ${FOLDING});
  INSERT INTO quote_fts (quote_fts) VALUES ('rebuild');
  ALTER TABLE quantities ADD COLUMN counts_key TEXT;
  ALTER TABLE quantities ADD COLUMN place_key TEXT;
  UPDATE quantities SET counts_key = fold(counts), place_key = fold(place);
  CREATE INDEX quantities_place ON quantities(place_entity_id);
  CREATE INDEX event_clusters_day ON event_clusters(day);
  `,
  // 3: reports merge by type and date window first (participants are compared in code)
  `CREATE INDEX event_clusters_type_day ON event_clusters(type, day);`,
  // 4: a smaller store. The text is kept packed (articles.body, brotli; pack_text/unpack_text are
  // functions the Store defines) and the full-text index reads it through the article_texts view;
  // extractions are repacked with tokens as binary columns; mentions are clustered by article
  // without a rowid (one index fewer); indexes no query uses are dropped.
  `
  DROP TABLE article_fts;
  ALTER TABLE articles ADD COLUMN body BLOB;
  UPDATE articles SET body = pack_text(text);
  UPDATE extractions SET data = repack_v1(data, (SELECT text FROM articles WHERE id = article_id));
  ALTER TABLE articles DROP COLUMN text;
  CREATE VIEW article_texts AS SELECT id, title, unpack_text(body) AS text FROM articles;
  CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, content = 'article_texts', content_rowid = 'id', ${FOLDING});
  INSERT INTO article_fts (article_fts) VALUES ('rebuild');
  CREATE TABLE mentions_by_article (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    local_id TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, start, end, local_id)
  ) WITHOUT ROWID;
  INSERT OR IGNORE INTO mentions_by_article
    SELECT article_id, entity_id, local_id, start, end, text FROM mentions;
  DROP TABLE mentions;
  ALTER TABLE mentions_by_article RENAME TO mentions;
  CREATE INDEX mentions_entity ON mentions(entity_id);
  DROP INDEX event_clusters_match;
  DROP INDEX events_day;
  `,
  // 5: the claims filter matches its stems against the few distinct counted things (counted),
  // then finds their numbers through an index, instead of matching every stored number
  `
  CREATE TABLE counted (key TEXT PRIMARY KEY) WITHOUT ROWID;
  INSERT OR IGNORE INTO counted SELECT counts_key FROM quantities WHERE counts_key IS NOT NULL;
  DROP INDEX quantities_counts;
  CREATE INDEX quantities_counts_key ON quantities(counts_key);
  `,
  // 6: less stored twice. A quote's content, cue or source that is the slice of the article its
  // offsets point at is left out (NULL; a time's text: '') and read back with span_text (a
  // function the Store defines); an article's mentions of an entity are one packed list of
  // offsets with their count (article_entities.spans, see pack_spans), the capitalised ones
  // counted per entity and text for the dossier's aliases (mention_names); a place's geo is
  // stored once per distinct value (geos); the quote index keeps no copy of the quotes
  // (contentless) nor their sizes (no query ranks quotes); the local names and types of
  // article_entities are left to the extraction, which holds them; extractions are repacked;
  // an article names its extractor version by id (extractors) and keeps its hash as 32 bytes.
  `
  CREATE TABLE geos (id INTEGER PRIMARY KEY, geo TEXT NOT NULL UNIQUE);
  INSERT OR IGNORE INTO geos (geo)
    SELECT geo FROM article_entities WHERE geo IS NOT NULL ORDER BY article_id, local_id;
  CREATE TABLE mention_names (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    text TEXT NOT NULL,
    n INTEGER NOT NULL,                   -- how many mentions have this text
    PRIMARY KEY (entity_id, text)
  ) WITHOUT ROWID;
  INSERT INTO mention_names SELECT entity_id, text, count(*) FROM mentions WHERE is_name(text)
    GROUP BY entity_id, text;
  CREATE TABLE article_entities_v6 (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    geo_id INTEGER REFERENCES geos(id),
    mentions INTEGER NOT NULL,            -- how many distinct spans
    spans BLOB,                           -- the spans, packed (pack_spans)
    PRIMARY KEY (article_id, local_id)
  ) WITHOUT ROWID;
  INSERT INTO article_entities_v6
    SELECT ae.article_id, ae.local_id, ae.entity_id, g.id, count(m.start), pack_spans(m.start, m.end)
    FROM article_entities ae LEFT JOIN geos g ON g.geo = ae.geo
      LEFT JOIN mentions m ON m.article_id = ae.article_id AND m.local_id = ae.local_id
    GROUP BY ae.article_id, ae.local_id;
  DROP TABLE article_entities;
  DROP TABLE mentions;
  ALTER TABLE article_entities_v6 RENAME TO article_entities;
  -- in the order of the old index (by article), and covering the mention counts
  CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id, local_id, mentions);
  DROP TABLE quote_fts;
  CREATE VIRTUAL TABLE quote_fts USING fts5(
    content, source, content = '', columnsize = 0, ${FOLDING});
  INSERT INTO quote_fts (rowid, content, source)
    SELECT id, content, source FROM quotes WHERE content IS NOT NULL OR source IS NOT NULL;
  UPDATE quotes AS q SET
    content = nullif(q.content, span_text(a.body, q.content_start, q.content_end, NULL)),
    cue = nullif(q.cue, span_text(a.body, q.cue_start, q.cue_end, NULL)),
    source = nullif(q.source, span_text(a.body, q.source_start, q.source_end, NULL))
    FROM articles a WHERE a.id = q.article_id;
  UPDATE times AS t SET text = '' FROM articles a
    WHERE a.id = t.article_id AND t.text = span_text(a.body, t.start, t.end, NULL);
  UPDATE extractions SET data = repack_extraction(data, (SELECT body FROM articles WHERE id = article_id));
  CREATE TABLE extractors (id INTEGER PRIMARY KEY, version TEXT NOT NULL UNIQUE);
  INSERT OR IGNORE INTO extractors (version) SELECT extractor FROM articles ORDER BY id;
  UPDATE articles SET extractor = (SELECT id FROM extractors WHERE version = extractor),
    hash = coalesce(unhex(hash), hash);
  `,
  // 7: extractions repacked as format 4 (the layers and the token labels deflated with a preset
  // dictionary, see pack-dictionaries.ts): the same records, smaller
  `UPDATE extractions SET data = repack_extraction(data, (SELECT body FROM articles WHERE id = article_id));`,
  // 8: extractions repacked as format 5 (an entity's name as the index of a mention with its text,
  // its geo read from geos where the store holds the same): the same records, smaller
  `
  UPDATE extractions SET data = repack_extraction(data, (SELECT body FROM articles WHERE id = article_id),
    (SELECT json_group_object(ae.local_id, g.geo) FROM article_entities ae JOIN geos g ON g.id = ae.geo_id
      WHERE ae.article_id = extractions.article_id));
  `,
  // 9: the quote index as two indexes, of the contents and of the sources, that keep no positions
  // (detail = none): a third of the size. They answer words of one token; a phrase ("U.S.") is
  // checked on the texts of the quotes that hold all its tokens (see quote-index.ts).
  `
  DROP TABLE quote_fts;
  CREATE VIRTUAL TABLE quote_content_fts USING fts5(
    content, content = '', columnsize = 0, detail = none, ${FOLDING});
  CREATE VIRTUAL TABLE quote_source_fts USING fts5(
    source, content = '', columnsize = 0, detail = none, ${FOLDING});
  INSERT INTO quote_content_fts (rowid, content)
    SELECT q.id, span_text(a.body, q.content_start, q.content_end, q.content)
    FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.content_start IS NOT NULL ORDER BY q.id;
  INSERT INTO quote_source_fts (rowid, source)
    SELECT q.id, span_text(a.body, q.source_start, q.source_end, q.source)
    FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.source_start IS NOT NULL ORDER BY q.id;
  `,
  // 10: the article index with the text as its first column: a position list starts in the first
  // column, and every other column costs a marker of two bytes per word and article (the text's
  // words were all marked; the titles' few now are). 0.69x -> 0.51x the text on BBC News; the
  // same matches, ranks and snippets (snippet column 0).
  `
  DROP TABLE article_fts;
  CREATE VIRTUAL TABLE article_fts USING fts5(
    text, title, content = 'article_texts', content_rowid = 'id', ${FOLDING});
  INSERT INTO article_fts (article_fts) VALUES ('rebuild');
  `,
  // 11: the labels that most rows repeat (a quote's kind and source type, an event's modality) are
  // ids into names (stored as text of one or two digits by the columns' affinity); queries read
  // them through names
  `
  CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
  INSERT OR IGNORE INTO names (name)
    SELECT kind FROM quotes UNION ALL SELECT source_type FROM quotes UNION ALL SELECT modality FROM events;
  UPDATE quotes SET kind = (SELECT id FROM names WHERE name = kind),
    source_type = (SELECT id FROM names WHERE name = source_type);
  UPDATE events SET modality = (SELECT id FROM names WHERE name = modality);
  `,
];

/**
 * Runs the migrations the database has not seen yet, each in its own transaction. Each step takes
 * the write lock first (BEGIN IMMEDIATE) and reads the version under it, so two processes opening
 * a new or older store at once (an ingest and a reader) take turns instead of both running the
 * same step (which failed with "table ... already exists").
 */
export function migrate(db: Database): number {
  const step = db.transaction((): boolean => {
    const v = db.pragma('user_version', { simple: true }) as number;
    if (v >= MIGRATIONS.length) return false;
    db.exec(MIGRATIONS[v]);
    db.pragma(`user_version = ${v + 1}`);
    return true;
  });
  // a store already up to date needs no write lock (another process may hold it)
  if ((db.pragma('user_version', { simple: true }) as number) >= MIGRATIONS.length) return MIGRATIONS.length;
  while (step.immediate()) {
    // one migration a transaction
  }
  return MIGRATIONS.length;
}
