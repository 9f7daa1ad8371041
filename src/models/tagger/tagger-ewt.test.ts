import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { readConllu } from '../../eval/conllu.js';
import { evaluateUd } from '../../eval/ud-predict.js';
import { hasSharedData, modelPath, sharedDataPath } from '../paths.js';
import { loadTagger, TAGGER_FILE } from './tagger.js';

/**
 * Regression floors just under the shipped model's measured figures (README). The target
 * is UPOS 96.5, which this linear tagger does not reach yet.
 */
const UPOS_FLOOR = 95.0;
const XPOS_FLOOR = 94.5;

const dev = sharedDataPath('ud', 'EWT', 'en_ewt-ud-dev.conllu');
const skip = !hasSharedData() || !existsSync(dev) ? 'no ../shared/data' : !existsSync(modelPath(TAGGER_FILE)) && 'no model';

test('the shipped tagger reaches its measured accuracy on EWT dev (gold words)', { skip }, () => {
  const scores = evaluateUd(readConllu(dev), dev, { tagger: loadTagger() });
  assert.ok(scores.upos >= UPOS_FLOOR, `UPOS ${scores.upos.toFixed(2)} < ${UPOS_FLOOR}`);
  assert.ok(scores.xpos >= XPOS_FLOOR, `XPOS ${scores.xpos.toFixed(2)} < ${XPOS_FLOOR}`);
});
