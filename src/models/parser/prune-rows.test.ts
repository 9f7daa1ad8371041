import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LinearModel } from '../linear-model.js';
import { pruneEntries, pruneRows } from './prune-rows.js';

/** A model from rows of [feature, [[class, weight], ...]], quantized as training does. */
function model(nClasses: number, rows: [number, [number, number][]][]): LinearModel {
  const keys = Uint32Array.from(rows.map(([key]) => key));
  const offsets = [0];
  const classes: number[] = [];
  const values: number[] = [];
  for (const [, entries] of rows) {
    for (const [c, w] of entries) {
      classes.push(c);
      values.push(w);
    }
    offsets.push(classes.length);
  }
  return LinearModel.fromArrays(nClasses, keys, Uint32Array.from(offsets), classes, values);
}

function weights(m: LinearModel, key: number): number[] {
  const scores = new Float32Array(m.nClasses);
  return [...m.score([key], 1, scores)].map((w) => Math.round(w * 10) / 10);
}

test('a feature goes only when all its weights, in every model, are small', () => {
  const moves = model(3, [
    [10, [[0, 5]]], // big move weight: kept
    [20, [[1, 0.5]]], // small here, big in the relation model: kept
    [30, [[2, -0.4]]], // small everywhere: dropped
    [40, [[0, -3]]], // a large negative weight counts: kept
  ]);
  const labels = model(4, [
    [20, [[3, 2.5]]],
    [30, [[1, 0.9]]],
  ]);
  const [m, l] = pruneRows([moves, labels], 1);
  assert.deepEqual([...m.keys], [10, 20, 40]);
  assert.deepEqual([...l.keys], [20]);
  // kept rows keep every entry, the small ones too, with the same weights
  assert.deepEqual(weights(m, 20), [0, 0.5, 0]);
  assert.deepEqual(weights(m, 40), [-3, 0, 0]);
  assert.deepEqual(weights(l, 20), [0, 0, 0, 2.5]);
  assert.deepEqual(weights(m, 30), [0, 0, 0]);
});

test('a threshold of zero keeps every feature', () => {
  const moves = model(2, [
    [1, [[0, 0.1]]],
    [2, [[1, -0.2]]],
  ]);
  const [m] = pruneRows([moves], 0);
  assert.deepEqual([...m.keys], [1, 2]);
  assert.deepEqual([...m.values], [...moves.values]);
});

test('pruneEntries drops the small weights of a row, and a row left empty', () => {
  const labels = model(4, [
    [5, [[0, 3], [2, -0.5], [3, -2.5]]],
    [6, [[1, 0.9]]],
    [7, [[2, 4]]],
  ]);
  const pruned = pruneEntries(labels, 1);
  assert.deepEqual([...pruned.keys], [5, 7]);
  assert.deepEqual(weights(pruned, 5), [3, 0, 0, -2.5]);
  assert.deepEqual(weights(pruned, 7), [0, 0, 4, 0]);
  assert.deepEqual(weights(pruned, 6), [0, 0, 0, 0]);
  assert.equal(pruned.scale, labels.scale);
  assert.deepEqual([...pruneEntries(labels, 0).values], [...labels.values]);
});
