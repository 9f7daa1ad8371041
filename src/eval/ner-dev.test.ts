import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { hasSharedData, modelPath, sharedDataPath } from '../models/paths.js';
import { NER_MODEL_FILE } from '../models/ner/ner-model.js';
import { evaluateNerConll } from './ner-predict.js';

const dev = sharedDataPath('conll2003', 'eng.testa');
const ready = hasSharedData() && existsSync(dev) && existsSync(modelPath(NER_MODEL_FILE));

test(
  'NER F1 on CoNLL-2003 eng.testa is at least 90',
  { skip: !ready && '../shared/data/conll2003 or models/ner.bin absent' },
  () => {
    const report = evaluateNerConll(readFileSync(dev, 'utf8'), dev);
    assert.equal(report.overall.gold, 5942);
    assert.ok(report.overall.f1 >= 90, `F1 ${report.overall.f1.toFixed(2)}`);
  },
);
