import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BILOU_NAMES, allowedAfter, bilouToSpans, iobToSpans, spansToBilou, spansToIob2 } from './labels.js';

const id = (name: string) => BILOU_NAMES.indexOf(name);

test('IOB1 and IOB2 read to the same spans', () => {
  const iob1 = ['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG', 'I-MISC'];
  const iob2 = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG', 'B-MISC'];
  const expected = [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
    { start: 6, end: 7, type: 'MISC' },
  ];
  assert.deepEqual(iobToSpans(iob1), expected);
  assert.deepEqual(iobToSpans(iob2), expected);
  assert.deepEqual(spansToIob2(expected, 7), iob2);
});

test('BILOU round-trips spans', () => {
  const spans = [
    { start: 0, end: 3, type: 'ORG' },
    { start: 3, end: 4, type: 'PER' },
    { start: 5, end: 7, type: 'LOC' },
  ];
  const bilou = spansToBilou(spans, 8);
  assert.deepEqual(
    [...bilou].map((l) => BILOU_NAMES[l]),
    ['B-ORG', 'I-ORG', 'L-ORG', 'U-PER', 'O', 'B-LOC', 'L-LOC', 'O'],
  );
  assert.deepEqual(bilouToSpans(bilou), spans);
});

test('BILOU constraints: a name continues only inside its own type', () => {
  assert.ok(allowedAfter(id('B-PER'), id('L-PER')));
  assert.ok(!allowedAfter(id('B-PER'), id('L-ORG')));
  assert.ok(!allowedAfter(id('B-PER'), id('O')));
  assert.ok(!allowedAfter(id('O'), id('I-LOC')));
  assert.ok(allowedAfter(id('U-LOC'), id('B-LOC')));
});
