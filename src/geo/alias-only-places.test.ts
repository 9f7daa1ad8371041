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

test('an organization the recognizer typed as a place is not the town of that other name ("investors in Google")', () => {
  const entities = geocodedAt(
    'Time Warner is one of the biggest investors in Google, based in the US.',
    BBC,
    [
      ['Time Warner', 'ORG', ['Time Warner']],
      ['Google', 'GPE', ['Google']],
      ['United States', 'GPE', ['US']],
    ],
  );
  assert.ok(!entities.some((e) => e.geo?.name === 'Topeka'), 'no entity resolves to Topeka');
  assert.ok(!entities.some((e) => e.type === 'GPE' && e.mentions.some((m) => m.text === 'Google')));
});

test('initials or an organization before a colon or a dash inside a line are no dateline ("told the BBC:")', () => {
  const text =
    'A source at the club told the BBC: "This time it is different." ' +
    'Turkey already owes $23bn to the IMF - while its deficit grows.';
  const entities = geocodedAt(text, BBC, [['Turkey', 'GPE', ['Turkey']]]);
  assert.ok(!entities.some((e) => e.geo?.name === 'Bay City' || e.geo?.name === 'Imphāl'));
  const dateline = geocodedAt('MANSFIELD -- Police said on Monday that the road was closed.', null, []);
  assert.equal(dateline.find((e) => e.mentions.some((m) => m.text === 'MANSFIELD'))?.geo?.name, 'Mansfield');
});
