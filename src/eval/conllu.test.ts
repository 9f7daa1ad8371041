import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDossierError } from '../errors/dossier-error.js';
import { parseConllu } from './conllu.js';
import { rebuildDocuments, wordSpans } from './conllu-text.js';

const SAMPLE = [
  '# newdoc id = d1',
  '# newpar',
  '# sent_id = s1',
  "# text = I don't know.",
  '1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_',
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '4.1\tknow\t_\t_\t_\t_\t_\t_\t4:conj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '# sent_id = s2',
  '# text = Fine.',
  '1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t0:root\tSpaceAfter=No',
  '2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_',
  '',
].join('\n');

test('parses words, multiword tokens and comments; skips empty nodes', () => {
  const [s1, s2] = parseConllu(SAMPLE, 'sample.conllu');
  assert.equal(s1.text, "I don't know.");
  assert.equal(s1.sentId, 's1');
  assert.ok(s1.newdoc && s1.newpar);
  assert.deepEqual(
    s1.words.map((w) => w.form),
    ['I', 'do', "n't", 'know', '.'],
  );
  assert.deepEqual(s1.tokens, [{ first: 2, last: 3, form: "don't", misc: '_' }]);
  assert.equal(s1.words[3].head, 0);
  assert.equal(s1.words[0].upos, 'PRON');
  assert.equal(s1.words[3].misc, 'SpaceAfter=No');
  assert.ok(!s2.newpar);
});

test('a multiword token gives its words consecutive sub-spans of the surface form', () => {
  const [s1] = parseConllu(SAMPLE);
  const spans = wordSpans(s1);
  assert.deepEqual(spans.starts, [0, 2, 4, 8, 12]);
  assert.deepEqual(spans.ends, [1, 4, 7, 12, 13]);
});

test('documents are rebuilt with sentences of a paragraph joined by a space', () => {
  const [doc] = rebuildDocuments(parseConllu(SAMPLE));
  assert.equal(doc.text, "I don't know. Fine.");
  assert.deepEqual(doc.sentenceStarts, [0, 14]);
  assert.deepEqual(doc.sentenceEnds, [13, 19]);
});

const MALFORMED: [string, string, number][] = [
  ['too few columns', '# text = a\n1\ta\ta\n', 2],
  ['ids out of order', '# text = a b\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n', 3],
  ['a bad head', '# text = a\n1\ta\t_\t_\t_\t_\tx\troot\t_\t_\n', 2],
  ['a head beyond the sentence', '# text = a\n1\ta\t_\t_\t_\t_\t7\troot\t_\t_\n\n', 1],
  ['a bad range', '# text = a\n1-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n', 2],
  ['a comment inside a sentence', '1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n# text = a\n', 2],
  ['a sentence with no words', '# text = a\n\n', 1],
];

for (const [name, source, line] of MALFORMED) {
  test(`malformed CoNLL-U (${name}) is CONLL_MALFORMED with file and line`, () => {
    assert.throws(
      () => parseConllu(source, 'bad.conllu'),
      (error: unknown) => {
        assert.ok(isDossierError(error));
        assert.equal(error.code, 'CONLL_MALFORMED');
        assert.equal(error.file, 'bad.conllu');
        assert.equal(error.line, line);
        assert.match(error.message, /^bad\.conllu:\d+: /);
        return true;
      },
    );
  });
}

test('words that do not spell the # text are CONLL_MALFORMED', () => {
  const source = '# text = abc\n1\txyz\t_\t_\t_\t_\t0\troot\t_\t_\n';
  assert.throws(() => rebuildDocuments(parseConllu(source, 'x.conllu'), 'x.conllu'), /CONLL|spell/);
});
