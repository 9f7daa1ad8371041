import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeArticle } from '../../doc/article.js';
import type { TimeJson } from '../../doc/contract.js';
import { REPO_ROOT } from '../../models/paths.js';
import { toContract } from '../../doc/contract.js';
import { analyse, makeDoc } from '../../pipeline/pipeline.js';
import { nearestTime, timeComponent } from './time-component.js';

const SEED = join(REPO_ROOT, '..', 'shared', 'seed');

// The time table of the reference article (seed/EXPECTED.md), in text order: text, type, value, mod.
const EXPECTED: [string, string, string, string?][] = [
  ['Sunday', 'DATE', '2025-06-29'],
  ['2023', 'DATE', '2023'],
  ['this critical period', 'DATE', 'PRESENT_REF'],
  ['Friday', 'DATE', '2025-06-27'],
  ['the next week', 'DURATION', 'P1W'],
  ['months', 'DURATION', 'PXM'],
  ['20 months', 'DURATION', 'P20M'],
  ['over two months ago', 'DATE', '2025-04', 'BEFORE'],
];

test(
  'the reference article: every time expression of EXPECTED.md',
  { skip: !existsSync(SEED) && 'no ../shared/seed' },
  () => {
    const meta = JSON.parse(readFileSync(join(SEED, 'article.json'), 'utf8')) as { published: string };
    const doc = makeDoc(
      makeArticle(readFileSync(join(SEED, 'article.txt'), 'utf8'), { published: meta.published }),
    );
    timeComponent.apply(doc);
    const times = doc.layers.times as TimeJson[];
    const got = times.map((t) => [t.text, t.type, t.value, ...(t.mod ? [t.mod] : [])]);
    assert.deepEqual(got, EXPECTED);
    for (const t of times) assert.equal(doc.text.slice(t.start, t.end), t.text);
    // "met" (token 1 of the sentence with "Sunday") is nearest to the Sunday of the meeting.
    const met = doc.tokenAt(doc.text.indexOf(' met ') + 1);
    assert.equal(nearestTime(doc, met)?.value, '2025-06-29');
  },
);

test('a duration or a set is no event time: the nearest date is', () => {
  const doc = makeDoc(
    makeArticle('Unions called a one day strike on Monday. Workers strike every year.', {
      published: '2005-02-10',
    }),
  );
  timeComponent.apply(doc);
  const called = doc.tokenAt(doc.text.indexOf('called'));
  assert.equal(nearestTime(doc, called)?.text, 'Monday');
  // the second sentence has only a set ("every year"): the Monday of the sentence before is nearest
  const strike = doc.tokenAt(doc.text.lastIndexOf('strike'));
  assert.equal(nearestTime(doc, strike)?.text, 'Monday');
});

test('a time word that is a word of a person or organization name is no time', () => {
  const times = (text: string) =>
    toContract(analyse(makeArticle(text, { published: '2005-02-10' }))).times.map((t) => t.text);
  assert.deepEqual(times('Jamie Noon scored for Sheffield Wednesday on Monday.'), ['Monday']);
  assert.deepEqual(times('He told China Daily that the plan would start tomorrow.'), ['tomorrow']);
  // a year in a name is still a date, and a name the recognizer runs on into a time keeps it
  assert.ok(times('She won the 2003 Golden Lion in Venice.').includes('2003'));
});
