import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stateAbbreviations } from './state-abbreviations.js';

const states = (text: string): [string, string][] => stateAbbreviations(text).map((s) => [s.text, s.state]);

test('a state abbreviation after a town and a comma, after a party letter, and D.C. anywhere', () => {
  assert.deepEqual(states('Louisville, Ky., New Haven, Conn. and Sioux Falls, S.D. were picked.'), [
    ['Ky.', 'Kentucky'],
    ['Conn.', 'Connecticut'],
    ['S.D.', 'South Dakota'],
  ]);
  assert.deepEqual(states('Sen. Byron Dorgan, D-N.D., asked; Rep. Jim Clyburn, D-S.C., agreed.'), [
    ['N.D.', 'North Dakota'],
    ['S.C.', 'South Carolina'],
  ]);
  assert.deepEqual(states('He biked from Norman, Okla. to D.C. last week.'), [
    ['Okla.', 'Oklahoma'],
    ['D.C.', 'D.C.'],
  ]);
  assert.deepEqual(states('The trip ends in Charleston, W.Va.'), [['W.Va.', 'West Virginia']]);
});

test('the same letters elsewhere are words, not states', () => {
  for (const text of [
    'Miss. Daisy sang.',
    'He ran as an Ind. candidate.',
    'La. Paz is far.',
    'Go to Mass. today',
  ])
    assert.deepEqual(states(text), [], text);
});
