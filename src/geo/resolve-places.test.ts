import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from './load-gazetteer.js';
import { outletCountry } from './outlet-country.js';
import { placeKey } from './place-key.js';
import { resolvePlaces } from './resolve-places.js';

/** The chosen place of `name` among `names` (the article's places), as [gazetteer name, country, kind]. */
function resolve(
  name: string,
  names: string[] = [name],
  countries: string[] = [],
): [string, string, number] | null {
  const gazetteer = loadGazetteer();
  const i = resolvePlaces(gazetteer, names, { countries }).get(placeKey(name));
  return i === undefined || i === null ? null : [gazetteer.name(i), gazetteer.country(i), gazetteer.kind[i]];
}

test('place keys fold diacritics and punctuation', () => {
  assert.equal(placeKey('Şanlıurfa'), 'sanliurfa');
  assert.equal(placeKey('Łódź'), 'lodz');
  assert.equal(placeKey('St. Louis'), 'st louis');
  assert.equal(placeKey('Türkiye'), 'turkiye');
});

test('known places resolve to the right country', () => {
  assert.deepEqual(resolve('Gaza', ['Gaza', 'Israel'])?.slice(0, 2), ['Gaza', 'PS']);
  assert.deepEqual(resolve('Ankara')?.slice(0, 2), ['Ankara', 'TR']);
  assert.deepEqual(resolve('Şanlıurfa')?.[1], 'TR');
  assert.deepEqual(resolve('Sanliurfa')?.[1], 'TR');
  assert.deepEqual(resolve('Łódź')?.slice(0, 2), ['Łódź', 'PL']);
  assert.deepEqual(resolve('Lodz')?.[1], 'PL');
});

test('Türkiye and Turkey are one country', () => {
  assert.deepEqual(resolve('Türkiye'), resolve('Turkey'));
  assert.equal(resolve('Turkey')?.[1], 'TR');
});

test('Paris is in France alone, in Texas beside Texas', () => {
  assert.equal(resolve('Paris')?.[1], 'FR');
  const texan = resolve('Paris', ['Paris', 'Texas']);
  assert.equal(texan?.[1], 'US');
  const gazetteer = loadGazetteer();
  const i = resolvePlaces(gazetteer, ['Paris', 'Texas']).get('paris')!;
  assert.equal(gazetteer.admin1(i), 'US.TX');
});

test('a nationality elsewhere in the article is context; a country outranks its namesakes', () => {
  assert.equal(resolve('Georgia', ['Georgia'])?.[1], 'GE');
  assert.equal(resolve('Georgia', ['Georgia', 'Atlanta'])?.[1], 'US');
  assert.equal(resolve('Mexico')?.[2], 0);
});

test('outlet country from the web address', () => {
  assert.equal(outletCountry('https://www.aa.com.tr/en/x'), 'TR');
  assert.equal(outletCountry('https://www.bbc.co.uk/news'), 'GB');
  assert.equal(outletCountry('https://example.com/'), null);
  assert.equal(outletCountry(null), null);
});

test('continents sit at GeoNames continent points; seas and islands are places too', () => {
  const gazetteer = loadGazetteer();
  const asia = resolvePlaces(gazetteer, ['Asia']).get('asia')!;
  assert.deepEqual([gazetteer.lat(asia), gazetteer.lon(asia)], [29.84, 89.3]);
  assert.equal(resolve('Java')?.[2], 4);
  assert.equal(resolve('Black Sea')?.[2], 4);
});
