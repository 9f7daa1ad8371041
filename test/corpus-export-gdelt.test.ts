import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { recordFromContract } from '../src/corpus/article-record.js';
import { exportGdelt, GDELT_COLUMNS } from '../src/corpus/export-gdelt.js';
import { cameoCountry, fipsCountry } from '../src/corpus/gdelt-country.js';
import { Store } from '../src/corpus/store.js';
import type { ArticleJson } from '../src/doc/contract.js';
import { contract, span } from './corpus-fixtures.js';
import { tempDirs } from '../src/testing/temp-dirs.js';

const tempDir = tempDirs('export-gdelt');

/** One report of a meeting between two named parties on a given day. */
function meeting(day: string, outlet: string): ArticleJson {
  // the text names the day: the store keeps one article per distinct text
  const text = `Alice Archer met Bob Baker on ${day}.`;
  const a = contract(text, {
    title: `Talks ${day}`,
    outlet,
    published: day,
    url: `https://${outlet}.example/${day}`,
  });
  a.entities = [
    { id: 'e1', name: 'Alice Archer', type: 'PERSON', mentions: [span(text, 'Alice Archer')], roles: [] },
    { id: 'e2', name: 'Bob Baker', type: 'PERSON', mentions: [span(text, 'Bob Baker')], roles: [] },
  ];
  a.events = [
    {
      id: 'v1',
      type: 'CONSULT',
      actor: ['e1'],
      target: ['e2'],
      trigger: span(text, 'met'),
      modality: 'asserted',
    },
  ];
  return a;
}

/** The exported GDELT rows of a store holding these articles, each as a column → value map. */
function exported(articles: ArticleJson[]): Record<string, string>[] {
  const dir = tempDir();
  const store = new Store(join(dir, 'corpus.db'));
  store.putMany(articles.map((a) => recordFromContract(a)));
  const file = join(dir, 'events.tsv');
  exportGdelt(store, file);
  store.close();
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => Object.fromEntries(line.split('\t').map((v, i) => [GDELT_COLUMNS[i], v])));
}

test('FractionDate is computed as GDELT does, and stays in the event year', () => {
  const rows = exported([meeting('2013-02-03', 'a'), meeting('2004-04-09', 'b'), meeting('2024-12-31', 'c')]);
  const byDay = new Map(rows.map((r) => [r.Day, r]));
  // GDELT: YYYY + ((month - 1) * 30 + day) / 365, four decimals (2013.0904, 2004.2712 in its files)
  assert.equal(byDay.get('20130203')?.FractionDate, '2013.0904');
  assert.equal(byDay.get('20040409')?.FractionDate, '2004.2712');
  // the last day of a year is still that year (it was 2025.0016)
  const last = byDay.get('20241231')!;
  assert.equal(last.FractionDate, '2024.9890');
  assert.equal(Math.floor(Number(last.FractionDate)), Number(last.Year));
});

/** A report of the meeting that places it somewhere (`geo`: where the gazetteer put the place). */
function placedMeeting(day: string, outlet: string, place: string, geo?: ArticleJson['entities'][0]['geo']) {
  const a = meeting(day, outlet);
  a.text = `${a.text} It was in ${place}.`;
  a.entities.push({ id: 'e3', name: place, type: 'GPE', mentions: [span(a.text, place)], roles: [], geo });
  a.events[0].place = 'e3';
  return a;
}

test('the ActionGeo columns name one place with its own coordinates', () => {
  // two reports of one meeting: the first places it in a town the gazetteer does not know, the
  // second in Geneva; the name and the coordinates were taken from different reports
  const rows = exported([
    placedMeeting('2025-03-10', 'first', 'Nowhereville'),
    placedMeeting('2025-03-11', 'second', 'Geneva', { lat: 46.20222, lon: 6.14569, country: 'CH' }),
  ]);
  assert.equal(rows.length, 1);
  const [row] = rows;
  assert.equal(row.NumArticles, '2');
  assert.equal(row.ActionGeo_FullName, 'Geneva');
  assert.equal(row.ActionGeo_Lat, '46.20222');
  assert.equal(row.ActionGeo_Long, '6.14569');
  // GDELT's geo country is FIPS 10-4: Switzerland is SZ (ISO CH)
  assert.equal(row.ActionGeo_CountryCode, 'SZ');
});

test('the Geo_Type says what the place is (country, state, city) and FeatureID names it', () => {
  const geo = (lat: number, lon: number, country: string, featureCode: string, gazetteerId: string) => ({
    lat,
    lon,
    country,
    featureClass: featureCode.startsWith('PPL') ? 'P' : 'A',
    featureCode,
    gazetteerId,
  });
  const rows = exported([
    placedMeeting('2025-01-10', 'a', 'Turkey', geo(39, 35, 'TR', 'PCLI', 'iso3166:TR')),
    placedMeeting('2025-02-10', 'b', 'Texas', geo(31.25, -99.25, 'US', 'ADM1', 'admin:US.TX')),
    placedMeeting('2025-03-10', 'c', 'Austin', geo(30.27, -97.74, 'US', 'PPLA', 'geonames:4671654')),
    placedMeeting('2025-04-10', 'd', 'Geneva', geo(46.2, 6.15, 'CH', 'PPLA', 'geonames:2660646')),
    placedMeeting('2025-05-10', 'e', 'Bavaria', geo(49, 11.5, 'DE', 'ADM1', 'admin:DE.02')),
  ]);
  const byPlace = new Map(rows.map((r) => [r.ActionGeo_FullName, r]));
  // GDELT: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (every place was a 4)
  assert.deepEqual(
    ['Turkey', 'Texas', 'Austin', 'Geneva', 'Bavaria'].map((p) => byPlace.get(p)?.ActionGeo_Type),
    ['1', '2', '3', '4', '5'],
  );
  // FeatureID was always empty (it read a field the stored geo does not have)
  assert.equal(byPlace.get('Turkey')?.ActionGeo_FeatureID, 'iso3166:TR');
  assert.equal(byPlace.get('Geneva')?.ActionGeo_FeatureID, 'geonames:2660646');
});

test("countries as GDELT codes them: FIPS 10-4 for a place, CAMEO's three letters for an actor", () => {
  assert.equal(fipsCountry('GB'), 'UK');
  assert.equal(fipsCountry('IL'), 'IS');
  assert.equal(cameoCountry('GB'), 'GBR');
  assert.equal(cameoCountry('CH'), 'CHE');
  assert.equal(fipsCountry('ZZ'), '');
  assert.equal(cameoCountry(undefined), '');
  // a country as actor: its code is its actor code and its country
  const a = meeting('2025-04-01', 'x');
  const britain = { lat: 54, lon: -2, country: 'GB', featureCode: 'PCLI', gazetteerId: 'iso3166:GB' };
  a.entities[0] = { ...a.entities[0], name: 'United Kingdom', type: 'GPE', geo: britain };
  const [row] = exported([a]);
  assert.equal(row.Actor1Code, 'GBR');
  assert.equal(row.Actor1CountryCode, 'GBR');
  assert.equal(row.Actor2CountryCode, '');
});
