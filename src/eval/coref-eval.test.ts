import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasSharedData, sharedDataPath } from '../models/paths.js';
import { parseConllu, readConllu } from './conllu.js';
import { evaluateCoref } from './coref-eval.js';
import { readCorefDocuments } from './coref-gold.js';

const SAMPLE = [
  '# newdoc id = test_doc',
  '# text = Kim met Lee. She liked the car.',
  '1\tKim\tKim\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-nnnnn-cf1-1-coref)',
  '2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\tLee\tLee\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-person-new-nnnnn-cf2-1-coref)|SpaceAfter=No',
  '4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '5\tShe\tshe\tPRON\tPRP\t_\t6\tnsubj\t_\tEntity=(1-person-giv-nnnnn-cf1-1-coref)',
  '6\tliked\tlike\tVERB\tVBD\t_\t0\troot\t_\t_',
  '7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\tEntity=(3-object-new-nnnnn-cf3-2-sgl',
  '8\tcar\tcar\tNOUN\tNN\t_\t6\tobj\t_\tEntity=3)|SpaceAfter=No',
  '9\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_',
  '',
].join('\n');

test('GUM Entity= brackets become gold mentions with type, entity and head span', () => {
  const [doc] = readCorefDocuments(parseConllu(SAMPLE));
  assert.equal(doc.id, 'test_doc');
  const spans = doc.mentions.map((m) => [doc.text.slice(m.start, m.end), m.entity, m.etype]);
  assert.deepEqual(spans, [
    ['Kim', '1', 'person'],
    ['Lee', '2', 'person'],
    ['She', '1', 'person'],
    ['the car', '3', 'object'],
  ]);
  const car = doc.mentions[3];
  assert.deepEqual(
    car.heads.map(([s, e]) => doc.text.slice(s, e)),
    ['car'],
  );
});

test('GUM dev: the coref evaluation runs and scores above zero', { skip: !hasSharedData() }, () => {
  const file = sharedDataPath('ud', 'GUM', 'en_gum-ud-dev.conllu');
  const sentences = readConllu(file).slice(0, 400); // the first documents keep the test short
  const report = evaluateCoref(sentences, file);
  assert.ok(report.documents >= 1);
  assert.ok(report.withoutSingletons.conll() > 0.1, `CoNLL-2012 F1 ${report.withoutSingletons.conll()}`);
});
