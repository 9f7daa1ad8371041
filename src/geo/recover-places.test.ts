import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from './load-gazetteer.js';
import { recoverPlaces } from './recover-places.js';

const recovered = (text: string): [string, string][] =>
  recoverPlaces(text, loadGazetteer()).map((p) => [p.text, p.key]);

test('states, the town before a state or country, and datelines', () => {
  assert.deepEqual(recovered('Sioux Falls, S.D. and Surprise, Ariz., were picked.'), [
    ['Sioux Falls', 'sioux falls'],
    ['S.D.', 'south dakota'],
    ['Surprise', 'surprise'],
    ['Ariz.', 'arizona'],
  ]);
  assert.deepEqual(recovered('Her sister, Kalena Horhn of Grand Prairie, Texas, said so.'), [
    ['Grand Prairie', 'grand prairie'],
    ['Texas', 'texas'],
  ]);
  assert.deepEqual(recovered('a relationship with Nanjing, China. The issue'), [
    ['Nanjing', 'nanjing'],
    ['China', 'china'],
  ]);
  assert.deepEqual(recovered('Gannett March 24, 2009 MANSFIELD -- Mansfield Mayor Curtis McCoy wants'), [
    ['MANSFIELD', 'mansfield'],
  ]);
});

test('a lawmaker party and state has no town; lists of names are not places', () => {
  assert.deepEqual(recovered('said Sen. Byron Dorgan, D-N.D., on Monday'), [['N.D.', 'north dakota']]);
  assert.deepEqual(recovered('From left are Bobby Cecil, Mary Loveless, Chili Supper chairperson.'), []);
  assert.deepEqual(recovered('Coach Matt Shaul, C.J. McArthur, Chad Foster, Mike Barber.'), []);
  assert.deepEqual(recovered('UPDATE: the meeting was moved.'), []);
});
