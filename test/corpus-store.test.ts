import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  deflateRawSync,
  inflateRawSync,
} from 'node:zlib';
import Database from 'better-sqlite3';
import { contentHash, recordFromContract } from '../src/corpus/article-record.js';
import { ByteReader, ByteWriter } from '../src/corpus/byte-buffer.js';
import { LAYERS_DICTIONARY, TOKEN_LABELS_DICTIONARY } from '../src/corpus/pack-dictionaries.js';
import { foldText } from '../src/corpus/fold.js';
import { repackV1 } from '../src/corpus/repack-v1.js';
import { packTokens } from '../src/corpus/token-columns.js';
import { packExtraction, packText, unpackExtraction, unpackText } from '../src/corpus/pack-extraction.js';
import { entityKey, sameGivenNames } from '../src/corpus/entity-key.js';
import { sameEvent } from '../src/corpus/event-merger.js';
import { MIGRATIONS } from '../src/corpus/schema.js';
import { Store } from '../src/corpus/store.js';
import { getArticle } from '../src/corpus/query-articles.js';
import { claims } from '../src/corpus/query-claims.js';
import { entityDossier } from '../src/corpus/query-entity.js';
import { quotes } from '../src/corpus/query-quotes.js';
import { searchArticles } from '../src/corpus/query-search.js';
import { timeline } from '../src/corpus/query-timeline.js';
import type { ArticleJson } from '../src/doc/contract.js';
import { contract, erdoganArticles, span } from './corpus-fixtures.js';
import { tempDirs } from '../src/testing/temp-dirs.js';

const tempDir = tempDirs('corpus');

/** A database path in a fresh temporary folder, removed when the file's tests are over. */
function tempDb(): string {
  return join(tempDir(), 'test.db');
}

/** A store holding the three hand-made Erdoğan reports. */
function erdoganStore(): Store {
  const store = new Store(tempDb());
  for (const a of erdoganArticles()) assert.equal(store.put(recordFromContract(a)), 'added');
  return store;
}

test('entity keys drop titles and diacritics; given names must agree', () => {
  assert.equal(entityKey('Turkish President Recep Tayyip Erdoğan', 'PERSON'), 'recep tayyip erdogan');
  assert.equal(entityKey('President Erdogan', 'PERSON'), 'erdogan');
  assert.equal(entityKey('İbrahim Kalın', 'PERSON'), 'ibrahim kalin');
  assert.equal(entityKey('The United Nations', 'ORG'), 'united nations');
  assert.ok(sameGivenNames(['recep', 'erdogan'], ['recep', 'tayyip', 'erdogan']));
  assert.ok(sameGivenNames(['r', 't', 'erdogan'], ['recep', 'tayyip', 'erdogan']));
  assert.ok(!sameGivenNames(['emine', 'erdogan'], ['recep', 'tayyip', 'erdogan']));
});

test('an extraction round-trips through the store unchanged', () => {
  const path = tempDb();
  const store = new Store(path);
  const original = erdoganArticles()[0];
  original.tokens = [
    { start: 0, end: 7, pos: 'ADJ', tag: 'JJ', head: 1, dep: 'amod' },
    { start: 8, end: 17, pos: 'PROPN', head: null, dep: 'root' },
    { start: 18, end: 23 },
    { start: 24, end: 30, pos: 'PROPN', head: 1 },
  ];
  store.put(recordFromContract(original));
  store.close();
  const reader = new Store(path, { readonly: true });
  const row = reader.db
    .prepare('SELECT a.body, x.data FROM articles a JOIN extractions x ON x.article_id = a.id')
    .get() as {
    body: Buffer;
    data: Buffer;
  };
  assert.deepEqual(unpackExtraction(row.data, unpackText(row.body)), original);
  reader.close();
});

test('the same article twice is stored once; a new extractor version replaces it', () => {
  const store = erdoganStore();
  const before = store.counts();
  for (const a of erdoganArticles()) assert.equal(store.put(recordFromContract(a)), 'skipped');
  // same URL, other text: still the same article
  const moved = erdoganArticles()[0];
  moved.text += ' Updated.';
  assert.equal(store.put(recordFromContract(moved)), 'skipped');
  assert.deepEqual(store.counts(), before);
  for (const a of erdoganArticles())
    assert.equal(store.put(recordFromContract(a, null, 'next-version')), 'updated');
  assert.deepEqual(store.counts(), before);
  assert.equal(searchArticles(store, 'liberation').length, 1);
  // the replaced quotes left the quote indexes (they keep no copy: each was told what to delete)
  const hits = (table: string, word: string) =>
    store.db.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).pluck().get(word);
  assert.equal(hits('quote_content_fts', 'toll'), 1);
  assert.equal(hits('quote_source_fts', 'officials'), 1);
  assert.equal(quotes(store, { about: 'death toll' }).length, 1);
  store.close();
});

test('compaction keeps every article, its extraction and its full-text entries', () => {
  const store = erdoganStore();
  const before = store.counts();
  const article = getArticle(store, 1);
  assert.ok(store.compact());
  assert.deepEqual(store.counts(), before);
  assert.deepEqual(getArticle(store, 1), article);
  store.db.exec("INSERT INTO article_fts (article_fts) VALUES ('integrity-check')");
  store.db.exec("INSERT INTO quote_content_fts (quote_content_fts) VALUES ('integrity-check')");
  store.db.exec("INSERT INTO quote_source_fts (quote_source_fts) VALUES ('integrity-check')");
  assert.equal(searchArticles(store, 'liberation').length, 1);
  assert.equal(quotes(store, { about: 'truce' }).length, 1);
  store.close();
});

test('full-text search folds diacritics: "Erdogan" finds "Erdoğan"', () => {
  const store = erdoganStore();
  const hits = searchArticles(store, 'Erdogan');
  assert.equal(hits.length, 3);
  assert.ok(searchArticles(store, 'erdoğan met').every((h) => h.title === 'Erdoğan meets Hamas'));
  assert.match(searchArticles(store, 'Ankara')[0].snippet, /\[Ankara\]/);
  assert.deepEqual(searchArticles(store, '"; DROP TABLE articles; --'), []);
  store.close();
});

test("each search hit's passage is taken from its own article", () => {
  const store = erdoganStore();
  const hits = searchArticles(store, 'Erdogan');
  assert.equal(hits.length, 3);
  for (const hit of hits) {
    const text = getArticle(store, hit.article)?.contract.text ?? '';
    // the passage without its brackets and ellipses is a piece of this article's text
    const piece = hit.snippet.replace(/[[\]]/g, '').replace(/^…|…$/g, '');
    assert.ok(text.includes(piece), `hit ${hit.article}: "${piece}" not in its text`);
  }
  assert.equal(new Set(hits.map((h) => h.snippet)).size, hits.length);
  store.close();
});

test('one person across articles, another with the same surname kept apart', () => {
  const store = erdoganStore();
  const d = entityDossier(store, 'Erdogan');
  assert.ok(d);
  assert.equal(d.entity.name, 'Recep Tayyip Erdoğan');
  assert.equal(d.entity.articles, 2);
  assert.deepEqual(
    d.roles.map((r) => r.title),
    ['Turkish President', 'President'],
  );
  assert.deepEqual(
    d.said.map((q) => q.content),
    ['A truce is near.'],
  );
  assert.equal(d.events.length, 2);
  assert.deepEqual(
    d.others.map((e) => e.name),
    ['Emine Erdoğan'],
  );
  const hamas = entityDossier(store, 'hamas');
  assert.deepEqual(
    hamas?.labels.map((l) => [l.label, l.by]),
    [
      ['liberation organization', 'Recep Tayyip Erdoğan'],
      ['terrorist group', null],
    ],
  );
  assert.equal(entityDossier(store, 'Nobody'), null);
  store.close();
});

test('reports of one meeting from two outlets merge into one event with two sources', () => {
  const store = erdoganStore();
  const events = timeline(store, { entity: 'Erdoğan' });
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'CONSULT');
  assert.equal(events[0].day, '2025-06-27');
  assert.deepEqual(events[0].actors, ['Recep Tayyip Erdoğan']);
  assert.deepEqual(events[0].targets, ['Hamas']);
  assert.equal(events[0].sources, 2);
  assert.equal(events[0].mentions, 2);
  assert.equal(timeline(store, { type: 'ASSAULT' }).length, 0);
  assert.equal(timeline(store, { from: '2025-06-28' }).length, 0);
  // a week later is another meeting
  const later = contract('Erdoğan met Hamas again.', { published: '2025-07-05', outlet: 'Gazette' });
  later.entities = [
    { id: 'e1', name: 'Erdoğan', type: 'PERSON', mentions: [span(later.text, 'Erdoğan')], roles: [] },
    { id: 'e2', name: 'Hamas', type: 'ORG', mentions: [span(later.text, 'Hamas')], roles: [] },
  ];
  later.events = [
    {
      id: 'v1',
      type: 'CONSULT',
      actor: ['e1'],
      target: ['e2'],
      trigger: span(later.text, 'met'),
      modality: 'asserted',
    },
  ];
  store.put(recordFromContract(later));
  assert.equal(timeline(store, { entity: 'Erdogan' }).length, 2);
  store.close();
});

test('quotes by speaker and topic; claims by counted thing and place, with their sources', () => {
  const store = erdoganStore();
  assert.deepEqual(
    quotes(store, { speaker: 'Erdogan' }).map((q) => q.content),
    ['A truce is near.'],
  );
  assert.deepEqual(
    quotes(store, { speaker: 'health officials' }).map((q) => q.source),
    ['Health officials'],
  );
  assert.equal(quotes(store, { about: 'truce' }).length, 1);
  assert.equal(quotes(store, { about: 'Gaza' }).length, 1);
  const rows = claims(store, { counts: 'deaths', place: 'Gaza' });
  assert.deepEqual(
    rows.map((r) => [r.value, r.source, r.published?.slice(0, 10)]),
    [
      [56000, 'Health officials', '2025-06-27'],
      [56300, 'Gaza health ministry', '2025-06-28'],
    ],
  );
  assert.equal(claims(store, { counts: 'injuries' }).length, 0);
  store.close();
});

test('a store made with schema 1 is upgraded when opened, even for reading', () => {
  const path = tempDb();
  const v1 = new Database(path);
  v1.function('fold', (text: unknown) => text);
  v1.exec(MIGRATIONS[0]);
  v1.pragma('user_version = 1');
  v1.close();
  const reader = new Store(path, { readonly: true });
  assert.equal(reader.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  assert.deepEqual(quotes(reader, { speaker: 'anyone' }), []);
  reader.close();
});

test('a schema 3 store (plain text, deflated JSON extractions) is repacked by migration 4 and reads the same', () => {
  const path = tempDb();
  const v3 = new Database(path);
  v3.function('fold', (text: unknown) => text);
  for (const sql of MIGRATIONS.slice(0, 3)) v3.exec(sql);
  v3.pragma('user_version = 3');
  const original = erdoganArticles()[0];
  original.tokens = [
    { start: 0, end: 7, pos: 'ADJ', tag: 'JJ', head: 2, dep: 'amod' },
    { start: 8, end: 17, tag: 'NNP', head: null, dep: 'root' },
    { start: 18, end: 24 },
  ];
  const { text, tokens, ...rest } = original;
  // the schema 1-3 packing: spans repeating the text as 0, tokens as JSON columns
  const packed = JSON.stringify(
    {
      ...rest,
      tokenColumns: {
        gap: [0, 1, 1],
        len: tokens.map((t) => t.end - t.start),
        pos: ['ADJ', null, null],
        tag: ['JJ', 'NNP', null],
        head: [2, null, 0],
        dep: ['amod', 'root', null],
      },
    },
    (_key, value: { start?: number; end?: number; text?: unknown } | null) =>
      value && typeof value.start === 'number' && value.text === text.slice(value.start, value.end!)
        ? { ...value, text: 0 }
        : value,
  );
  v3.prepare(
    `INSERT INTO articles (id, hash, url, title, text, words, extractor, ingested_at)
     VALUES (1, 'h', ?, ?, ?, 20, 'old', '2025-01-01')`,
  ).run(original.meta.url, original.meta.title, text);
  v3.prepare('INSERT INTO article_fts (rowid, title, text) VALUES (1, ?, ?)').run(original.meta.title, text);
  v3.prepare('INSERT INTO extractions (article_id, schema, data) VALUES (1, ?, ?)').run(
    original.schema,
    deflateRawSync(packed),
  );
  v3.close();
  const reader = new Store(path, { readonly: true });
  assert.equal(reader.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  assert.deepEqual(getArticle(reader, 1)?.contract, original);
  assert.match(searchArticles(reader, 'Ankara')[0].snippet, /\[Ankara\]/);
  reader.close();
});

test('a report joins an event when the participants it names are shared', () => {
  const cluster = { id: 1, day: '2025-06-27', actors: '1', targets: '2' };
  assert.ok(sameEvent([1], [2], cluster));
  assert.ok(sameEvent([1], [], cluster), 'a report that leaves the target out');
  assert.ok(sameEvent([1, 3], [2], cluster), 'one more actor named');
  assert.ok(!sameEvent([3], [2], cluster), 'another actor');
  assert.ok(!sameEvent([1], [4], cluster), 'another target');
  assert.ok(!sameEvent([], [], cluster), 'no participant');
});

test('acronyms link to the one organisation they were seen for, and stay apart when two share one', () => {
  const store = new Store(tempDb());
  // where each local entity was stored: its name and type → [article id, local id]
  const stored: [string, string, number, string][] = [];
  const article = (text: string, entities: [string, string, string[]][]) => {
    const c = contract(text, { published: '2025-06-27' });
    c.entities = entities.map(([name, type, mentions], i) => ({
      id: `e${i + 1}`,
      name,
      type,
      mentions: mentions.map((m) => span(text, m)),
      roles: [],
    }));
    const record = recordFromContract(c);
    store.put(record);
    const articleId = store.find(record.hash, c.meta.url)!.id;
    for (const e of c.entities) stored.push([e.name, e.type, articleId, e.id]);
  };
  article('The National Intelligence Organization (MIT) said the talks went well.', [
    ['National Intelligence Organization', 'ORG', ['National Intelligence Organization', 'MIT']],
  ]);
  article('MIT officials met Hamas.', [['MIT', 'ORG', ['MIT']]]);
  article('Officials from the United States arrived.', [['United States', 'GPE', ['United States']]]);
  article('U.S. envoys arrived.', [['U.S.', 'GPE', ['U.S.']]]);
  const id = (name: string, type: string) =>
    stored
      .filter(([n, t]) => n === name && t === type)
      .map(
        ([, , articleId, local]) =>
          store.db
            .prepare('SELECT entity_id FROM article_entities WHERE article_id = ? AND local_id = ?')
            .pluck()
            .get(articleId, local) as number,
      );
  assert.deepEqual(id('MIT', 'ORG'), id('National Intelligence Organization', 'ORG'));
  assert.deepEqual(id('U.S.', 'GPE'), id('United States', 'GPE'));
  // a second organisation known as MIT: a later bare "MIT" is ambiguous and links to neither
  article('The Massachusetts Institute of Technology (MIT) opened a lab.', [
    ['Massachusetts Institute of Technology', 'ORG', ['Massachusetts Institute of Technology', 'MIT']],
  ]);
  article('MIT researchers said so.', [['MIT researchers', 'ORG', ['MIT researchers']]]);
  article('A statement by MIT followed.', [['MIT ', 'ORG', ['MIT']]]);
  const mit = id('MIT ', 'ORG')[0];
  assert.ok(!id('National Intelligence Organization', 'ORG').includes(mit));
  assert.ok(!id('Massachusetts Institute of Technology', 'ORG').includes(mit));
  store.close();
});

test('a schema 5 store (one row per mention, quote texts, format 2 extractions) is migrated to 6 and reads the same', () => {
  const text =
    'Turkish President Recep Tayyip Erdoğan met Hamas in Ankara. "Ankara will not give up," Erdoğan said.';
  const original = contract(text, { title: 'Erdoğan in Ankara', url: 'https://example.org/a' });
  original.tokens = [
    { start: 0, end: 7, pos: 'ADJ', tag: 'JJ', head: 1, dep: 'amod' },
    { start: 8, end: 17, pos: 'PROPN', tag: 'NNP', head: null, dep: 'root' },
  ];
  original.entities = [
    {
      id: 'e1',
      name: 'Recep Tayyip Erdoğan',
      type: 'PERSON',
      mentions: [span(text, 'Recep Tayyip Erdoğan'), span(text, 'Erdoğan', 1)],
      roles: [],
    },
    {
      id: 'e2',
      name: 'Ankara',
      type: 'GPE',
      mentions: [span(text, 'Ankara'), span(text, 'Ankara', 1)],
      roles: [],
      geo: { lat: 39.92, lon: 32.85, country: 'TR' },
    },
  ];
  original.quotes = [
    {
      id: 'q1',
      kind: 'direct',
      content: span(text, '"Ankara will not give up,"'),
      cue: span(text, 'said'),
      source: span(text, 'Erdoğan', 1),
      speaker: 'e1',
      sourceType: 'person',
    },
  ];
  const path = tempDb();
  const v5 = new Database(path);
  v5.function('fold', (t: unknown) => (typeof t === 'string' ? foldText(t) : null));
  v5.function('pack_text', (t: unknown) => packText(String(t)));
  v5.function('unpack_text', (b: unknown) => unpackText(b as Buffer));
  v5.function('repack_v1', (d: unknown, t: unknown) => repackV1(d as Buffer, String(t)));
  for (const sql of MIGRATIONS.slice(0, 5)) v5.exec(sql);
  v5.pragma('user_version = 5');
  // what schema 5 wrote: format 2 (one brotli stream: token columns, then JSON with spans that
  // repeat the text as 0), a row per mention, quote texts in the quotes table and its index
  const { text: _text, tokens, ...rest } = original;
  const body = new ByteWriter();
  packTokens(tokens, body);
  body.string(
    JSON.stringify(rest, (_key, v: { start?: number; end?: number; text?: unknown } | null) =>
      v && typeof v.start === 'number' && v.text === text.slice(v.start, v.end) ? { ...v, text: 0 } : v,
    ),
  );
  const data = Buffer.concat([Buffer.from([2]), brotliCompressSync(body.finish())]);
  const hash = contentHash(text);
  v5.prepare(
    `INSERT INTO articles (id, hash, url, title, body, words, extractor, ingested_at)
     VALUES (1, ?, ?, ?, ?, 17, 'old', '2025-01-01')`,
  ).run(hash, original.meta.url, original.meta.title, packText(text));
  v5.prepare('INSERT INTO article_fts (rowid, title, text) VALUES (1, ?, ?)').run(original.meta.title, text);
  v5.prepare('INSERT INTO extractions (article_id, schema, data) VALUES (1, ?, ?)').run(
    original.schema,
    data,
  );
  original.entities.forEach((e, i) => {
    v5.prepare('INSERT INTO entities (id, key, name, type) VALUES (?, ?, ?, ?)').run(
      i + 1,
      entityKey(e.name, e.type),
      e.name,
      e.type,
    );
    v5.prepare(
      'INSERT INTO article_entities (article_id, local_id, entity_id, name, type, geo) VALUES (1, ?, ?, ?, ?, ?)',
    ).run(e.id, i + 1, e.name, e.type, e.geo ? JSON.stringify(e.geo) : null);
    for (const m of e.mentions)
      v5.prepare(
        'INSERT INTO mentions (article_id, entity_id, local_id, start, end, text) VALUES (1, ?, ?, ?, ?, ?)',
      ).run(i + 1, e.id, m.start, m.end, m.text);
  });
  const q = original.quotes[0];
  v5.prepare(
    `INSERT INTO quotes (id, article_id, local_id, kind, content, content_start, content_end, cue, cue_start,
     cue_end, source, source_start, source_end, speaker_entity_id, source_type)
     VALUES (1, 1, 'q1', 'direct', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'person')`,
  ).run(
    q.content!.text,
    q.content!.start,
    q.content!.end,
    q.cue!.text,
    q.cue!.start,
    q.cue!.end,
    q.source!.text,
    q.source!.start,
    q.source!.end,
  );
  v5.prepare('INSERT INTO quote_fts (rowid, content, source) VALUES (1, ?, ?)').run(
    q.content!.text,
    q.source!.text,
  );
  v5.close();

  const reader = new Store(path, { readonly: true });
  assert.equal(reader.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  assert.deepEqual(getArticle(reader, 1)?.contract, original);
  assert.deepEqual(reader.find(hash, null), { id: 1, extractor: 'old' });
  const dossier = entityDossier(reader, 'Erdogan')!;
  assert.equal(dossier.entity.mentions, 2);
  assert.deepEqual(dossier.aliases, ['Erdoğan', 'Recep Tayyip Erdoğan']);
  assert.deepEqual(entityDossier(reader, 'Ankara')!.geo, { lat: 39.92, lon: 32.85, country: 'TR' });
  const about = quotes(reader, { about: 'Ankara' });
  assert.deepEqual(
    about.map((r) => [r.speaker, r.source, r.cue, r.content]),
    [['Recep Tayyip Erdoğan', 'Erdoğan', 'said', '"Ankara will not give up,"']],
  );
  assert.equal(quotes(reader, { about: 'give up' }).length, 1, 'the quote index kept its words');
  assert.equal(quotes(reader, { about: 'Hamas' }).length, 0, 'Hamas is not mentioned inside the quote');
  reader.close();
});

/**
 * The streams of a format 5 extraction as formats 3 and 4 held them: the same, but the entities
 * whole in the layers (format 5 gives a name as a mention's index and leaves the geo to the store).
 */
function legacyStreams(data: Uint8Array, original: ArticleJson): Buffer[] {
  const input = new ByteReader(data.subarray(1));
  const dictionaries = [Buffer.from(LAYERS_DICTIONARY), null, Buffer.from(TOKEN_LABELS_DICTIONARY, 'base64')];
  const streams: Buffer[] = [];
  for (let i = 0; i < 5; i++) {
    const block = input.block();
    const dictionary = dictionaries[i];
    streams.push(dictionary ? inflateRawSync(block, { dictionary }) : brotliDecompressSync(block));
  }
  const head = new ByteReader(streams[0]);
  const n = head.uint();
  const labels = head.string();
  const layers = JSON.parse(head.string()) as ArticleJson;
  // (sentences as token runs have no older form: these tests' sentences are no such runs)
  assert.ok(Array.isArray(layers.sentences));
  layers.entities.forEach((e, i) => {
    e.name = original.entities[i].name;
    if (original.entities[i].geo) e.geo = original.entities[i].geo;
  });
  const out = new ByteWriter();
  out.uint(n);
  out.string(labels);
  out.string(JSON.stringify(layers));
  streams[0] = Buffer.from(out.finish());
  return streams;
}

/** An extraction packed as format 3 (every stream brotli) or 4 (streams 1 and 3 deflated with a dictionary). */
function legacyFormat(format: 3 | 4, data: Uint8Array, original: ArticleJson): Buffer {
  const dictionaries = [Buffer.from(LAYERS_DICTIONARY), null, Buffer.from(TOKEN_LABELS_DICTIONARY, 'base64')];
  const out = new ByteWriter();
  legacyStreams(data, original).forEach((stream, i) => {
    const dictionary = format === 4 ? dictionaries[i] : null;
    out.block(dictionary ? deflateRawSync(stream, { level: 9, dictionary }) : brotliCompressSync(stream));
  });
  return Buffer.concat([Buffer.from([format]), out.finish()]);
}

test('a schema 6 store (format 3 extractions) is repacked by migrations 7-8 and reads the same', () => {
  const path = tempDb();
  const store = new Store(path);
  const original = erdoganArticles()[0];
  original.tokens = [
    { start: 0, end: 7, pos: 'ADJ', tag: 'JJ', head: 1, dep: 'amod' },
    { start: 8, end: 17, pos: 'PROPN', head: null, dep: 'root' },
    { start: 18, end: 23 },
  ];
  store.put(recordFromContract(original));
  const before = store.db
    .prepare('SELECT a.body, x.data FROM articles a JOIN extractions x ON x.article_id = a.id')
    .get() as {
    body: Buffer;
    data: Buffer;
  };
  assert.equal(before.data[0], 6, 'written as format 6');
  // what schema 6 wrote: format 3, every stream brotli
  const data3 = legacyFormat(3, before.data, original);
  assert.deepEqual(unpackExtraction(data3, original.text), original, 'format 3 is still read');
  store.db.prepare('UPDATE extractions SET data = ?').run(data3);
  asSchema8(store.db);
  store.db.pragma('user_version = 6');
  store.close();

  const reader = new Store(path, { readonly: true });
  assert.equal(reader.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  const after = reader.db
    .prepare('SELECT a.body, x.data FROM articles a JOIN extractions x ON x.article_id = a.id')
    .get() as {
    body: Buffer;
    data: Buffer;
  };
  assert.equal(after.data[0], 6, 'repacked as format 6');
  assert.ok(after.data.length < data3.length, `${after.data.length} bytes, format 3 ${data3.length}`);
  assert.equal(unpackText(after.body), original.text);
  assert.deepEqual(getArticle(reader, 1)?.contract, original);
  assert.equal(searchArticles(reader, 'liberation').length, 1);
  assert.equal(quotes(reader, { about: 'death toll' }).length, 1, 'the quote index is rebuilt');
  assert.equal(quotes(reader, { speaker: 'health officials' }).length, 1);
  reader.close();
});

/**
 * Puts back what schemas 6 to 8 had where later ones differ: one quote index of both columns,
 * the article index with the title first, and the labels in the rows (no names table).
 */
function asSchema8(db: Database.Database): void {
  db.exec(`DROP TABLE quote_content_fts; DROP TABLE quote_source_fts;
    CREATE VIRTUAL TABLE quote_fts USING fts5(content, source, content = '', columnsize = 0,
      tokenize = "unicode61 remove_diacritics 2");
    INSERT INTO quote_fts (rowid, content, source)
      SELECT q.id, span_text(a.body, q.content_start, q.content_end, q.content),
        span_text(a.body, q.source_start, q.source_end, q.source)
      FROM quotes q JOIN articles a ON a.id = q.article_id;
    DROP TABLE article_fts;
    CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content = 'article_texts', content_rowid = 'id',
      tokenize = "unicode61 remove_diacritics 2");
    INSERT INTO article_fts (article_fts) VALUES ('rebuild');
    UPDATE quotes SET kind = (SELECT name FROM names WHERE id = kind),
      source_type = (SELECT name FROM names WHERE id = source_type);
    UPDATE events SET modality = (SELECT name FROM names WHERE id = modality);
    DROP TABLE names;`);
}

/** The first Erdoğan report with a placed entity and a name no mention has. */
function placedArticle(): ArticleJson {
  const original = erdoganArticles()[0];
  original.entities[0].geo = { lat: 39.93, lon: 32.86, country: 'TR', name: 'Ankara' };
  original.entities[1].name = 'a name no mention has';
  return original;
}

test('formats 5-6: a name is a mention index, a geo is read from the store, and the record comes back whole', () => {
  const original = placedArticle();
  // a name that is not a string (not a valid record, but it must come back as it was)
  const odd = {
    ...original,
    entities: [...original.entities, { id: 'e9', name: 42, type: 'MISC', mentions: [], roles: [] }],
  };
  const oddData = packExtraction(odd as unknown as ArticleJson);
  const oddGeos = new Map([['e1', JSON.stringify(original.entities[0].geo)]]);
  assert.deepEqual(
    unpackExtraction(oddData, original.text, true, (id) => oddGeos.get(id)),
    odd,
  );
  const data = recordFromContract(original).data;
  assert.equal(data[0], 6);
  const layers = new ByteReader(
    inflateRawSync(new ByteReader(data.subarray(1)).block(), { dictionary: Buffer.from(LAYERS_DICTIONARY) }),
  );
  layers.uint();
  layers.string();
  const entities = (JSON.parse(layers.string()) as ArticleJson).entities;
  assert.equal(typeof entities[0].name, 'number', 'a name that is a mention text is its index');
  assert.equal(entities[0].geo as unknown, 1, 'the geo is left to the store');
  assert.equal(entities[1].name, 'a name no mention has');
  const geos = new Map([['e1', JSON.stringify(original.entities[0].geo)]]);
  assert.deepEqual(
    unpackExtraction(data, original.text, true, (id) => geos.get(id)),
    original,
  );
  assert.throws(() => unpackExtraction(data, original.text), /lost its place/, 'refused without the store');

  const path = tempDb();
  const store = new Store(path);
  store.put(recordFromContract(original));
  store.close();
  const reader = new Store(path, { readonly: true });
  assert.deepEqual(getArticle(reader, 1)?.contract, original);
  assert.deepEqual(getArticle(reader, 1, { tokens: false })?.contract, { ...original, tokens: [] });
  reader.close();
});

test('a schema 7 store (format 4 extractions) is repacked by migration 8, and migrations 9-11 read the same', () => {
  const path = tempDb();
  const store = new Store(path);
  const original = placedArticle();
  store.put(recordFromContract(original));
  const before = store.db.prepare('SELECT data FROM extractions').pluck().get() as Buffer;
  const data4 = legacyFormat(4, before, original);
  assert.deepEqual(unpackExtraction(data4, original.text), original, 'format 4 is still read');
  store.db.prepare('UPDATE extractions SET data = ?').run(data4);
  asSchema8(store.db);
  store.db.pragma('user_version = 7');
  store.close();

  const reader = new Store(path, { readonly: true });
  assert.equal(reader.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  const after = reader.db.prepare('SELECT data FROM extractions').pluck().get() as Buffer;
  assert.equal(after[0], 6, 'repacked as format 6');
  assert.ok(after.length < data4.length, `${after.length} bytes, format 4 ${data4.length}`);
  assert.deepEqual(getArticle(reader, 1)?.contract, original);
  assert.deepEqual(
    quotes(reader, { speaker: 'health officials' }).map((q) => [q.kind, q.sourceType]),
    [['indirect', 'officials']],
    'labels read through names',
  );
  assert.equal(searchArticles(reader, 'liberation').length, 1);
  reader.close();
});

test('format 4 packs the layers smaller than brotli alone and reads back every field', () => {
  const original = erdoganArticles()[1];
  const data = recordFromContract(original).data;
  const block = new ByteReader(data.subarray(1)).block();
  const layers = inflateRawSync(block, { dictionary: Buffer.from(LAYERS_DICTIONARY) });
  const alone = brotliCompressSync(layers, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  assert.ok(block.length < alone.length * 0.8, `${block.length} bytes, brotli alone ${alone.length}`);
  assert.deepEqual(unpackExtraction(data, original.text), original);
  assert.deepEqual(unpackExtraction(data, original.text, false), { ...original, tokens: [] });
});

test('quotes about a phrase ("U.S.") match it as the full index did; words of one token, prefixes and sources too', () => {
  const text =
    'Aides said "the U.S. will act." A diplomat said "s and u, so be it." ' +
    'U.S. officials said "economic ties matter." Critics said "Şahin’s plan fails."';
  const a = contract(text, { title: 'Phrases' });
  const quote = (id: string, content: string, source: string) => ({
    id,
    kind: 'direct' as const,
    content: span(text, content),
    cue: null,
    source: span(text, source),
    speaker: null,
    sourceType: 'other',
  });
  a.quotes = [
    quote('q1', 'the U.S. will act.', 'Aides'),
    quote('q2', 's and u, so be it.', 'A diplomat'),
    quote('q3', 'economic ties matter.', 'U.S. officials'),
    quote('q4', 'Şahin’s plan fails.', 'Critics'),
  ];
  const store = new Store(tempDb());
  store.put(recordFromContract(a));
  const about = (words: string) => quotes(store, { about: words }).map((q) => q.content);
  // "U.S." is the tokens u, s in a row: q2 holds both, not in a row
  assert.deepEqual(about('U.S.'), ['the U.S. will act.']);
  assert.deepEqual(about('u.s. act'), ['the U.S. will act.']);
  assert.deepEqual(about('U.S. ties'), []);
  assert.deepEqual(about('Sahin’s'), ['Şahin’s plan fails.'], 'diacritics folded inside a phrase');
  assert.deepEqual(about('econ*'), ['economic ties matter.']);
  assert.deepEqual(about('be it'), ['s and u, so be it.']);
  assert.deepEqual(
    about('u s'),
    ['the U.S. will act.', 's and u, so be it.'],
    'two words need not be in a row',
  );
  assert.deepEqual(
    quotes(store, { speaker: 'U.S.' }).map((q) => q.source),
    ['U.S. officials'],
    'sources are matched apart from contents',
  );
  assert.deepEqual(quotes(store, { speaker: 'officials', about: 'economic' }).length, 1);
  store.close();
});

test('format 6: sentences that are runs of tokens are kept as token counts and read back, with or without tokens', () => {
  const text = 'Talks resumed. Envoys met in Geneva. ';
  const original = contract(text, { title: 'Runs' });
  const words = [...text.matchAll(/\w+|\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  original.tokens = words.map((w, i) => ({ ...w, pos: 'X', head: i === 0 ? null : 0, dep: 'dep' }));
  original.sentences = [
    { start: 0, end: 14 },
    { start: 15, end: 36 },
  ];
  const data = packExtraction(original);
  const head = new ByteReader(
    inflateRawSync(new ByteReader(data.subarray(1)).block(), { dictionary: Buffer.from(LAYERS_DICTIONARY) }),
  );
  head.uint();
  head.string();
  assert.deepEqual((JSON.parse(head.string()) as { sentences: unknown }).sentences, { t: [0, 3, 0, 5] });
  assert.deepEqual(unpackExtraction(data, text), original);
  assert.deepEqual(unpackExtraction(data, text, false), { ...original, tokens: [] });
  // a sentence that does not start at a token stays as it was
  const odd = { ...original, sentences: [{ start: 1, end: 14 }] };
  assert.deepEqual(unpackExtraction(packExtraction(odd), text), odd);
});
