import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_FEATURES,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  NO_TAG,
  pairFeatures,
  taggerFeatures,
  wordFeatures,
} from './features.js';
import { Col, WordTable } from './word-table.js';

function featuresOf(words: string[], i: number, prev = NO_TAG, prev2 = NO_TAG): number[] {
  const table = new WordTable();
  table.setWords(words);
  const out = new Uint32Array(MAX_FEATURES);
  return [...out.subarray(0, taggerFeatures(table, i, prev, prev2, out))];
}

test('the word table hashes ranges of a text like the same words as strings', () => {
  const text = 'Erdoğan met Kalın';
  const ranges = new WordTable();
  ranges.reset(3);
  ranges.set(0, text, 0, 7);
  ranges.set(1, text, 8, 11);
  ranges.set(2, text, 12, 17);
  const strings = new WordTable();
  strings.setWords(['Erdoğan', 'met', 'Kalın']);
  assert.deepEqual(ranges.cols.subarray(0, 7 * 12), strings.cols.subarray(0, 7 * 12));
});

test('lower case, affixes and shape ignore capitals where they should', () => {
  const table = new WordTable();
  table.setWords(['Ankara', 'ankara', 'ANKARA', 'Bursa']);
  assert.equal(table.get(0, Col.Lower), table.get(1, Col.Lower));
  assert.equal(table.get(0, Col.Lower), table.get(2, Col.Lower));
  assert.notEqual(table.get(0, Col.Word), table.get(1, Col.Word));
  assert.equal(table.get(0, Col.Suf1), table.get(3, Col.Suf1)); // both end in "a"
  assert.notEqual(table.get(0, Col.Suf2), table.get(3, Col.Suf2)); // "ra" vs "sa"
  assert.equal(table.get(0, Col.Shape), table.get(3, Col.Shape)); // both "Xx"
  assert.notEqual(table.get(0, Col.Shape), table.get(2, Col.Shape)); // "X"
});

test('a short word repeats its whole form as its longer prefixes', () => {
  const table = new WordTable();
  table.setWords(['on']);
  assert.equal(table.get(0, Col.Pre2), table.get(0, Col.Lower));
  assert.equal(table.get(0, Col.Pre4), table.get(0, Col.Lower));
  assert.notEqual(table.get(0, Col.Pre1), table.get(0, Col.Lower));
});

test('features are deterministic, fit the buffer and see the context', () => {
  const a = featuresOf(['He', 'met', 'her', '.'], 1, 3, 4);
  assert.deepEqual(a, featuresOf(['He', 'met', 'her', '.'], 1, 3, 4));
  assert.ok(a.length <= MAX_FEATURES);
  assert.notDeepEqual(a, featuresOf(['He', 'met', 'him', '.'], 1, 3, 4)); // next word
  assert.notDeepEqual(a, featuresOf(['He', 'met', 'her', '.'], 1, 5, 4)); // previous tag
  // the same word at the sentence start and in the middle differs only by context features
  const first = new Set(featuresOf(['met'], 0));
  const shared = a.filter((f) => first.has(f)).length;
  assert.ok(shared >= 10 && shared < a.length);
});

test('the tagger features are the word\'s own, its pairs, then each neighbour\'s, each part written in place', () => {
  const words = ['Erdoğan', 'met', 'Kalın', 'in', 'Ankara', '.'];
  const table = new WordTable();
  table.setWords(words);
  const out = new Uint32Array(MAX_FEATURES);
  const part = (n: number) => [...out.subarray(0, n)];
  for (let i = 0; i < words.length; i++) {
    const all = featuresOf(words, i, 7, 9);
    const parts = [...part(wordFeatures(table, i, out)), ...part(pairFeatures(table, i, 7, 9, out))];
    NEIGHBOUR_OFFSETS.forEach((offset, role) => parts.push(...part(neighbourFeatures(table, i + offset, role, out))));
    assert.deepEqual(all, parts);
    assert.equal(new Set(all).size, all.length, 'no template is written twice');
  }
  // what the caches keep per form: the word's own part is the same wherever the form stands, and a
  // neighbour's part depends only on that neighbour's form and role; the pairs are not per form
  const other = new WordTable();
  other.setWords(['Kalın', 'said', 'met']);
  const own = (t: WordTable, i: number) => part(wordFeatures(t, i, out));
  assert.deepEqual(own(other, 0), own(table, 2));
  assert.deepEqual(part(neighbourFeatures(other, 2, 1, out)), part(neighbourFeatures(table, 1, 1, out)));
  const pairs = (t: WordTable, i: number) => part(pairFeatures(t, i, 7, 9, out));
  assert.notDeepEqual(pairs(other, 0), pairs(table, 2));
  // a neighbour's features depend on its role: "met" one before "Kalın" is not "met" two before "in"
  const asPrev = part(neighbourFeatures(table, 1, 1, out));
  assert.notDeepEqual(part(neighbourFeatures(table, 1, 0, out)), asPrev);
});
