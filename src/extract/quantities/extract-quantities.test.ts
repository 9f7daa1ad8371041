import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeArticle } from '../../doc/article.js';
import { toContract } from '../../doc/contract.js';
import { analyse, makeDoc } from '../../pipeline/pipeline.js';
import { REPO_ROOT } from '../../models/paths.js';
import { timeComponent } from '../time/time-component.js';
import { extractQuantities, type Quantity } from './extract-quantities.js';

/** The quantities of a text, with times found first (as in the pipeline) and no trained model. */
function quantities(text: string): Quantity[] {
  const doc = makeDoc(makeArticle(text, { published: '2025-06-29' }));
  timeComponent.apply(doc);
  return extractQuantities(doc);
}

function only(text: string): Quantity {
  const found = quantities(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found.map((q) => q.text))}`);
  return found[0];
}

// [sentence, text, value, low, high, unit, counts, category]
const CASES: [string, string, number | null, number?, number?, string?, string?, string?][] = [
  ['The toll rose to 56,000 people.', '56,000', 56000, undefined, undefined, undefined, 'people'],
  [
    'Fifty-six thousand people fled.',
    'Fifty-six thousand',
    56000,
    undefined,
    undefined,
    undefined,
    'people',
    'displaced',
  ],
  ['The fund holds 1.2 million tonnes.', '1.2 million', 1200000, undefined, undefined, undefined, 'tonnes'],
  ['A dozen soldiers were wounded.', 'A dozen', 12, undefined, undefined, undefined, 'soldiers', 'wounded'],
  ['Dozens of Palestinians were killed.', 'Dozens', null, 24, 99, undefined, 'Palestinians', 'killed'],
  ['Hundreds of families were displaced.', 'Hundreds', null, 200, 999, undefined, 'families', 'displaced'],
  ['Scores of people were arrested.', 'Scores', null, 40, 199, undefined, 'people', 'arrested'],
  [
    'Tens of thousands of refugees crossed.',
    'Tens of thousands',
    null,
    20000,
    99999,
    undefined,
    'refugees',
    'displaced',
  ],
  [
    'Several hundred detainees were freed.',
    'Several hundred',
    null,
    300,
    900,
    undefined,
    'detainees',
    'detained',
  ],
  ['Inflation hit 12.5 percent.', '12.5 percent', 12.5, undefined, undefined, 'percent'],
  ['Turnout was 64%.', '64%', 64, undefined, undefined, 'percent'],
  ['Washington pledged $3.5 billion.', '$3.5 billion', 3.5e9, undefined, undefined, 'USD'],
  ['The EU gave €20m.', '€20m', 2e7, undefined, undefined, 'EUR'],
  ['It cost 20 million dollars.', '20 million', 2e7, undefined, undefined, 'USD', 'dollars'],
  ['More than 300 people died.', 'More than 300', 300, 300, undefined, undefined, 'people', 'killed'],
  ['At least 12 people were killed.', 'At least 12', 12, 12, undefined, undefined, 'people', 'killed'],
  ['Nearly 2,000 homes were destroyed.', 'Nearly 2,000', 2000, undefined, 2000, undefined, 'homes'],
  ['Up to 40 trucks waited.', 'Up to 40', 40, undefined, 40, undefined, 'trucks'],
  ['About 500 people were missing.', 'About 500', 500, undefined, undefined, undefined, 'people', 'missing'],
  [
    'As many as 1.2 million were displaced.',
    'As many as 1.2 million',
    1200000,
    undefined,
    1200000,
    undefined,
    undefined,
    'displaced',
  ],
  [
    'Over 100 protesters were detained.',
    'Over 100',
    100,
    100,
    undefined,
    undefined,
    'protesters',
    'detained',
  ],
  [
    'Between 300 and 400 detainees were held.',
    'Between 300 and 400',
    null,
    300,
    400,
    undefined,
    'detainees',
    'detained',
  ],
  ['Israel let 56 aid trucks in.', '56', 56, undefined, undefined, undefined, 'aid trucks', 'aid deliveries'],
];

test('quantity patterns: value, bounds, unit, what is counted and category', () => {
  for (const [sentence, text, value, low, high, unit, counts, category] of CASES) {
    const q = only(sentence);
    assert.equal(q.text, text, sentence);
    assert.equal(q.value, value, sentence);
    assert.equal(q.low, low, `${sentence} low`);
    assert.equal(q.high, high, `${sentence} high`);
    assert.equal(q.unit, unit, `${sentence} unit`);
    assert.equal(q.counts, counts, `${sentence} counts`);
    assert.equal(q.category, category, `${sentence} category`);
  }
});

test('"more than" keeps the stated value as an exclusive low bound (mod MORE_THAN)', () => {
  const q = only('The toll exceeded 56,000.');
  assert.deepEqual(
    [q.value, q.low, q.mod, q.bound?.text, q.number.text],
    [56000, 56000, 'MORE_THAN', 'exceeded', '56,000'],
  );
});

test('negatives: years, dates, clock times, phone numbers, ordinals, labels, ages and codes are not quantities', () => {
  for (const text of [
    'It has raged since 2023.',
    'They met on March 7 in the capital.',
    'They met on 7 June.',
    'The talks began at 5 p.m. on Friday.',
    'The meeting ended at 10:30.',
    'Call 555-1234 or (202) 555-0100 for details.',
    'He was the 21st to arrive.',
    'Fire District 2 investigated.',
    'Chiquita Henry, 19, was charged.',
    'The fire at 6016 Dublin Road spread.',
    'F-16 jets and COVID-19 cases.',
    'No one came.',
  ]) {
    assert.deepEqual(
      quantities(text).map((q) => q.text),
      [],
      text,
    );
  }
});

test('a duration keeps its time unit ("20 months"); a number in a date expression is skipped', () => {
  const q = only('It ended 20 months of war.');
  assert.deepEqual([q.value, q.unit, q.kind], [20, 'month', 'duration']);
  assert.deepEqual(quantities('Food stopped over two months ago.'), []);
});

test('seed article: the quantity rows of EXPECTED.md', () => {
  const text = readFileSync(join(REPO_ROOT, '..', 'shared', 'seed', 'article.txt'), 'utf8');
  const found = quantities(text);
  const toll = found.find((q) => q.number.text === '56,000');
  assert.ok(toll);
  assert.deepEqual(
    [toll.text, toll.value, toll.low, toll.mod, toll.counts, toll.category],
    ['exceeded 56,000', 56000, 56000, 'MORE_THAN', 'death toll', 'killed'],
  );
  const months = found.find((q) => q.number.text === '20');
  assert.deepEqual([months?.value, months?.unit, months?.counts], [20, 'month', 'months']);
  const dozens = found.find((q) => q.text === 'dozens');
  assert.deepEqual(
    [dozens?.low, dozens?.high, dozens?.vague, dozens?.counts, dozens?.category],
    [24, 99, true, 'Palestinians', 'killed'],
  );
  assert.equal(found.length, 3, JSON.stringify(found.map((q) => q.text)));
});

test('a number that is its own subject or an age counts nothing', () => {
  // through the whole pipeline: the counted thing of a bare number comes from the parse
  const counted = (text: string) =>
    toContract(analyse(makeArticle(text))).quantities.map((q) => [q.text, q.counts ?? null]);
  assert.deepEqual(counted('Both firms sell ice cream, and the two were ripe for a merger.'), [
    ['two', null],
  ]);
  assert.deepEqual(counted('The broadcaster Cyril Fletcher has died aged 91 at his home.'), [['91', null]]);
  // a noun after the number is still what it counts
  assert.deepEqual(counted('The two firms were ripe for a merger.'), [['two', 'firms']]);
});
