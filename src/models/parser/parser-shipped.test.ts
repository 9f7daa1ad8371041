import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllu } from '../../eval/conllu.js';
import { hasSharedData, sharedDataPath } from '../paths.js';
import { loadTagger } from '../tagger/tagger.js';
import { evaluateParser } from './evaluate-parser.js';
import { loadParser, parse, parseUd } from './parser.js';

const WORDS = ['Ibrahim', 'Kalın', 'met', 'senior', 'leaders', 'of', 'Hamas', 'on', 'Sunday', '.'];
const TAGS = ['NNP', 'NNP', 'VBD', 'JJ', 'NNS', 'IN', 'NNP', 'IN', 'NNP', '.'];

test('the shipped parser finds who met whom in a hand-written sentence', () => {
  const { heads, deprels } = parse(WORDS, TAGS);
  const at = (word: string): number => WORDS.indexOf(word);
  const met = at('met');
  assert.equal(heads[met], met, 'the root points at itself');
  assert.equal(deprels[met], 'root');
  // UD heads a multiword name on its first word: "Ibrahim" is the subject, "Kalın" is flat on it.
  assert.equal(heads[at('Ibrahim')], met);
  assert.equal(deprels[at('Ibrahim')], 'nsubj');
  assert.equal(heads[at('Kalın')], at('Ibrahim'));
  assert.equal(deprels[at('Kalın')], 'flat');
  assert.equal(heads[at('leaders')], met);
  assert.equal(deprels[at('leaders')], 'obj');
  assert.equal(heads[at('senior')], at('leaders'));
  assert.equal(heads[at('Hamas')], at('leaders'));
  assert.equal(deprels[at('of')], 'case');
  assert.equal(heads[at('.')], met);
  assert.equal(deprels[at('.')], 'punct');
});

test('the predict-ud hook gives 1-based heads with 0 for the root', () => {
  const { heads } = parseUd(WORDS, [], TAGS);
  assert.equal(heads[2], 0);
  assert.equal(heads[1], 1); // Kalın -> Ibrahim (word 1)
});

test('the shipped parser is loaded once and says what it was trained on', () => {
  assert.equal(loadParser(), loadParser());
  assert.match(String(loadParser().info.trainedOn), /EWT/);
});

/** EWT dev tagged by the shipped tagger, with gold trees. */
function taggedDev() {
  const dev = readConllu(sharedDataPath('ud', 'EWT', 'en_ewt-ud-dev.conllu'));
  const tagger = loadTagger();
  return dev.map((s) => {
    const words = s.words.map((w) => w.form);
    const classes = tagger.tag(words);
    return {
      words,
      tags: Array.from(classes, (c) => tagger.xpos[c]),
      heads: s.words.map((w) => w.head - 1),
      deprels: s.words.map((w) => w.deprel),
    };
  });
}

const noData = !hasSharedData() && 'no ../shared/data';

// The targets (UAS 88, LAS 85) are not reached: the README says so; this guards the shipped figures.
test('EWT dev with predicted tags: no worse than the figures in the README', { skip: noData }, () => {
  const scores = evaluateParser(loadParser(), taggedDev());
  assert.ok(scores.uas >= 83.8, `UAS ${scores.uas.toFixed(2)}`);
  assert.ok(scores.las >= 80.3, `LAS ${scores.las.toFixed(2)}`);
});
