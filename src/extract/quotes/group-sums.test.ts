import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyseForQuotes } from '../../eval/quotes-predict.js';
import { LinearModel } from '../../models/linear-model.js';
import { hasSharedData, sharedDataPath } from '../../models/paths.js';
import { applyCueLexicon } from './cue-lexicon.js';
import { GroupSums } from './group-sums.js';
import { tagCues, tagRoles } from './quote-tagger.js';
import { loadQuotesModel } from './quotes-model.js';
import { tokenContext } from './token-context.js';

/** Three classes; feature 10 weighs on classes 0 and 2, feature 20 on class 1, feature 99 on none. */
function smallModel(): LinearModel {
  return LinearModel.fromArrays(
    3,
    Uint32Array.from([10, 20]),
    Uint32Array.from([0, 2, 3]),
    [0, 2, 1],
    [1, -0.5, 2],
  );
}

test('a group row holds the integer sums of its features, found again only by its whole key', () => {
  const model = smallModel();
  const sums = new GroupSums(model, 4);
  const features = Uint32Array.from([10, 20, 99]);
  const missed = sums.find(5, 7);
  assert.ok(missed < 0, 'an empty cache keeps nothing');
  const row = sums.store(~missed, 5, 7, features, 3);
  const raw = new Int32Array(3);
  sums.add(row, raw);
  assert.deepEqual(raw, model.scoreRaw(features, 3, new Int32Array(3)));
  assert.ok(raw.some((v) => v !== 0));
  assert.equal(sums.find(5, 7), row);
  // either half of the key differing is another combination
  assert.ok(sums.find(5, 8) < 0);
  assert.ok(sums.find(6, 7) < 0);
  // adding the row again adds the same sums
  sums.add(row, raw);
  assert.deepEqual(raw, model.scoreRaw(Uint32Array.from([10, 20, 99, 10, 20, 99]), 6, new Int32Array(3)));
});

const model = loadQuotesModel();
const skip =
  model === null ? 'models/quotes.bin is not built' : !hasSharedData() ? 'no ../shared data' : false;

/** A learner that changes nothing: the taggers then score every feature one by one (no form or group sums). */
const direct = (): void => {};

test('BBC articles get the same tags with the form and group sums as scoring every feature', { skip }, () => {
  const m = model as NonNullable<typeof model>;
  let tagged = 0;
  for (const name of ['001.txt', '002.txt', '003.txt', '004.txt', '005.txt', '006.txt']) {
    const text = readFileSync(sharedDataPath('bbc_news', 'politics', name), 'utf8');
    const ctx = tokenContext(analyseForQuotes(text));
    applyCueLexicon(ctx, m.lexicon);
    const fastCues = tagCues(ctx, m.cue);
    const plainCues = tagCues(ctx, m.cue, direct);
    assert.deepEqual(fastCues, plainCues, name);
    const fast = tagRoles(ctx, fastCues, m.role);
    assert.deepEqual(fast, tagRoles(ctx, plainCues, m.role, direct), name);
    tagged += fast.filter((t) => t !== 0).length;
  }
  assert.ok(tagged > 0, 'the articles have attributions');
});
