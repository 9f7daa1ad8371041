import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LinearModel } from '../linear-model.js';
import { BoundaryModel } from './boundary-model.js';
import { averageLinearModels, trainBoundaries, type SentenceText } from './train-boundaries.js';

/** Each feature's class weights as floats (stored value times scale), by feature id. */
function weights(model: LinearModel): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let k = 0; k < model.keys.length; k++) {
    const row = new Array<number>(model.nClasses).fill(0);
    for (let e = model.offsets[k]; e < model.offsets[k + 1]; e++) row[model.classes[e]] = model.values[e] * model.scale;
    out.set(model.keys[k], row);
  }
  return out;
}

test('the average of linear models has the mean weight of each feature and drops what cancels out', () => {
  const a = LinearModel.fromArrays(2, Uint32Array.of(3, 7), Uint32Array.of(0, 2, 3), [0, 1, 1], [2, -1, 4]);
  const b = LinearModel.fromArrays(2, Uint32Array.of(3, 9), Uint32Array.of(0, 2, 3), [0, 1, 0], [-2, 3, 1]);
  const mean = weights(averageLinearModels([a, b]));
  assert.deepEqual([...mean.keys()], [3, 7, 9]);
  const close = (got: number[] | undefined, want: number[]) => {
    assert.ok(got);
    got.forEach((w, c) => assert.ok(Math.abs(w - want[c]) < 1e-3, `${w} against ${want[c]}`));
  };
  close(mean.get(3), [0, 1]); // class 0 cancels out (2 and -2) and is dropped
  close(mean.get(7), [0, 2]);
  close(mean.get(9), [0.5, 0]);
});

/** Small texts with their gold sentence starts: ends after a colon or a quote, and places that go on. */
function texts(): SentenceText[] {
  const lines = [
    ['Note: ', 'The meeting is off. ', 'Call Ann: ', 'She knows.'],
    ['He wrote "Hello" ', 'Then he left. ', 'See the film Alien: Covenant tonight.'],
    ['KABUL: ', 'Talks began (late) ', 'They ended. ', 'Read "War" Now.'],
    ['Update: ', 'We won. ', 'The show Star Trek: Enterprise ends.'],
  ];
  return lines.map((parts) => {
    const starts: number[] = [];
    let text = '';
    for (const part of parts) {
      starts.push(text.length);
      text += part;
    }
    return { text: text.trimEnd(), sentenceStarts: starts };
  });
}

test('averaged members: the same bytes every time, the mean of the members trained one by one', () => {
  const options = { epochs: 3, seed: 5, trainedOn: 'test' };
  const averaged = trainBoundaries(texts(), { ...options, members: 3 });
  assert.deepEqual(trainBoundaries(texts(), { ...options, members: 3 }).encode(), averaged.encode());
  assert.equal(averaged.info.members, 3);
  const decoded = BoundaryModel.decode(averaged.encode(), 'averaged.bin');
  assert.equal(decoded.info.members, 3);
  assert.deepEqual(decoded.encode(), averaged.encode());
  const singles = [5, 6, 7].map((seed) => trainBoundaries(texts(), { ...options, seed }).model);
  assert.equal(trainBoundaries(texts(), options).info.members, undefined); // one model: no members key
  const mean = weights(averageLinearModels(singles));
  const got = weights(averaged.model);
  assert.deepEqual([...got.keys()], [...mean.keys()]);
  let max = 0;
  for (const row of mean.values()) for (const w of row) max = Math.max(max, Math.abs(w));
  assert.ok(max > 0, 'the members learned something');
  for (const [key, row] of mean) {
    row.forEach((w, c) => assert.ok(Math.abs((got.get(key) as number[])[c] - w) <= max / 16000));
  }
});
