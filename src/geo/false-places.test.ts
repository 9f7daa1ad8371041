import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityJson } from '../doc/contract.js';
import { geocodedAt } from './geocoded-for-tests.js';

const BBC = 'https://www.bbc.co.uk/news/business-1';

const geocoded = geocodedAt;

const placesNamed = (entities: EntityJson[], text: string): EntityJson[] =>
  entities.filter((e) => (e.type === 'GPE' || e.type === 'LOC') && e.mentions.some((m) => m.text === text));

test('a town is not cut out of a longer name it heads with a street word ("Wall Street Journal")', () => {
  const entities = geocoded('Reports in the Wall Street Journal said the firm in London may bid.', BBC, [
    ['Wall Street Journal', 'GPE', ['Wall Street Journal']],
    ['London', 'GPE', ['London']],
  ]);
  assert.deepEqual(placesNamed(entities, 'Wall'), []);
  assert.ok(!entities.some((e) => e.geo?.name === 'Wall'), 'no entity resolves to Wall');
  // the span that runs past a state is still cut back to it
  const cut = geocoded('West Virginia Democratic leaders met in Charleston.', null, [
    ['West Virginia Democratic', 'GPE', ['West Virginia Democratic']],
    ['Charleston', 'GPE', ['Charleston']],
  ]);
  assert.equal(placesNamed(cut, 'West Virginia')[0]?.geo?.country, 'US');
});

test('a compass word before a region of another country is not that region ("the West Midlands" is not in Zimbabwe)', () => {
  const entities = geocoded(
    'Mines across Derbyshire, Yorkshire, the West Midlands and Durham will close, London said.',
    BBC,
    [
      ['Derbyshire', 'GPE', ['Derbyshire']],
      ['Yorkshire', 'GPE', ['Yorkshire']],
      ['West Midlands', 'GPE', ['West Midlands']],
      ['London', 'GPE', ['London']],
    ],
  );
  assert.ok(!entities.some((e) => e.geo?.country === 'ZW'), 'no place in Zimbabwe');
  assert.deepEqual(placesNamed(entities, 'Midlands'), []);
  // a US article's "Northeast Georgia" is still the state
  const us = geocoded('Storms hit Northeast Georgia and Atlanta, Georgia, on Monday.', null, [
    ['Northeast Georgia', 'GPE', ['Northeast Georgia']],
    ['Atlanta', 'GPE', ['Atlanta']],
    ['Georgia', 'GPE', ['Georgia']],
  ]);
  assert.ok(
    us.some((e) => e.geo?.country === 'US' && e.mentions.some((m) => m.text === 'Georgia' && m.start === 21)),
    'the state after the compass word',
  );
});

test('a one-word organization named like a hamlet stays an organization ("Sundance", "Tata", "Agency")', () => {
  const text =
    'Crowds gathered at Sundance in Park City, Utah. Redford wanted Sundance to grow. ' +
    'Chennai-based Tata said its network in India grew, the US Anti-Doping Agency said.';
  const entities = geocoded(text, BBC, [
    ['Sundance', 'ORG', ['Sundance', 'Sundance']],
    ['Park City', 'GPE', ['Park City']],
    ['Utah', 'GPE', ['Utah']],
    ['Tata', 'ORG', ['Tata']],
    ['India', 'GPE', ['India']],
    ['Agency', 'ORG', ['Agency']],
  ]);
  for (const name of ['Sundance', 'Tata', 'Agency']) {
    assert.deepEqual(placesNamed(entities, name), [], name);
    assert.equal(entities.find((e) => e.name === name)?.type, 'ORG', name);
  }
  assert.equal(placesNamed(entities, 'Utah')[0]?.geo?.country, 'US');
});

test('a town of the article typed as an organization after "in" is still the town when it is no hamlet', () => {
  const entities = geocoded('The party will meet in Blackpool, not Manchester, next year.', BBC, [
    ['Blackpool', 'ORG', ['Blackpool']],
    ['Manchester', 'GPE', ['Manchester']],
  ]);
  const [blackpool] = placesNamed(entities, 'Blackpool');
  assert.equal(blackpool?.geo?.country, 'GB');
});

test('initials that are only another name of a town are no town ("BBC" is not Bay City)', () => {
  const entities = geocoded('Officials in Michigan spoke to the BBC in Lansing.', null, [
    ['Michigan', 'GPE', ['Michigan']],
    ['BBC', 'ORG', ['BBC']],
    ['Lansing', 'GPE', ['Lansing']],
  ]);
  assert.deepEqual(placesNamed(entities, 'BBC'), []);
  assert.equal(entities.find((e) => e.name === 'BBC')?.type, 'ORG');
});

test('"Hall County" in the article anchors "Hall" to that county', () => {
  const entities = geocoded(
    'Deputies in Hall County arrested a man near Gainesville. Hall officials said he fled.',
    null,
    [
      ['Hall County', 'GPE', ['Hall County']],
      ['Gainesville', 'GPE', ['Gainesville']],
      ['Hall', 'GPE', ['Hall']],
    ],
  );
  const [county] = placesNamed(entities, 'Hall County');
  const [hall] = placesNamed(entities, 'Hall');
  assert.equal(county?.geo?.country, 'US');
  assert.equal(hall?.geo?.country, 'US');
  assert.equal(hall?.geo?.gazetteerId, county?.geo?.gazetteerId);
  // without the county, "Hall" is not anchored to it
  const alone = geocoded('Hall officials said he fled to Stuttgart.', null, [
    ['Hall', 'GPE', ['Hall']],
    ['Stuttgart', 'GPE', ['Stuttgart']],
  ]);
  assert.notEqual(placesNamed(alone, 'Hall')[0]?.geo?.featureCode, 'ADM2');
});

test('a season and a lord\u2019s name are no towns ("In the approach to Spring", "Lord Bingham")', () => {
  const entities = geocoded(
    'In the approach to Spring, prices in Houston, Texas rose. Lord Bingham spoke in Nottingham.',
    null,
    [
      ['Spring', 'ORG', ['Spring']],
      ['Houston', 'GPE', ['Houston']],
      ['Texas', 'GPE', ['Texas']],
      ['Bingham', 'PERSON', ['Bingham']],
      ['Nottingham', 'GPE', ['Nottingham']],
    ],
  );
  assert.deepEqual(placesNamed(entities, 'Spring'), []);
  assert.deepEqual(placesNamed(entities, 'Bingham'), []);
  assert.equal(entities.find((e) => e.name === 'Bingham')?.type, 'PERSON');
});
