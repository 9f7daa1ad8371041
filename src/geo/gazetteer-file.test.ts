import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDossierError } from '../errors/dossier-error.js';
import { decodeGazetteer, encodeGazetteer, type GazetteerEntry } from './gazetteer-file.js';
import { PLACE_KIND } from './place-kind.js';

const ENTRIES: GazetteerEntry[] = [
  {
    name: 'Türkiye',
    kind: PLACE_KIND.COUNTRY,
    lat: 39,
    lon: 35,
    population: 0,
    country: 'TR',
    admin1: '',
    featureCode: 'PCLI',
    id: 'iso3166:TR',
  },
  {
    name: 'Şanlıurfa',
    kind: PLACE_KIND.CITY,
    lat: 37.16708,
    lon: 38.79392,
    population: 2213964,
    country: 'TR',
    admin1: 'TR.75',
    featureCode: 'PPLA',
    id: 'geonames:298333',
  },
  {
    name: 'Paris',
    kind: PLACE_KIND.CITY,
    lat: 33.66094,
    lon: -95.55551,
    population: 24782,
    country: 'US',
    admin1: 'US.TX',
    featureCode: 'PPLA2',
    id: 'geonames:4717560',
  },
  {
    name: 'Texas',
    kind: PLACE_KIND.ADMIN1,
    lat: 31.2,
    lon: -99.5,
    population: 25e6,
    country: 'US',
    admin1: 'US.TX',
    featureCode: 'ADM1',
    id: 'admin:US.TX',
  },
];

function sample(): Uint8Array {
  const names = new Map([
    ['turkiye', [0]],
    ['turkey', [0]],
    ['sanliurfa', [1]],
    ['paris', [2]],
    ['texas', [3]],
    ['tex', [3]],
  ]);
  return encodeGazetteer({ entries: ENTRIES, names, demonyms: new Map([['turkish', 'TR']]) });
}

test('a gazetteer file reads back what was written', () => {
  const g = decodeGazetteer(sample(), 'sample');
  assert.equal(g.size, 4);
  ENTRIES.forEach((e, i) => {
    assert.deepEqual(
      [g.name(i), g.kind[i], g.lat(i), g.lon(i), g.country(i), g.admin1(i), g.featureCode(i), g.id(i)],
      [e.name, e.kind, e.lat, e.lon, e.country, e.admin1, e.featureCode, e.id],
    );
    assert.ok(Math.abs(g.population(i) - e.population) <= e.population * 0.001);
  });
  assert.deepEqual([...g.lookup('Şanlıurfa')], [1]);
  assert.deepEqual([...g.lookup('Turkey')], [0]);
  assert.deepEqual([...g.lookup('Tex.')], [3]);
  assert.equal(g.lookup('Texa').length, 0);
  assert.equal(g.has('zzz'), false);
  assert.equal(g.demonyms.get('turkish'), 'TR');
  assert.equal(g.countries.get('TR'), 0);
});

test('the same input gives the same bytes; unaligned bytes decode too', () => {
  const a = sample();
  assert.deepEqual(a, sample());
  const shifted = new Uint8Array(a.length + 1);
  shifted.set(a, 1);
  assert.equal(decodeGazetteer(shifted.subarray(1), 'shifted').name(1), 'Şanlıurfa');
});

test('a truncated or foreign file is MODEL_INVALID', () => {
  for (const bytes of [sample().subarray(0, 200), new Uint8Array(64)]) {
    assert.throws(
      () => decodeGazetteer(bytes, 'bad'),
      (e) => isDossierError(e) && e.code === 'MODEL_INVALID',
    );
  }
});
