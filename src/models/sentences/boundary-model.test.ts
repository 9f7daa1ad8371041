import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { modelPath } from '../paths.js';
import { BoundaryModel } from './boundary-model.js';
import { SENTENCES_FILE } from './load-sentence-model.js';

const FILE = modelPath(SENTENCES_FILE);

test('the shipped boundary model decodes from bytes and encodes to the same bytes', { skip: existsSync(FILE) ? false : 'no models/sentences.bin' }, () => {
  const bytes = new Uint8Array(readFileSync(FILE));
  const model = BoundaryModel.decode(bytes, FILE);
  assert.ok(model.model.featureCount > 0);
  assert.deepEqual(model.encode(), bytes);
});

test('a file of another kind is MODEL_INVALID', () => {
  assert.throws(() => BoundaryModel.decode(new Uint8Array(16), 'bad.bin'), /MODEL_INVALID|corrupt/);
});
