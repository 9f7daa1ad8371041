import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../doc/article.js';
import type { EntityJson } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import { makeDoc } from '../pipeline/pipeline.js';
import { geocodeComponent } from './geocode-component.js';

/** A Doc of `text` with the given entities (name, type, mention texts in order of appearance), geocoded. */
function geocoded(text: string, given: [string, string, string[]][]): Doc {
  const doc = makeDoc(makeArticle(text, { url: null }));
  const entities: EntityJson[] = given.map(([name, type, texts], k) => ({
    id: `e${k + 1}`,
    name,
    type,
    roles: [],
    mentions: texts.map((t) => {
      const start = text.indexOf(t);
      assert.ok(start >= 0, t);
      return { start, end: start + t.length, text: t };
    }),
  }));
  doc.layers.entities = entities;
  doc.layers.entityOfToken = new Int32Array(doc.length).fill(-1);
  geocodeComponent.apply(doc);
  return doc;
}

const TEXT =
  'LOUISVILLE, Ky. -- Police in Louisville said Mazda recalled cars. West Virginia Democratic leaders met. ' +
  'Police shot Bell near the park. Jeffrey Bell was shot.';

test('the geocode step writes the geoparser decisions into the entities', () => {
  const doc = geocoded(TEXT, [
    ['Louisville', 'ORG', ['Louisville']],
    ['Mazda', 'GPE', ['Mazda']],
    ['West Virginia Democratic', 'GPE', ['West Virginia Democratic']],
    ['Bell', 'GPE', ['Bell']],
    ['Jeffrey Bell', 'PERSON', ['Jeffrey Bell']],
  ]);
  const entities = doc.layers.entities as EntityJson[];
  const byText = (t: string): EntityJson[] => entities.filter((e) => e.mentions.some((m) => m.text === t));
  // the dateline and the town typed as an organization are one geocoded place
  const [louisville] = byText('LOUISVILLE');
  assert.equal(louisville.type, 'GPE');
  assert.deepEqual(
    louisville.mentions.map((m) => m.text),
    ['LOUISVILLE', 'Louisville'],
  );
  assert.equal(louisville.geo?.country, 'US');
  assert.ok(Math.abs(louisville.geo!.lat - 38.25) < 0.5, String(louisville.geo?.lat));
  assert.ok(!entities.some((e) => e.type === 'ORG'), 'the organization that was the town is gone');
  // the state abbreviation is the state
  const [ky] = byText('Ky.');
  assert.equal(ky.type, 'GPE');
  assert.equal(ky.name, 'Kentucky');
  assert.equal(ky.geo?.country, 'US');
  // a span that runs past the place is cut back to it
  assert.deepEqual(byText('West Virginia Democratic'), []);
  const [wv] = byText('West Virginia');
  assert.equal(wv.geo?.country, 'US');
  // a brand and a person's surname are no places
  const [mazda] = byText('Mazda');
  assert.notEqual(mazda.type, 'GPE');
  assert.equal(mazda.geo, undefined);
  const [bell] = byText('Bell');
  assert.equal(bell.type, 'PERSON');
  assert.equal(bell.geo, undefined);
  // every span belongs to one entity, ids are unique
  const spans = entities.flatMap((e) => e.mentions.map((m) => `${m.start}-${m.end}`));
  assert.equal(new Set(spans).size, spans.length);
  assert.equal(new Set(entities.map((e) => e.id)).size, entities.length);
  // the token index follows the new entity list
  const tokens = doc.layers.entityOfToken as Int32Array;
  assert.equal(entities[tokens[doc.tokenAt(TEXT.indexOf('Louisville'))]], louisville);
  assert.equal(entities[tokens[doc.tokenAt(TEXT.indexOf('Bell'))]], bell);
});

test('an article whose places are all the recognizer\u2019s is left as it is', () => {
  const text = 'Ankara and Gaza were named.';
  const entities = geocoded(text, [
    ['Ankara', 'GPE', ['Ankara']],
    ['Gaza', 'GPE', ['Gaza']],
  ]).layers.entities as EntityJson[];
  assert.deepEqual(
    entities.map((e) => [e.id, e.name, e.geo?.country]),
    [
      ['e1', 'Ankara', 'TR'],
      ['e2', 'Gaza', 'PS'],
    ],
  );
});
