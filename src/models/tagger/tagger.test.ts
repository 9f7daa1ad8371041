import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { DossierError } from '../../errors/dossier-error.js';
import { buildClusters } from '../clusters/build-clusters.js';
import { encodeModelFile } from '../model-file.js';
import { modelPath } from '../paths.js';
import { loadTagger, Tagger, TAGGER_FILE } from './tagger.js';
import { trainTagger, type TaggedSentence } from './train-tagger.js';

/** A toy treebank: names, verbs and determiners in a few frames. */
function toySentences(): TaggedSentence[] {
  const names = ['Ayşe', 'Mehmet', 'Kalın', 'Paris', 'Oslo'];
  const nouns = ['dog', 'car', 'house', 'plan'];
  const verbs = ['sees', 'likes', 'wants'];
  const out: TaggedSentence[] = [];
  for (const name of names) {
    for (const noun of nouns) {
      for (const verb of verbs) {
        out.push({
          words: [name, verb, 'the', noun, '.'],
          tags: ['PROPN NNP', 'VERB VBZ', 'DET DT', 'NOUN NN', 'PUNCT .'],
        });
      }
    }
  }
  return out;
}

function tagStrings(tagger: Tagger, words: string[]): string[] {
  const classes = tagger.tag(words);
  return words.map((_, i) => tagger.classes[classes[i]]);
}

test('a tiny training run learns the toy sentences', () => {
  const tagger = trainTagger(toySentences(), { epochs: 5, dictMinCount: 1000 });
  assert.deepEqual(tagStrings(tagger, ['Mehmet', 'wants', 'the', 'car', '.']), [
    'PROPN NNP',
    'VERB VBZ',
    'DET DT',
    'NOUN NN',
    'PUNCT .',
  ]);
  assert.equal(tagger.upos[tagger.classes.indexOf('NOUN NN')], 'NOUN');
  assert.equal(tagger.xpos[tagger.classes.indexOf('NOUN NN')], 'NN');
});

test('training is reproducible: the same data gives the same bytes', () => {
  const a = trainTagger(toySentences(), { epochs: 3, seed: 7 }).encode();
  const b = trainTagger(toySentences(), { epochs: 3, seed: 7 }).encode();
  assert.deepEqual(a, b);
});

test('a tagger survives a save/load round trip', () => {
  const tagger = trainTagger(toySentences(), { epochs: 3, dictMinCount: 5 });
  const copy = Tagger.decode(tagger.encode(), 'toy');
  assert.deepEqual(copy.classes, tagger.classes);
  assert.deepEqual(new Map(copy.dict), new Map(tagger.dict));
  const words = ['Oslo', 'likes', 'the', 'plan', '.'];
  assert.deepEqual(tagStrings(copy, words), tagStrings(tagger, words));
});

test('a model file of another kind is refused with MODEL_INVALID', () => {
  const tagger = trainTagger(toySentences(), { epochs: 1 });
  const bytes = encodeModelFile({ kind: 'parser', featureVersion: 1 }, [tagger.model]);
  assert.throws(
    () => Tagger.decode(bytes, 'parser.bin'),
    (e: unknown) => e instanceof DossierError && e.code === 'MODEL_INVALID',
  );
});

test('a tagger model of an older feature version is refused with MODEL_INVALID', () => {
  const tagger = trainTagger(toySentences(), { epochs: 1 });
  const bytes = encodeModelFile({ kind: 'tagger', featureVersion: 1, classes: tagger.classes, dict: [] }, [tagger.model]);
  assert.throws(
    () => Tagger.decode(bytes, 'old.bin'),
    (e: unknown) => e instanceof DossierError && e.code === 'MODEL_INVALID',
  );
});

test('a tagger trained with other word classes is refused with MODEL_INVALID', () => {
  const other = buildClusters([['a', 'b', 'a', 'b']], { minCount: 1, branching: [2] });
  const tagger = trainTagger(toySentences(), { epochs: 1, clusters: other });
  assert.throws(
    () => Tagger.decode(tagger.encode(), 'other.bin'),
    (e: unknown) => e instanceof DossierError && e.code === 'MODEL_INVALID',
  );
  assert.equal(Tagger.decode(tagger.encode(), 'other.bin', other).clusters, other);
});

test('a two-pass tagger learns the toy sentences and survives a round trip', () => {
  const tagger = trainTagger(toySentences(), { epochs: 3, passes: 2, folds: 2, dictMinCount: 1000 });
  assert.ok(tagger.second);
  const words = ['Kalın', 'sees', 'the', 'house', '.'];
  assert.deepEqual(tagStrings(tagger, words), ['PROPN NNP', 'VERB VBZ', 'DET DT', 'NOUN NN', 'PUNCT .']);
  assert.deepEqual(tagStrings(Tagger.decode(tagger.encode(), 'toy'), words), tagStrings(tagger, words));
});

const shipped = existsSync(modelPath(TAGGER_FILE));

test('the shipped tagger tags Unicode names as proper nouns', { skip: !shipped && 'no models/tagger.bin' }, () => {
  const tagger = loadTagger();
  const words = ['Erdoğan', 'met', 'Kalın', 'in', 'Ankara', 'on', 'Sunday', '.'];
  const upos = tagger.tag(words);
  assert.deepEqual(
    words.map((_, i) => tagger.upos[upos[i]]),
    ['PROPN', 'VERB', 'PROPN', 'ADP', 'PROPN', 'ADP', 'PROPN', 'PUNCT'],
  );
});

test('the shipped tagger on a few hand-written sentences', { skip: !shipped && 'no models/tagger.bin' }, () => {
  const tagger = loadTagger();
  const cases: [string, string][] = [
    ['The ceasefire talks resumed in Cairo on Friday .', 'DET NOUN NOUN VERB ADP PROPN ADP PROPN PUNCT'],
    ['Officials said the death toll had exceeded 56,000 .', 'NOUN VERB DET NOUN NOUN AUX VERB NUM PUNCT'],
    ['She will visit Şanlıurfa next week .', 'PRON AUX VERB PROPN ADJ NOUN PUNCT'],
  ];
  for (const [sentence, expected] of cases) {
    const words = sentence.split(' ');
    const classes = tagger.tag(words);
    assert.equal(words.map((_, i) => tagger.upos[classes[i]]).join(' '), expected, sentence);
  }
  assert.equal(loadTagger(), tagger, 'loaded once per process');
});
