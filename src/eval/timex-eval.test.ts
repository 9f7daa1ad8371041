import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasSharedData, sharedDataPath } from '../models/paths.js';
import { evalTimexDir } from './timex-eval.js';
import { countTimexes, emptyCounts, scoreTimexes } from './timex-score.js';

test('TempEval-3 scoring: strict needs the same span, relaxed an overlap; value F1 = value accuracy x relaxed F1', () => {
  const counts = emptyCounts();
  countTimexes(
    counts,
    [
      { start: 0, end: 6, type: 'DATE', value: '1998-08-07' },
      { start: 10, end: 19, type: 'DURATION', value: 'P2W' },
    ],
    [
      { start: 0, end: 6, type: 'DATE', value: '1998-08-07' },
      { start: 14, end: 19, type: 'DURATION', value: 'P3W' },
      { start: 30, end: 34, type: 'DATE', value: '1998' },
    ],
  );
  const s = scoreTimexes(counts);
  assert.equal(s.strict.p.toFixed(2), '33.33');
  assert.equal(s.strict.r, 50);
  assert.equal(s.relaxed.r, 100);
  assert.equal(s.valueAccuracy, 50);
  assert.equal(s.valueF1.toFixed(2), ((50 * s.relaxed.f1) / 100).toFixed(2));
});

const TBAQ = sharedDataPath('tempeval3', 'TBAQ-cleaned');

test(
  'TempEval-3 held-out half of TimeBank stays above its floor',
  { skip: !hasSharedData() && 'no ../shared/data' },
  () => {
    const { scores, files } = evalTimexDir(`${TBAQ}/TimeBank`, 'odd');
    assert.equal(files, 91);
    // Floors a little under the measured figures (README): a regression here is a real loss.
    assert.ok(scores.relaxed.f1 >= 92.5, `relaxed F1 ${scores.relaxed.f1}`);
    assert.ok(scores.strict.f1 >= 83.5, `strict F1 ${scores.strict.f1}`);
    assert.ok(scores.valueF1 >= 79, `value F1 ${scores.valueF1}`);
  },
);
