import assert from 'node:assert/strict';
import { test } from 'node:test';
import { geocodedAt } from './geocoded-for-tests.js';

const BBC = 'https://www.bbc.co.uk/news/technology-1';

test('an organization whose name a town once took is not that town ("Google" is not Topeka)', () => {
  const text =
    'The net search giant Google has launched a search service in the US. ' +
    'But there were few clues from Google about when it would expand.';
  const entities = geocodedAt(text, BBC, [
    ['Google', 'ORG', ['Google', 'Google']],
    ['United States', 'GPE', ['US']],
  ]);
  assert.ok(!entities.some((e) => e.geo?.name === 'Topeka'), 'no entity resolves to Topeka');
  assert.equal(entities.find((e) => e.name === 'Google')?.type, 'ORG');
  assert.equal(entities.find((e) => e.name === 'United States')?.geo?.country, 'US');
});

test('a town’s other name that is no organization’s is still read as the town ("Beni Suef", "Auschwitz")', () => {
  const text = 'Clashes were reported in Cairo and in Beni Suef on Monday, Egyptian officials said.';
  const entities = geocodedAt(text, null, [
    ['Cairo', 'GPE', ['Cairo']],
    ['Beni Suef', 'ORG', ['Beni Suef']],
  ]);
  const town = entities.find((e) => e.mentions.some((m) => m.text === 'Beni Suef') && e.geo);
  assert.equal(town?.geo?.country, 'EG');
  const camp = geocodedAt('Survivors gathered at Auschwitz, in southern Poland, on Thursday.', null, [
    ['Auschwitz', 'ORG', ['Auschwitz']],
    ['Poland', 'GPE', ['Poland']],
  ]);
  assert.equal(camp.find((e) => e.mentions.some((m) => m.text === 'Auschwitz') && e.geo)?.geo?.country, 'PL');
});
