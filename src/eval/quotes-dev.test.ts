import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadQuotesModel } from '../extract/quotes/quotes-model.js';
import { hasSharedData, sharedDataPath } from '../models/paths.js';
import { evaluateQuotesFolder } from './quotes-predict.js';

const skip = !hasSharedData()
  ? 'the shared gold data is absent'
  : loadQuotesModel() === null
    ? 'models/quotes.bin is not built'
    : false;

// Floors a little under the figures in the README, so a regression fails and noise does not.
test('PolNeAR dev: attribution scores stay at their measured level', { skip }, () => {
  const s = evaluateQuotesFolder(sharedDataPath('polnear', 'dev'));
  assert.equal(s.documents, 84);
  assert.ok(s.roles.source.exact.f1 >= 72, `source exact F1 ${s.roles.source.exact.f1}`);
  assert.ok(s.roles.cue.exact.f1 >= 66.5, `cue exact F1 ${s.roles.cue.exact.f1}`);
  assert.ok(s.roles.content.overlap.f1 >= 79, `content overlap F1 ${s.roles.content.overlap.f1}`);
  assert.ok(s.linked.f1 >= 71.5, `linked F1 ${s.linked.f1}`);
});
