import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feat1, hashString } from './hash.js';
import { decodeModelFile, encodeModelFile } from './model-file.js';
import { PerceptronTrainer } from './perceptron.js';

/** A toy task: the class is decided by which of three words is present. */
function toyData(): { features: number[]; gold: number }[] {
  const words = ['alpha', 'beta', 'gamma'];
  const out: { features: number[]; gold: number }[] = [];
  for (let i = 0; i < 60; i++) {
    const gold = i % 3;
    out.push({ features: [feat1(1, hashString(words[gold])), feat1(2, hashString('bias'))], gold });
  }
  return out;
}

test('the perceptron learns a separable toy task and its averaged model agrees', () => {
  const trainer = new PerceptronTrainer(3);
  const scores = new Float32Array(3);
  for (let epoch = 0; epoch < 3; epoch++) {
    for (const { features, gold } of toyData()) {
      const guess = PerceptronTrainer.argmax(trainer.score(features, features.length, scores));
      trainer.update(features, features.length, gold, guess);
      trainer.tick();
    }
  }
  const model = trainer.finalize();
  for (const { features, gold } of toyData()) {
    assert.equal(PerceptronTrainer.argmax(model.score(features, features.length, scores)), gold);
  }
});

test('no update when the guess is right', () => {
  const trainer = new PerceptronTrainer(2);
  trainer.update([1, 2], 2, 1, 1);
  assert.equal(trainer.featureCount, 0);
});

test('a model file round-trips: same scores after encode and decode', () => {
  const trainer = new PerceptronTrainer(3);
  for (const { features, gold } of toyData()) {
    trainer.update(features, features.length, gold, (gold + 1) % 3);
    trainer.tick();
  }
  const model = trainer.finalize();
  const bytes = encodeModelFile({ kind: 'toy', featureVersion: 7, labels: ['a', 'b', 'c'] }, [model]);
  const { header, models } = decodeModelFile(bytes, 'toy.bin');
  assert.equal(header.kind, 'toy');
  assert.equal(header.featureVersion, 7);
  const a = new Float32Array(3);
  const b = new Float32Array(3);
  for (const { features } of toyData()) {
    assert.deepEqual(models[0].score(features, 2, b), model.score(features, 2, a));
  }
});

test('a corrupt model file gives MODEL_INVALID', () => {
  assert.throws(() => decodeModelFile(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 'bad.bin'), {
    code: 'MODEL_INVALID',
  });
});
