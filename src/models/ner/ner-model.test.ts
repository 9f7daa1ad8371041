import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseConll2003 } from '../../eval/conll2003.js';
import { predictNerConll } from '../../eval/ner-predict.js';
import { modelPath } from '../paths.js';
import { BILOU_NAMES } from './labels.js';
import { NerModel, NER_MODEL_FILE, loadNerModel } from './ner-model.js';
import { trainNer } from './train-ner.js';

/** A toy corpus: enough for a tiny model to learn who is a person and what is a place. */
function toyCorpus(): string {
  const people = ['Ahmet Yılmaz', 'Peter Blackburn', 'Ayşe Kaya', 'John Smith', 'Mehmet Öz', 'Anna Berg'];
  const places = ['Ankara', 'Brussels', 'İzmir', 'London', 'Paris', 'Şanlıurfa'];
  const lines: string[] = [];
  for (let d = 0; d < 6; d++) {
    lines.push('-DOCSTART- -X- O O', '');
    for (let s = 0; s < 6; s++) {
      const person = people[(d + s) % people.length].split(' ');
      const place = places[(d * 2 + s) % places.length];
      lines.push(`${person[0]} NNP I-NP B-PER`, `${person[1]} NNP I-NP I-PER`);
      lines.push('visited VBD I-VP O', `${place} NNP I-NP B-LOC`, 'on IN I-PP O', 'Monday NNP I-NP O', '. . O O', '');
    }
  }
  return lines.join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'ner-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'toy.conll');
writeFileSync(corpus, toyCorpus());
const { model } = trainNer({ trainFiles: [corpus], epochs: 4, folds: 2, seed: 3 });

test('a tiny trained model labels its training data', () => {
  const spans = model.predictSpans({
    text: 'Ayşe Kaya visited Ankara on Monday .',
    starts: [0, 5, 10, 18, 25, 28, 35],
    ends: [4, 9, 17, 24, 27, 34, 36],
    sentStarts: [0],
  });
  assert.deepEqual(spans, [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
  ]);
});

test('model save and load: same header, same predictions', () => {
  const bytes = model.encode();
  const loaded = NerModel.decode(bytes, 'toy.bin');
  assert.deepEqual(loaded.header.labels, BILOU_NAMES);
  const input = { text: 'John Smith visited Paris .', starts: [0, 5, 11, 19, 25], ends: [4, 10, 18, 24, 26], sentStarts: [0] };
  assert.deepEqual(loaded.predictLabels(input), model.predictLabels(input));
  assert.throws(() => NerModel.decode(bytes.slice(0, 40), 'cut.bin'), { code: 'MODEL_INVALID' });
});

test('training is reproducible: same data and seed, same model bytes', () => {
  const again = trainNer({ trainFiles: [corpus], epochs: 4, folds: 2, seed: 3 }).model;
  assert.deepEqual(again.encode(), model.encode());
});

test('predict output keeps every line in order and adds one IOB2 column to token lines', () => {
  const input = toyCorpus();
  const output = predictNerConll(input, 'toy.conll', model);
  const inLines = input.trimEnd().split('\n');
  const outLines = output.trimEnd().split('\n');
  assert.equal(outLines.length, inLines.length);
  for (let i = 0; i < inLines.length; i++) {
    if (inLines[i] === '' || inLines[i].startsWith('-DOCSTART-')) assert.equal(outLines[i], inLines[i]);
    else {
      assert.ok(outLines[i].startsWith(inLines[i] + ' '), outLines[i]);
      assert.match(outLines[i].slice(inLines[i].length + 1), /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    }
  }
  // the output is itself a CoNLL file whose last column scores perfectly against the gold one
  const parsed = parseConll2003(output, 'out', true);
  const sentence = parsed.documents[0].sentences[0];
  assert.deepEqual(sentence.tags, ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O']);
});

const shipped = existsSync(modelPath(NER_MODEL_FILE));

test('shipped model: Unicode names are found as well as ASCII ones', { skip: !shipped && 'models/ner.bin absent' }, () => {
  const ner = loadNerModel();
  const cases: [string, [string, string][]][] = [
    [
      'Ibrahim Kalın met President Recep Tayyip Erdoğan in Ankara on Sunday .',
      [
        ['Ibrahim Kalın', 'PER'],
        ['Recep Tayyip Erdoğan', 'PER'],
        ['Ankara', 'LOC'],
      ],
    ],
    [
      'Police in Şanlıurfa said Mehmet Öztürk had left for İzmir .',
      [
        ['Şanlıurfa', 'LOC'],
        ['Mehmet Öztürk', 'PER'],
        ['İzmir', 'LOC'],
      ],
    ],
    ['Hamas and Fatah leaders met United Nations officials in Gaza .', [
      ['Hamas', 'ORG'],
      ['Fatah', 'ORG'],
      ['United Nations', 'ORG'],
      ['Gaza', 'LOC'],
    ]],
  ];
  for (const [text, expected] of cases) {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const m of text.matchAll(/\S+/g)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    const spans = ner.predictSpans({ text, starts, ends, sentStarts: [0] });
    const found = spans.map((s) => [text.slice(starts[s.start], ends[s.end - 1]), s.type]);
    assert.deepEqual(found, expected, text);
  }
});

test('shipped model loads in under half a second', { skip: !shipped && 'models/ner.bin absent' }, () => {
  const started = performance.now();
  NerModel.decode(readFileSync(modelPath(NER_MODEL_FILE)), NER_MODEL_FILE);
  assert.ok(performance.now() - started < 500);
});
