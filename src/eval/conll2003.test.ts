import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentText, parseConll2003 } from './conll2003.js';

const SAMPLE = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- O O

BRUSSELS NNP I-NP I-LOC
`;

test('reads documents, sentences, tokens and last-column tags with their line numbers', () => {
  const file = parseConll2003(SAMPLE, 'sample');
  assert.equal(file.documents.length, 2);
  assert.equal(file.documents[0].sentences.length, 2);
  assert.deepEqual(file.documents[0].sentences[1].tokens, ['Peter', 'Blackburn']);
  assert.deepEqual(file.documents[0].sentences[0].tags, ['I-ORG', 'O', 'I-MISC', 'O']);
  assert.deepEqual(file.documents[1].sentences[0].lines, [12]);
  const text = documentText(file.documents[0]);
  assert.equal(text.text, 'EU rejects German call Peter Blackburn');
  assert.deepEqual(text.sentStarts, [0, 4]);
  assert.equal(text.text.slice(text.starts[5], text.ends[5]), 'Blackburn');
});

test('token-only input is accepted for predict, refused for eval', () => {
  const file = parseConll2003('Kalın\nmet\nErdoğan\n', 'tokens');
  assert.deepEqual(file.documents[0].sentences[0].tokens, ['Kalın', 'met', 'Erdoğan']);
  assert.throws(() => parseConll2003('Kalın\nmet\n', 'tokens', true), { code: 'CONLL_MALFORMED', line: 1 });
});

test('a line with another number of columns is CONLL_MALFORMED with file and line', () => {
  assert.throws(
    () => parseConll2003('EU NNP I-NP I-ORG\nrejects O\n', 'bad.conll'),
    (error: unknown) => {
      const e = error as { code: string; file: string; line: number };
      return e.code === 'CONLL_MALFORMED' && e.file === 'bad.conll' && e.line === 2;
    },
  );
  assert.throws(() => parseConll2003('EU NNP I-NP X-ORG\n', 'bad.conll', true), { code: 'CONLL_MALFORMED' });
});
