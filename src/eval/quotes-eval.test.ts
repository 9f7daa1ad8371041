import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BratAttribution } from './brat.js';
import { formatQuoteScores, scoreAttributions } from './quotes-eval.js';

const gold: BratAttribution[] = [
  { source: [[0, 5]], cue: [[6, 10]], content: [[11, 30]] },
  { source: [[40, 45]], cue: [[46, 50]], content: [[51, 70]] },
];

test('scorer: exact, overlap and linked counts on a hand-made example', () => {
  const pred: BratAttribution[] = [
    // exact on every role
    { source: [[0, 5]], cue: [[6, 10]], content: [[11, 30]] },
    // source and content overlap but are not exact; the cue is exact
    { source: [[42, 45]], cue: [[46, 50]], content: [[55, 80]] },
    // a spurious attribution
    { source: null, cue: [[90, 94]], content: [[95, 99]] },
  ];
  const s = scoreAttributions([gold], [pred]);
  assert.deepEqual(
    [s.roles.source.exact.tp, s.roles.source.exact.pred, s.roles.source.exact.gold],
    [1, 2, 2],
  );
  assert.equal(s.roles.source.overlap.tp, 2);
  assert.deepEqual([s.roles.cue.exact.tp, s.roles.cue.exact.pred], [2, 3]);
  assert.equal(s.roles.content.exact.tp, 1);
  assert.equal(s.roles.content.overlap.tp, 2);
  assert.deepEqual([s.linked.tp, s.linked.pred, s.linked.gold], [2, 3, 2]);
  assert.equal(s.linked.p.toFixed(1), '66.7');
  assert.equal(s.linked.f1.toFixed(1), '80.0');
  assert.match(
    formatQuoteScores(s),
    /\nquotes: source exact F1 50\.0, cue exact F1 80\.0, content overlap F1 80\.0, linked F1 80\.0\n$/,
  );
});

test('scorer: overlap matching is one-to-one and a role missing on one side breaks the link', () => {
  const pred: BratAttribution[] = [
    { source: null, cue: [[6, 10]], content: [[11, 20]] },
    { source: null, cue: [[6, 9]], content: [[21, 30]] },
  ];
  const s = scoreAttributions([gold], [pred]);
  assert.equal(s.roles.content.overlap.tp, 1, 'two predicted pieces of one gold content count once');
  assert.equal(s.linked.tp, 0);
  assert.equal(s.roles.source.exact.pred, 0);
});
