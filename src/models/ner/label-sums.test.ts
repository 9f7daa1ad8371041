import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LinearModel } from '../linear-model.js';
import { jointModel } from './joint-model.js';
import { evidenceLabelFeatures } from './consistency.js';
import { NO_LABEL, labelPairFeatures } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { LabelSumCache } from './label-sums.js';

/** A model with a weight for every class of the features of every label combination. */
function labelModel(shift = 0): LinearModel {
  const ids = new Set<number>();
  const out = new Uint32Array(4);
  const values = [...Array.from({ length: LABEL_COUNT + 1 }, (_, v) => v), NO_LABEL];
  for (const a of values) {
    for (const b of values) {
      for (let k = 0, n = labelPairFeatures(a, b, out, 0); k < n; k++) ids.add(out[k]);
      if (b >= LABEL_COUNT) continue;
      for (const c of values) for (let k = 0, n = evidenceLabelFeatures(a, b, c, out, 0); k < n; k++) ids.add(out[k]);
    }
  }
  const keys = Uint32Array.from([...ids].sort((x, y) => x - y));
  const offsets = new Uint32Array(keys.length + 1);
  const classes: number[] = [];
  const weights: number[] = [];
  keys.forEach((key, k) => {
    // a few classes per feature, some rows short (inline) and some long
    for (let c = key % 3; c < LABEL_COUNT; c += 1 + (key % 5)) {
      classes.push(c);
      weights.push(((key >>> 7) % 201) - 100 + c + shift);
    }
    offsets[k + 1] = classes.length;
  });
  return LinearModel.fromArrays(LABEL_COUNT, keys, offsets, classes, weights);
}

/** The direct sums of features out[0, n) into a fresh row. */
function direct(model: LinearModel, out: Uint32Array, n: number): number[] {
  return [...model.scoreRaw(out, n, new Int32Array(LABEL_COUNT))];
}

test('kept label-pair sums equal the sums of the pair features, on first use and after', () => {
  const model = labelModel();
  const cache = new LabelSumCache();
  const out = new Uint32Array(4);
  const values = [...Array.from({ length: LABEL_COUNT }, (_, v) => v), NO_LABEL];
  for (let round = 0; round < 2; round++) {
    for (const p2 of values) {
      for (const p1 of values) {
        const scores = new Int32Array(LABEL_COUNT + 2).fill(5);
        cache.addPair(model, 0, p2, p1, scores, 1);
        const expected = direct(model, out, labelPairFeatures(p2, p1, out, 0)).map((v) => v + 5);
        assert.deepEqual([...scores.subarray(1, 1 + LABEL_COUNT)], expected, `p2 ${p2}, p1 ${p1}`);
        assert.equal(scores[0], 5, 'nothing added before the row');
        assert.equal(scores[LABEL_COUNT + 1], 5, 'nothing added after the row');
      }
    }
  }
  const some = new Int32Array(LABEL_COUNT);
  cache.addPair(model, 0, 1, 2, some, 0);
  assert.ok(some.some((v) => v !== 0), 'the pair features have weights');
});

test('kept sums of a joint model give each pass the sums of its own model, pairs and evidence labels alike', () => {
  const first = labelModel();
  const second = labelModel(7);
  const joint = jointModel([first, second]);
  const cache = new LabelSumCache(joint.nClasses);
  const out = new Uint32Array(4);
  const sides = Array.from({ length: LABEL_COUNT + 1 }, (_, v) => v); // LABEL_COUNT: past the edge
  for (let round = 0; round < 2; round++) {
    for (const prev of sides) {
      for (let own = 0; own < LABEL_COUNT; own++) {
        for (const next of [0, 3, own, LABEL_COUNT]) {
          const n = evidenceLabelFeatures(prev, own, next, out, 0);
          for (const [offset, model] of [[0, first], [LABEL_COUNT, second]] as const) {
            const scores = new Int32Array(LABEL_COUNT);
            cache.addEvidence(joint, offset, prev, own, next, scores, 0);
            assert.deepEqual([...scores], direct(model, out, n), `${prev} ${own} ${next} at ${offset}`);
          }
        }
      }
    }
  }
  for (const [offset, model] of [[0, first], [LABEL_COUNT, second]] as const) {
    const scores = new Int32Array(LABEL_COUNT);
    cache.addPair(joint, offset, NO_LABEL, 4, scores, 0);
    assert.deepEqual([...scores], direct(model, out, labelPairFeatures(NO_LABEL, 4, out, 0)));
  }
  const n = evidenceLabelFeatures(2, 3, 4, out, 0);
  assert.notDeepEqual(direct(first, out, n), direct(second, out, n), 'the two passes differ');
});
