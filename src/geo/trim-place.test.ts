import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleRegions } from './article-regions.js';
import { loadGazetteer } from './load-gazetteer.js';
import { trimPlace } from './trim-place.js';

function trimmed(name: string, places: string[] = []): string | null {
  const gazetteer = loadGazetteer();
  const cut = trimPlace(gazetteer, name, articleRegions(gazetteer, places));
  return cut ? name.slice(cut[0], cut[1]) : null;
}

test('a place name that runs on is cut back to the place', () => {
  assert.equal(trimmed('West Virginia Division'), 'West Virginia');
  assert.equal(trimmed('U.S. House'), 'U.S.');
  assert.equal(trimmed('The Tennessee Senior'), 'Tennessee');
  assert.equal(trimmed('Northeast Georgia'), 'Georgia');
  assert.equal(trimmed('Northeast Georgia Medical'), 'Georgia');
});

test('known names, streets and rivers, and bare words are kept whole or left alone', () => {
  assert.equal(trimmed('West Virginia'), null);
  assert.equal(trimmed('Richmond Street'), null);
  assert.equal(trimmed('Kanawha River'), null);
  // "St." and "The" are some town's other names in the gazetteer; they are not cut out
  assert.equal(trimmed('St. Patrick'), null);
  assert.equal(trimmed('South Ossetian'), null);
});
