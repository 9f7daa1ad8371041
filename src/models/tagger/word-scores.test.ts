import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LinearModel } from '../linear-model.js';
import { MAX_FEATURES, NEIGHBOUR_OFFSETS, neighbourFeatures, wordFeatures } from './features.js';
import { WordScores } from './word-scores.js';
import { WordTable } from './word-table.js';

/** The features whose sums the cache keeps for word i: its own, and those its neighbours give it. */
function oneRowFeatures(table: WordTable, i: number, out: Uint32Array): number {
  let n = wordFeatures(table, i, out);
  const part = new Uint32Array(MAX_FEATURES);
  NEIGHBOUR_OFFSETS.forEach((offset, role) => {
    const count = neighbourFeatures(table, i + offset, role, part);
    out.set(part.subarray(0, count), n);
    n += count;
  });
  return n;
}

/** A model with a row for every such feature of the words: 1 to 7 classes, distinct and sorted. */
function modelFor(words: string[], nClasses: number): LinearModel {
  const table = new WordTable();
  table.setWords(words);
  const out = new Uint32Array(MAX_FEATURES);
  const seen = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const n = oneRowFeatures(table, i, out);
    for (let f = 0; f < n; f++) seen.add(out[f]);
  }
  const keys = Uint32Array.from([...seen].sort((a, b) => a - b));
  const offsets = new Uint32Array(keys.length + 1);
  const classes: number[] = [];
  const values: number[] = [];
  keys.forEach((key, k) => {
    const length = Math.min((key % 7) + 1, nClasses);
    const first = key % (nClasses - length + 1);
    for (let c = first; c < first + length; c++) {
      classes.push(c);
      values.push(((key >>> (c % 16)) % 201) - 100);
    }
    offsets[k + 1] = classes.length;
  });
  return LinearModel.fromArrays(nClasses, keys, offsets, classes, values);
}

test('the cached sums of a word and its neighbours are those of the lookups, on a miss and on a hit', () => {
  const words = ['Erdoğan', 'met', 'Kalın', 'and', 'Kalın', 'met', 'Erdoğan', 'again', '.'];
  const model = modelFor(words, 12);
  const cache = new WordScores(model);
  const table = new WordTable();
  table.setWords(words);
  const out = new Uint32Array(MAX_FEATURES);
  const expected = new Int32Array(12);
  const got = new Int32Array(12);
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < words.length; i++) {
      model.scoreRaw(out, oneRowFeatures(table, i, out), expected);
      got.fill(99);
      cache.fill(table, i, got);
      assert.deepEqual(got, expected, `${words[i]} (round ${round})`);
      assert.ok(expected.some((v) => v !== 0));
    }
  }
});

test('forms that share a slot never share sums', () => {
  // more distinct forms than the cache has slots: some collide, and each still gets its own sums
  const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
  const model = modelFor(words, 5);
  const cache = new WordScores(model);
  const table = new WordTable();
  table.setWords(words);
  const out = new Uint32Array(MAX_FEATURES);
  const expected = new Int32Array(5);
  const got = new Int32Array(5);
  for (let i = 0; i < words.length; i++) {
    cache.fill(table, i, got);
    assert.deepEqual(got, model.scoreRaw(out, oneRowFeatures(table, i, out), expected));
  }
  for (let i = 49; i >= 0; i--) {
    cache.fill(table, i, got);
    assert.deepEqual(got, model.scoreRaw(out, oneRowFeatures(table, i, out), expected));
  }
});
