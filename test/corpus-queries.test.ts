import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { recordFromContract } from '../src/corpus/article-record.js';
import { findEntities } from '../src/corpus/find-entity.js';
import { exportCsv } from '../src/corpus/export-csv.js';
import { claims } from '../src/corpus/query-claims.js';
import { listEntities } from '../src/corpus/query-entities.js';
import { corpusOverview } from '../src/corpus/query-overview.js';
import { quotes } from '../src/corpus/query-quotes.js';
import { searchArticles } from '../src/corpus/query-search.js';
import { Store } from '../src/corpus/store.js';
import type { ArticleJson } from '../src/doc/contract.js';
import { contract, erdoganArticles, span } from './corpus-fixtures.js';
import { tempDirs } from '../src/testing/temp-dirs.js';

const tempDir = tempDirs('corpus-queries');

/** A store holding these articles (open; the caller closes it). */
function storeOf(articles: ArticleJson[]): Store {
  const store = new Store(join(tempDir(), 'corpus.db'));
  store.putMany(articles.map((a) => recordFromContract(a)));
  return store;
}

/** One article with a death toll in each of these places, each place named beside its number. */
function tolls(places: [string, number][]): ArticleJson {
  const text = places.map(([place, n]) => `In ${place}, ${n} people died.`).join(' ');
  const a = contract(text, { title: 'Floods', outlet: 'Wire', published: '2025-03-01' });
  a.entities = places.map(([place], i) => ({
    id: `e${i + 1}`,
    name: place,
    type: 'GPE',
    mentions: [span(text, place)],
    roles: [],
  }));
  a.quantities = places.map(([, n]) => ({ ...span(text, `${n} people`), value: n, counts: 'deaths' }));
  return a;
}

test('claims by place match the place named, not names that hold its letters', () => {
  const store = storeOf([
    tolls([
      ['Russia', 11],
      ['US', 12],
      ['Romania', 13],
      ['Oman', 14],
      ['Gaza Strip', 15],
      ['Ukraine', 16],
    ]),
  ]);
  const values = (place: string) => claims(store, { place }).map((r) => r.value);
  // 'US' found Russia's toll (and Australia's, Brussels'...), 'Oman' Romania's
  assert.deepEqual(values('US'), [12]);
  assert.deepEqual(values('Oman'), [14]);
  assert.deepEqual(values('Russia'), [11]);
  // a place's words still find a longer name that holds them, diacritics and case folded
  assert.deepEqual(values('gaza'), [15]);
  assert.deepEqual(values('Gaza Strip'), [15]);
  store.close();
});

test('a name that is no entity finds the entities whose names hold its words, not its letters', () => {
  const text = 'In Romania, 3 people died. In Ukraine, Kim Jong Un met Jeff Waldman.';
  const a = contract(text, { title: 'Visit', outlet: 'Wire', published: '2025-03-02' });
  a.entities = [
    { id: 'e1', name: 'Romania', type: 'GPE', mentions: [span(text, 'Romania')], roles: [] },
    { id: 'e2', name: 'Ukraine', type: 'GPE', mentions: [span(text, 'Ukraine')], roles: [] },
    { id: 'e3', name: 'Kim Jong Un', type: 'PERSON', mentions: [span(text, 'Kim Jong Un')], roles: [] },
    { id: 'e4', name: 'Jeff Waldman', type: 'PERSON', mentions: [span(text, 'Jeff Waldman')], roles: [] },
  ];
  a.quantities = [{ ...span(text, '3 people'), value: 3, counts: 'deaths' }];
  const store = storeOf([a]);
  const names = (name: string) => findEntities(store, name).map((e) => e.name);
  // 'Oman' was Romania, 'UK' Ukraine, 'ff' Jeff Waldman: every filter (claims --place, timeline
  // --entity, quotes --speaker) then took that entity for the one asked
  assert.deepEqual(names('Oman'), []);
  assert.deepEqual(names('UK'), []);
  assert.deepEqual(names('ff'), []);
  assert.deepEqual(claims(store, { place: 'Oman' }), []);
  // the words of a name still find it
  assert.deepEqual(names('Jong Un'), ['Kim Jong Un']);
  assert.deepEqual(names('Waldman'), ['Jeff Waldman']);
  assert.deepEqual(names('jeff'), ['Jeff Waldman']);
  store.close();
});

test('claims by counted thing match its words, not words that hold its letters', () => {
  const counted = [
    'men',
    'women',
    'investment',
    'cars',
    'Oscars',
    'cards',
    'skilled workers',
    'people killed',
    'sale',
    'sales',
  ];
  const text = counted.map((c, i) => `There were ${i + 1} ${c}.`).join(' ');
  const a = contract(text, { title: 'Numbers', outlet: 'Wire', published: '2025-03-03' });
  a.quantities = counted.map((c, i) => ({ ...span(text, `${i + 1} ${c}`), value: i + 1, counts: c }));
  const store = storeOf([a]);
  const found = (counts: string) => claims(store, { counts }).map((r) => r.counts);
  // 'men' found women, investment; 'cars' Oscars and cards; 'deaths' skilled workers ('killed')
  assert.deepEqual(found('men'), ['men']);
  assert.deepEqual(found('cars'), ['cars']);
  assert.deepEqual(found('deaths'), ['people killed']);
  // singular and plural agree; a word of a longer name still finds it
  assert.deepEqual(found('sales'), ['sale', 'sales']);
  assert.deepEqual(found('sale'), ['sale', 'sales']);
  assert.deepEqual(found('workers'), ['skilled workers']);
  store.close();
});

test('the overview counts the articles an entity is in, not its entries in them', () => {
  // the extraction left two entries for one place (as it does when coreference splits a name):
  // both link to one corpus entity, which is in one article
  const text = 'Shelling hit Gaza on Monday. Aid reached Gaza on Tuesday.';
  const a = contract(text, { title: 'Gaza', outlet: 'Wire', published: '2025-03-04' });
  a.entities = [
    { id: 'e1', name: 'Gaza', type: 'GPE', mentions: [span(text, 'Gaza')], roles: [] },
    { id: 'e2', name: 'Gaza', type: 'GPE', mentions: [span(text, 'Gaza', 1)], roles: [] },
  ];
  const store = storeOf([a]);
  const [top] = corpusOverview(store).entities;
  assert.equal(top.name, 'Gaza');
  // stats said 2 articles where the entity list and the dossier said 1
  assert.equal(top.articles, 1);
  assert.equal(listEntities(store, { name: 'Gaza' })[0].articles, 1);
  store.close();
});

test("a quote's kind and source type, an event's modality and an article's extractor are stored as ids of one or two digits", () => {
  const store = storeOf(erdoganArticles());
  const stored = store.db
    .prepare(
      `SELECT kind AS v FROM quotes UNION ALL SELECT source_type FROM quotes UNION ALL SELECT modality FROM events
         UNION ALL SELECT extractor FROM articles`,
    )
    .pluck()
    .all() as unknown[];
  assert.ok(stored.length > 0);
  // a JS number bound to these text columns was stored as '3.0'
  for (const v of stored) assert.match(String(v), /^\d{1,2}$/);
  assert.deepEqual(
    quotes(store, {}).map((q) => [q.kind, q.sourceType]),
    [
      ['indirect', 'officials'],
      ['direct', 'person'],
      ['indirect', 'organization'],
    ],
  );
  store.close();
});

test('a claimed number points at its characters in the article (query and CSV export)', () => {
  // the same number twice in one article: the rows were identical and said neither where
  const text = 'In Lima, 7 people died on Monday. In Lima, 7 people died again on Friday.';
  const a = contract(text, { title: 'Lima', outlet: 'Wire', published: '2025-03-06' });
  a.entities = [
    { id: 'e1', name: 'Lima', type: 'GPE', mentions: [span(text, 'Lima'), span(text, 'Lima', 1)], roles: [] },
  ];
  a.quantities = [0, 1].map((nth) => ({ ...span(text, '7 people', nth), value: 7, counts: 'deaths' }));
  const store = storeOf([a]);
  const rows = claims(store, { counts: 'deaths' });
  assert.deepEqual(
    rows.map((r) => [r.start, r.end]),
    [0, 1].map((nth) => [span(text, '7 people', nth).start, span(text, '7 people', nth).end]),
  );
  for (const r of rows) assert.equal(text.slice(r.start, r.end), r.text);
  const dir = tempDir();
  exportCsv(store, dir);
  const [header, ...lines] = readFileSync(join(dir, 'claims.csv'), 'utf8').trim().split('\r\n');
  const col = header.split(',');
  assert.deepEqual(
    lines.map((l) => [l.split(',')[col.indexOf('start')], l.split(',')[col.indexOf('end')]]),
    rows.map((r) => [String(r.start), String(r.end)]),
  );
  store.close();
});

test('a hyphenated word is searched as one phrase, in articles and in quotes', () => {
  const t1 = 'T-Mobile raised its prices, its chief said: "Sales grew year-on-year."';
  const t2 = 'Mobile phone sales rose this year, T. Smith said: "We relied on the year end."';
  const a1 = contract(t1, { title: 'Prices', outlet: 'Wire', published: '2025-03-08' });
  const a2 = contract(t2, { title: 'Phones', outlet: 'Wire', published: '2025-03-09' });
  a1.quotes = [
    {
      id: 'q1',
      kind: 'direct',
      content: span(t1, 'Sales grew year-on-year.'),
      cue: span(t1, 'said'),
      source: span(t1, 'its chief'),
      speaker: null,
      sourceType: 'person',
    },
  ];
  a2.quotes = [
    {
      id: 'q1',
      kind: 'direct',
      content: span(t2, 'We relied on the year end.'),
      cue: span(t2, 'said'),
      source: span(t2, 'T. Smith'),
      speaker: null,
      sourceType: 'person',
    },
  ];
  const store = storeOf([a1, a2]);
  // every word anywhere: 'T-Mobile' found the article with 'Mobile' and 'T.', 'year-on-year' every
  // article with 'year' and 'on' (BBC News: 36 and 1,037 hits where the phrases are in 9 and 14)
  assert.deepEqual(
    searchArticles(store, 'T-Mobile').map((h) => h.title),
    ['Prices'],
  );
  assert.deepEqual(
    searchArticles(store, 'year-on-year').map((h) => h.title),
    ['Prices'],
  );
  assert.deepEqual(
    quotes(store, { about: 'year-on-year' }).map((q) => q.title),
    ['Prices'],
  );
  // a prefix still ends a hyphenated word
  assert.deepEqual(
    searchArticles(store, 'T-Mob*').map((h) => h.title),
    ['Prices'],
  );
  store.close();
});

test('words in double quotes are searched as one phrase, in articles and in quotes', () => {
  const t1 = 'The president warned of fire and fury, an aide said: "There will be fire and fury."';
  const t2 =
    'Fury grew as fire crews and police arrived, a witness said: "The fire spread and fury followed."';
  const a1 = contract(t1, { title: 'Warning', outlet: 'Wire', published: '2025-03-10' });
  const a2 = contract(t2, { title: 'Blaze', outlet: 'Wire', published: '2025-03-11' });
  a1.quotes = [
    {
      id: 'q1',
      kind: 'direct',
      content: span(t1, 'There will be fire and fury.'),
      cue: span(t1, 'said'),
      source: span(t1, 'an aide'),
      speaker: null,
      sourceType: 'person',
    },
  ];
  a2.quotes = [
    {
      id: 'q1',
      kind: 'direct',
      content: span(t2, 'The fire spread and fury followed.'),
      cue: span(t2, 'said'),
      source: span(t2, 'a witness'),
      speaker: null,
      sourceType: 'person',
    },
  ];
  const store = storeOf([a1, a2]);
  const titles = (q: string) =>
    searchArticles(store, q)
      .map((h) => h.title)
      .sort();
  // the quotes were dropped and the words taken one by one
  assert.deepEqual(titles('"fire and fury"'), ['Warning']);
  assert.deepEqual(
    quotes(store, { about: '"fire and fury"' }).map((q) => q.title),
    ['Warning'],
  );
  // without quotes every word may be anywhere; a quote left open is no phrase
  assert.deepEqual(titles('fire and fury'), ['Blaze', 'Warning']);
  assert.deepEqual(titles('"fire and fury'), ['Blaze', 'Warning']);
  assert.deepEqual(titles('president "fire and fury"'), ['Warning']);
  store.close();
});
