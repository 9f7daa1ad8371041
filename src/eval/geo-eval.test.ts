import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { hasSharedData, sharedDataPath } from '../models/paths.js';
import { readGeoCorpus } from './geo-corpus.js';
import { evaluateGeoCorpus, formatGeoScores } from './geo-eval.js';
import { errorStats, GeoScores } from './geo-score.js';
import { tempDirs } from '../testing/temp-dirs.js';

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('geo');

test('GeoVirus offsets are one past the text; LGL offsets are used as given', () => {
  const dir = tempDir();
  const virus = join(dir, 'v.xml');
  writeFileSync(
    virus,
    '<articles><article><source>https://en.wikinews.org/x</source><text>Flu in Pandi &amp; Manila.</text><locations>' +
      '<location><name>Pandi</name><start>8</start><end>13</end><lat>14.87</lat><lon>120.95</lon></location>' +
      '</locations></article></articles>',
  );
  const { articles } = readGeoCorpus(virus, 'geovirus');
  assert.equal(articles[0].text, 'Flu in Pandi & Manila.');
  assert.deepEqual(articles[0].toponyms, [{ start: 7, end: 12, text: 'Pandi', lat: 14.87, lon: 120.95 }]);
  const lgl = join(dir, 'l.xml');
  writeFileSync(
    lgl,
    '<articles><article docid="1"><text><![CDATA[Ankara said.]]></text><toponyms><toponym><start>0</start><end>6</end>' +
      '<phrase>Ankara</phrase><gaztag geonameid="1"><lat>39.9</lat><lon>32.8</lon></gaztag></toponym></toponyms></article></articles>',
  );
  assert.deepEqual(readGeoCorpus(lgl, 'lgl').articles[0].toponyms[0], {
    start: 0,
    end: 6,
    text: 'Ankara',
    lat: 39.9,
    lon: 32.8,
  });
});

test('scores: exact and overlap recognition, errors over recognized toponyms', () => {
  const scores = new GeoScores();
  const gold = [
    { start: 0, end: 6, text: 'Ankara', lat: 39.92, lon: 32.85 },
    { start: 10, end: 20, text: 'New Jersey', lat: 40, lon: -74.5 },
  ];
  scores.add(gold, [
    { start: 0, end: 6, text: 'Ankara', lat: 39.92, lon: 32.85 },
    { start: 14, end: 20, text: 'Jersey', lat: 49.2, lon: -2.1 },
  ]);
  assert.deepEqual([scores.exact, scores.overlapPredicted, scores.overlapGold], [1, 2, 2]);
  const stats = errorStats(scores.errors);
  assert.equal(stats.n, 2);
  assert.equal(stats.acc161, 50);
});

test(
  'eval geo on the shared GeoVirus file (first articles)',
  { skip: !hasSharedData() && 'no ../shared/data' },
  () => {
    const result = evaluateGeoCorpus(sharedDataPath('geoparsing', 'GeoVirus.xml'), 'geovirus', 3);
    assert.equal(result.articles, 3);
    assert.ok(result.pipeline.gold > 0);
    const report = formatGeoScores([result], 'ner');
    assert.match(report.trimEnd().split('\n').pop()!, /^geo: geovirus F1/);
  },
);

test('eval geo scores the first or the second half of a corpus', () => {
  const dir = tempDir();
  const file = join(dir, 'l.xml');
  const article = (id: number, town: string): string =>
    `<article docid="${id}"><text><![CDATA[${town} grew.]]></text><toponyms><toponym><start>0</start>` +
    `<end>${town.length}</end><phrase>${town}</phrase></toponym></toponyms></article>`;
  writeFileSync(
    file,
    `<articles>${article(1, 'Ankara')}${article(2, 'Paris')}${article(3, 'Kyiv')}${article(4, 'Cairo')}</articles>`,
  );
  const first = evaluateGeoCorpus(file, 'lgl', Infinity, undefined, 'first');
  const second = evaluateGeoCorpus(file, 'lgl', Infinity, undefined, 'second');
  assert.deepEqual([first.articles, second.articles], [2, 2]);
  assert.equal(evaluateGeoCorpus(file, 'lgl', 1, undefined, 'second').articles, 1);
});
