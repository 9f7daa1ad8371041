import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LinearModel } from './linear-model.js';

/** A seeded generator (mulberry32), so that the random models are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A model of `nKeys` features with rows of 1 to nClasses entries (short rows are stored in the
 * probe table, long ones beside it), weights of both signs; half the keys share their low bits so
 * that probes collide.
 */
function randomModel(nClasses: number, nKeys: number, seed: number): LinearModel {
  const next = random(seed);
  const keySet = new Set<number>();
  while (keySet.size < nKeys) {
    const key = (next() * 2 ** 32) >>> 0;
    keySet.add(keySet.size % 2 === 0 ? key : (key & ~0xff) >>> 0);
  }
  const keys = Uint32Array.from([...keySet].sort((a, b) => a - b));
  const offsets = new Uint32Array(nKeys + 1);
  const classes: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < nKeys; k++) {
    const length = 1 + Math.floor(next() * nClasses);
    const row = [...Array(nClasses).keys()].sort(() => next() - 0.5).slice(0, length).sort((a, b) => a - b);
    for (const c of row) {
      classes.push(c);
      values.push(next() * 2 - 1);
    }
    offsets[k + 1] = classes.length;
  }
  return LinearModel.fromArrays(nClasses, keys, offsets, classes, values);
}

/** The integer sums read straight from the CSR arrays, one feature at a time. */
function naiveSums(model: LinearModel, features: number[]): Int32Array {
  const sums = new Int32Array(model.nClasses);
  for (const feature of features) {
    const k = model.keys.indexOf(feature >>> 0);
    if (k < 0) continue;
    for (let e = model.offsets[k]; e < model.offsets[k + 1]; e++) sums[model.classes[e]] += model.values[e];
  }
  return sums;
}

test('scoreRaw sums the CSR rows: dense, short and long rows, absent, colliding and repeated features', () => {
  for (const nClasses of [2, 3, 5, 6, 7, 17]) {
    const model = randomModel(nClasses, 300, nClasses);
    const next = random(100 + nClasses);
    const sums = new Int32Array(nClasses);
    for (let trial = 0; trial < 200; trial++) {
      const features: number[] = [];
      const count = Math.floor(next() * 40);
      for (let f = 0; f < count; f++) {
        const r = next();
        // a known feature, one absent from the model, or the previous one again
        if (r < 0.6) features.push(model.keys[Math.floor(next() * model.keys.length)]);
        else if (r < 0.9 || features.length === 0) features.push((next() * 2 ** 32) >>> 0);
        else features.push(features[features.length - 1]);
      }
      assert.deepEqual(model.scoreRaw(features, features.length, sums), naiveSums(model, features));
    }
  }
});

test('addRaw adds a slice of features into a slice of the scores, without clearing', () => {
  const model = randomModel(17, 200, 7);
  const features = Array.from(model.keys.subarray(0, 30));
  const scores = new Int32Array(3 * 17).fill(5);
  model.addRaw(features, 10, 30, scores, 17);
  const expected = naiveSums(model, features.slice(10, 30));
  assert.deepEqual(Array.from(scores.subarray(0, 17)), new Array(17).fill(5));
  assert.deepEqual(Array.from(scores.subarray(17, 34)), Array.from(expected, (v) => v + 5));
  assert.deepEqual(Array.from(scores.subarray(34)), new Array(17).fill(5));
});

test('score is scoreRaw times the scale', () => {
  const model = randomModel(5, 100, 11);
  const features = Array.from(model.keys.subarray(0, 12));
  const raw = naiveSums(model, features);
  const scores = model.score(features, features.length, new Float32Array(5));
  assert.deepEqual(Array.from(scores), Array.from(raw, (v) => Math.fround(v * model.scale)));
});

test('a model holding the weight -32768 (which marks an empty dense slot) still sums right', () => {
  const keys = Uint32Array.from([3, 9, 0x100003]);
  const offsets = Uint32Array.from([0, 2, 3, 5]);
  const model = new LinearModel(4, keys, offsets, Uint16Array.from([0, 3, 0, 1, 2]), Int16Array.from([-32768, 5, 7, -1, 2]), 1);
  assert.deepEqual(Array.from(model.scoreRaw([3, 0x100003, 4, 9], 4, new Int32Array(4))), [-32761, -1, 2, 5]);
});
