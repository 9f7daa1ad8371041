import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { recordFromContract } from '../src/corpus/article-record.js';
import { claims } from '../src/corpus/query-claims.js';
import { Store } from '../src/corpus/store.js';
import type { ArticleJson } from '../src/doc/contract.js';
import { contract, span } from './corpus-fixtures.js';
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
