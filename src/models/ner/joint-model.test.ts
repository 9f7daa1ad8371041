import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LinearModel } from '../linear-model.js';
import { jointModel } from './joint-model.js';

/** A model of `classes` classes over `keys`, with `perRow` entries a row (short rows inline, long rows apart). */
function model(classes: number, keys: number[], perRow: number, seed: number): LinearModel {
  const sorted = Uint32Array.from([...keys].sort((a, b) => a - b));
  const offsets = new Uint32Array(sorted.length + 1);
  const cls: number[] = [];
  const values: number[] = [];
  sorted.forEach((key, k) => {
    for (let e = 0; e < perRow + (k % 3); e++) {
      cls.push((key + e * 5) % classes);
      values.push(((key * 31 + e * seed) % 97) - 48);
    }
    offsets[k + 1] = cls.length;
  });
  return LinearModel.fromArrays(classes, sorted, offsets, cls, values);
}

test('a joint model sums each pass into its own classes, as each model does alone', () => {
  const a = model(17, [3, 9, 14, 0x9e3779b9, 77], 2, 7);
  const b = model(17, [9, 21, 77, 0x9e3779b9, 0xfffffff0], 5, 13);
  const joint = jointModel([a, b]);
  assert.equal(joint.nClasses, 34);
  assert.equal(joint.featureCount, 7, 'the union of the keys');
  const features = Uint32Array.from([3, 9, 21, 77, 0x9e3779b9, 0xfffffff0, 12345]);
  for (let n = 1; n <= features.length; n++) {
    const both = joint.scoreRaw(features, n, new Int32Array(34));
    assert.deepEqual([...both.subarray(0, 17)], [...a.scoreRaw(features, n, new Int32Array(17))], `first pass, ${n}`);
    assert.deepEqual([...both.subarray(17)], [...b.scoreRaw(features, n, new Int32Array(17))], `second pass, ${n}`);
  }
  assert.ok(joint.scoreRaw(features, features.length, new Int32Array(34)).some((v) => v !== 0));
  assert.equal(jointModel([a]), a, 'one pass is its own model');
});
