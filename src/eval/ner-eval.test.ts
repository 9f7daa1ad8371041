import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NerScorer, formatNerReport } from './ner-eval.js';

test('conlleval scoring on a hand-made example: exact span and type, micro-averaged', () => {
  const scorer = new NerScorer();
  // gold: [Peter Blackburn]PER, [EU]ORG, [German]MISC ; predicted: PER right, EU as LOC, German right, extra "Thursday" ORG
  scorer.addTags(
    ['B-PER', 'I-PER', 'O', 'B-ORG', 'B-MISC', 'O'],
    ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-MISC', 'B-ORG'],
  );
  // a boundary error counts as one miss and one false name
  scorer.addTags(['B-LOC', 'I-LOC'], ['B-LOC', 'B-LOC']);
  const r = scorer.report();
  assert.equal(r.overall.gold, 4);
  assert.equal(r.overall.predicted, 6);
  assert.equal(r.overall.correct, 2);
  assert.equal(r.overall.precision.toFixed(2), '33.33');
  assert.equal(r.overall.recall.toFixed(2), '50.00');
  assert.equal(r.overall.f1.toFixed(2), '40.00');
  assert.equal(r.types.PER.f1, 100);
  assert.equal(r.types.ORG.correct, 0);
  assert.match(formatNerReport(r, 'x.conll').trim().split('\n').at(-1)!, /^NER F1 40\.00 .* on x\.conll$/);
});

test('IOB1 gold and IOB2 predictions of the same names score 100', () => {
  const scorer = new NerScorer();
  scorer.addTags(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC'], ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC']);
  const r = scorer.report();
  assert.equal(r.overall.gold, 3);
  assert.equal(r.overall.f1, 100);
});
