import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseConllu, readConllu } from './conllu.js';
import { evaluateTokenizer, prf } from './tokenize-eval.js';

// Compiled to dist/src/eval/: the repository root is three levels up, ../shared beside it.
const EWT_DEV = fileURLToPath(
  new URL('../../../../shared/data/ud/EWT/en_ewt-ud-dev.conllu', import.meta.url),
);

test('precision, recall and F1 from counts', () => {
  const score = prf(4, 5, 3);
  assert.equal(score.precision, 60);
  assert.equal(score.recall, 75);
  assert.ok(Math.abs(score.f1 - 66.6667) < 1e-3);
  assert.equal(prf(0, 0, 0).f1, 0);
});

test('scores tokens by character span, clitics included', () => {
  const source = [
    "# text = Hamas' leaders don't agree.",
    '1\tHamas\t_\t_\t_\t_\t3\tnmod\t_\tSpaceAfter=No',
    "2\t'\t_\t_\t_\t_\t1\tcase\t_\t_",
    '3\tleaders\t_\t_\t_\t_\t6\tnsubj\t_\t_',
    "4-5\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
    '4\tdo\t_\t_\t_\t_\t6\taux\t_\t_',
    "5\tn't\t_\t_\t_\t_\t6\tadvmod\t_\t_",
    '6\tagree\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No',
    '7\t.\t_\t_\t_\t_\t6\tpunct\t_\t_',
    '',
  ].join('\n');
  const result = evaluateTokenizer(parseConllu(source));
  assert.equal(result.tokens.f1, 100);
  assert.equal(result.sentences.f1, 100);
});

test(
  'UD English EWT dev: token F1 >= 99',
  { skip: existsSync(EWT_DEV) ? false : 'no ../shared/data/ud/EWT' },
  () => {
    const result = evaluateTokenizer(readConllu(EWT_DEV), EWT_DEV);
    assert.ok(result.tokens.f1 >= 99, `token F1 ${result.tokens.f1.toFixed(2)}`);
    assert.ok(result.sentences.f1 >= 90, `sentence F1 ${result.sentences.f1.toFixed(2)}`);
  },
);
