import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordClusters } from '../../models/clusters/word-clusters.js';
import { encodeModelFile } from '../../models/model-file.js';
import { LinearModel } from '../../models/linear-model.js';
import { isDossierError } from '../../errors/dossier-error.js';
import { FEATURE_VERSION } from './features.js';
import { decodeQuotesModel, encodeQuotesModel } from './quotes-model.js';

/** A tiny model of `classes` classes with one feature. */
function tiny(classes: number): LinearModel {
  return LinearModel.fromArrays(classes, Uint32Array.of(7), Uint32Array.of(0, 1), [1], [0.5]);
}

const levels = { levels: [2], words: 2, builtFrom: 'test' };
const ours = new WordClusters(levels, ['said', 'told'], Uint16Array.of(0, 1));
const theirs = new WordClusters(levels, ['said', 'told'], Uint16Array.of(1, 0));

test('a quotes model keeps the checksum of its word classes and refuses other ones', () => {
  const bytes = encodeQuotesModel({ cueLexicon: [] }, tiny(3), tiny(5), ours);
  const model = decodeQuotesModel(bytes, 'q.bin', ours);
  assert.equal(model.header.clusters, ours.checksum);
  assert.equal(model.cue.nClasses, 3);
  assert.equal(model.role.nClasses, 5);
  assert.notEqual(ours.checksum, theirs.checksum);
  assert.throws(
    () => decodeQuotesModel(bytes, 'q.bin', theirs),
    (error: unknown) =>
      isDossierError(error) &&
      error.code === 'MODEL_INVALID' &&
      error.file === 'q.bin' &&
      /other word classes/.test(error.message),
  );
  // a file written before the checksum was kept is refused too, with what it lacks
  const old = encodeModelFile({ kind: 'quotes', featureVersion: FEATURE_VERSION, cueLexicon: [] }, [
    tiny(3),
    tiny(5),
  ]);
  assert.throws(
    () => decodeQuotesModel(old, 'old.bin', ours),
    (error: unknown) => isDossierError(error) && /no word-class checksum/.test(error.message),
  );
});
