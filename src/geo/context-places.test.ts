import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../doc/article.js';
import type { EntityJson } from '../doc/contract.js';
import { makeDoc } from '../pipeline/pipeline.js';
import { articleRegions } from './article-regions.js';
import { contextPlaces } from './context-places.js';
import { loadGazetteer } from './load-gazetteer.js';
import { notAPlace, organizationOrClause, surnames } from './not-a-place.js';

/** A Doc of `text` with the given entities (type, name, mention texts found in order). */
function docWith(text: string, entities: [string, string, string[]][]) {
  const doc = makeDoc(makeArticle(text));
  let from = 0;
  doc.layers.entities = entities.map(([type, name, mentions], k): EntityJson => ({
    id: `e${k}`,
    type,
    name,
    roles: [],
    mentions: mentions.map((m) => {
      const start = text.indexOf(m, type === 'GPE' ? 0 : from);
      from = start + m.length;
      return { start, end: start + m.length, text: m };
    }),
  }));
  return doc;
}

test('a town of the article state that the recognizer typed as a person or organization is a place', () => {
  const gazetteer = loadGazetteer();
  const text = 'Greer, in South Carolina, grows. Downtown Greer is busy and Greer Station draws visitors.';
  const doc = docWith(text, [
    ['GPE', 'South Carolina', ['South Carolina']],
    ['PERSON', 'Downtown Greer', ['Greer', 'Downtown Greer']],
  ]);
  const regions = articleRegions(gazetteer, ['South Carolina']);
  assert.deepEqual(
    contextPlaces(doc, gazetteer, regions).map((p) => p.text),
    ['Greer'],
  );
});

test('a person named with more words keeps the surname; a town of another state is left alone', () => {
  const gazetteer = loadGazetteer();
  const text = 'Trent Polk said the dealership grew. Polk added that Greer was right.';
  const doc = docWith(text, [
    ['PERSON', 'Trent Polk', ['Trent Polk', 'Polk']],
    ['PERSON', 'Greer', ['Greer']],
  ]);
  // an Ohio story: Greer, South Carolina is not one of its towns
  const regions = articleRegions(gazetteer, ['Ohio', 'Columbus']);
  assert.deepEqual(contextPlaces(doc, gazetteer, regions), []);
});

test('initials, the head of an "of" name, a surname, a building and an unknown word are not places', () => {
  const gazetteer = loadGazetteer();
  const text =
    'COLUMBUS, Ohio (AP) -- a professor at the University of Rochester saw Tyrise M. Bell at the White House. Officers shot Bell in Columbus from a Mazda with an Egyptian.';
  const doc = docWith(text, [['ORG', 'Tyrise M. Bell', ['Tyrise M. Bell']]]);
  const people = surnames(doc.layers.entities as EntityJson[]);
  const at = (word: string, from = 0): [number, number] => {
    const start = text.indexOf(word, from);
    return [start, start + word.length];
  };
  const no = (span: [number, number]): boolean => notAPlace(doc, gazetteer, span[0], span[1], people);
  assert.ok(no(at('AP')));
  assert.ok(no(at('University')));
  assert.ok(no(at('Bell', text.indexOf('shot'))));
  assert.ok(no(at('White House')));
  assert.ok(no(at('Mazda')));
  assert.ok(!no(at('Egyptian')));
  assert.ok(!no(at('Columbus', 20)));
  assert.ok(!no(at('Ohio')));
});

test('several unknown words that read as an organization or a clause are not a place; known names are', () => {
  const gazetteer = loadGazetteer();
  for (const name of [
    'City Hall',
    'Cook Children’s Medical',
    'Of course, the hurdles',
    'Arab Champions League',
  ])
    assert.ok(organizationOrClause(gazetteer, name), name);
  for (const name of ['Grand Prairie', 'Lake Vermont', 'Bay of Islands', 'Mexico City'])
    assert.ok(!organizationOrClause(gazetteer, name), name);
});
