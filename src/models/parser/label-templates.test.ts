import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadClusters } from '../clusters/word-clusters.js';
import { extractFeatures, MAX_FEATURES, TEMPLATE_ORDER, templatePositions } from './features.js';
import { SentenceCodes } from './sentence-codes.js';
import { trainParser, type TreebankSentence } from './train-parser.js';
import { ParseState, SHIFT } from './transition-system.js';

const TOY: TreebankSentence[] = [
  {
    words: ['Dogs', 'chase', 'cats', '.'],
    tags: ['NNS', 'VBP', 'NNS', '.'],
    heads: [1, -1, 1, 1],
    deprels: ['nsubj', 'root', 'obj', 'punct'],
  },
  {
    words: ['The', 'cat', 'sleeps', '.'],
    tags: ['DT', 'NN', 'VBZ', '.'],
    heads: [1, 2, -1, 2],
    deprels: ['det', 'nsubj', 'root', 'punct'],
  },
];

test('TEMPLATE_ORDER lists the templates in the order the feature code writes them', () => {
  // the compiled features module, beside this test: every f1/f2/f3 call names its template first
  const source = readFileSync(fileURLToPath(new URL('./features.js', import.meta.url)), 'utf8');
  const written = [...source.matchAll(/\bf[123]\((\d+),/g)].map((m) => Number(m[1]));
  assert.deepEqual(written, [...TEMPLATE_ORDER]);
  assert.equal(new Set(TEMPLATE_ORDER).size, TEMPLATE_ORDER.length, 'no template twice');
});

test('a training state writes one feature per template, and templatePositions finds them', () => {
  const codes = new SentenceCodes(loadClusters());
  codes.fill(TOY[0].words, TOY[0].tags);
  const state = new ParseState().reset(codes.n);
  state.apply(SHIFT, 0);
  const features = new Uint32Array(MAX_FEATURES);
  assert.equal(extractFeatures(state, codes, features), TEMPLATE_ORDER.length);
  assert.deepEqual([...templatePositions([0, 7])], [0, 1]);
  assert.deepEqual([...templatePositions([2])], [TEMPLATE_ORDER.indexOf(2)]);
  assert.equal(templatePositions([999]).length, 0);
});

test('the relation classifiers learn only from the label templates', () => {
  const all = trainParser(TOY, { epochs: 3, seed: 2 });
  const biasOnly = trainParser(TOY, { epochs: 3, seed: 2, labelTemplates: [0] });
  assert.ok(all.leftLabels.keys.length > 1 && all.rightLabels.keys.length > 1);
  // template 0 is the bias: one feature id in every state
  assert.ok(biasOnly.leftLabels.keys.length <= 1, `left keys ${biasOnly.leftLabels.keys.length}`);
  assert.ok(biasOnly.rightLabels.keys.length <= 1, `right keys ${biasOnly.rightLabels.keys.length}`);
  // the move classifier still reads every template (its child-label features see other labels,
  // so its features are not exactly the same ones)
  assert.ok(biasOnly.moves.keys.length > 0.9 * all.moves.keys.length);
});
