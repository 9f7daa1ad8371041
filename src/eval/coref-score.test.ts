import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorefScorer, maxAssignment, prf } from './coref-score.js';

// The worked example of Pradhan et al. (2014): key {a b c} {d e f g}; response {a b} {c d} {f g h i}.
const key = [
  ['a', 'b', 'c'],
  ['d', 'e', 'f', 'g'],
];
const response = [
  ['a', 'b'],
  ['c', 'd'],
  ['f', 'g', 'h', 'i'],
];

function close(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);
}

test('MUC counts links kept: recall 2/5, precision 2/5', () => {
  const scorer = new CorefScorer();
  scorer.add(key, response);
  close(prf(scorer.muc).recall, 2 / 5);
  close(prf(scorer.muc).precision, 2 / 5);
});

test('B³ averages over mentions: recall 5/12, precision 1/2', () => {
  const scorer = new CorefScorer();
  scorer.add(key, response);
  close(prf(scorer.bcubed).recall, 5 / 12);
  close(prf(scorer.bcubed).precision, 1 / 2);
});

test('CEAF-e aligns entities one to one: φ4 total 1.3, recall 0.65, precision 1.3/3', () => {
  const scorer = new CorefScorer();
  scorer.add(key, response);
  close(prf(scorer.ceafe).recall, 0.65);
  close(prf(scorer.ceafe).precision, 1.3 / 3);
  close(scorer.conll(), (prf(scorer.muc).f1 + prf(scorer.bcubed).f1 + prf(scorer.ceafe).f1) / 3);
});

test('a perfect response scores 1 everywhere; an empty one 0', () => {
  const perfect = new CorefScorer();
  perfect.add(key, key);
  close(perfect.conll(), 1);
  const empty = new CorefScorer();
  empty.add(key, []);
  close(empty.conll(), 0);
});

test('the assignment takes the best total, not the greedy first pick', () => {
  // greedy would take 0.9 (row 0 → col 0) and then 0.1; the best is 0.8 + 0.8
  close(
    maxAssignment(
      [
        [0.9, 0.8],
        [0.8, 0.1],
      ],
      2,
      2,
    ),
    1.6,
  );
});
