import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConllu } from './conllu.js';
import { scoreUd } from './ud-eval.js';
import { blindUd, predictUdText, type UdPredictor } from './ud-predict.js';
import { trainTagger } from '../models/tagger/train-tagger.js';

const GOLD = [
  '# text = Ankara responded quickly.',
  '1\tAnkara\tAnkara\tPROPN\tNNP\t_\t2\tnsubj\t_\t_',
  '2\tresponded\trespond\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\tquickly\tquickly\tADV\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No',
  '4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
  '',
].join('\n');

test('UD scores count every word; LAS compares universal relations only', () => {
  const gold = parseConllu(GOLD);
  const system = parseConllu(
    GOLD.replace('PROPN\tNNP\t_\t2\tnsubj', 'NOUN\tNNP\t_\t2\tnsubj:pass').replace(
      'ADV\tRB\t_\t2',
      'ADV\tJJ\t_\t4',
    ),
  );
  const s = scoreUd(gold, system);
  assert.equal(s.words, 4);
  assert.equal(s.upos, 75);
  assert.equal(s.xpos, 75);
  assert.equal(s.uas, 75);
  assert.equal(s.las, 75); // nsubj:pass matches nsubj
  assert.equal(s.parsed, true);
  assert.equal(scoreUd(gold, blindUd(gold)).parsed, false);
});

test('predict ud fills UPOS and XPOS from FORM and leaves every other line alone', () => {
  const tagger = trainTagger(
    [
      {
        words: ['Ankara', 'responded', 'quickly', '.'],
        tags: ['PROPN NNP', 'VERB VBD', 'ADV RB', 'PUNCT .'],
      },
    ],
    { epochs: 3 },
  );
  const predictor: UdPredictor = { tagger };
  const input = GOLD.replace(/\t(PROPN|VERB|ADV|PUNCT)\t(NNP|VBD|RB|\.)\t/g, '\t_\t_\t');
  const output = predictUdText(input, 'in.conllu', predictor);
  assert.equal(output, GOLD);
  const parsed: UdPredictor = {
    tagger,
    parser: (words) => ({ heads: words.map(() => 0), deprels: words.map(() => 'dep') }),
  };
  assert.match(predictUdText(input, 'in.conllu', parsed), /^1\tAnkara\tAnkara\tPROPN\tNNP\t_\t0\tdep\t/m);
});
