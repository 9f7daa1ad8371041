import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { modelPath } from '../paths.js';
import { DocumentEvidence } from './consistency.js';
import { decode, makeSumCaches, sumLocalFeatures } from './decoder.js';
import { FormCache } from './form-cache.js';
import { LocalFeatureCache } from './local-features.js';
import { NER_MODEL_FILE, loadNerModel } from './ner-model.js';
import { TokenTable, type NerInput } from './token-table.js';

const shipped = existsSync(modelPath(NER_MODEL_FILE));

/** Whitespace tokens; a sentence starts after each ".". */
function input(text: string): NerInput {
  const starts: number[] = [];
  const ends: number[] = [];
  const sentStarts: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    if (starts.length === 0 || text[starts[starts.length - 1]] === '.') sentStarts.push(starts.length);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { text, starts, ends, sentStarts };
}

test('a form is found only when its characters match, not its hash alone', () => {
  const cache = new FormCache();
  const text = 'Ankara ankara Ankara';
  assert.equal(cache.find(text, 0, 6, 42), -1);
  const entry = cache.add(text, 0, 6, 42);
  assert.equal(cache.find(text, 14, 20, 42), entry);
  // same hash, other characters (a collision): unknown, and kept apart once added
  assert.equal(cache.find(text, 7, 13, 42), -1);
  const other = cache.add(text, 7, 13, 42);
  assert.notEqual(other, entry);
  assert.equal(cache.find(text, 7, 13, 42), other);
  assert.equal(cache.find(text, 0, 6, 42), entry);
  cache.reserve(1 << 20);
  assert.equal(cache.find(text, 0, 6, 42), -1, 'a document that may not fit empties the cache');
});

test('columns copied from the form cache equal those computed afresh', () => {
  const doc = input('Erdoğan met HAMAS leaders in Ankara . ERDOĞAN said ankara , Ankara and Gaza .');
  const plain = new TokenTable();
  plain.fill(doc);
  const cached = new TokenTable();
  const forms = new FormCache();
  cached.fill(doc, undefined, forms);
  cached.fill(doc, undefined, forms); // every form is now a hit
  assert.ok(cached.entry.subarray(0, cached.length).every((e) => e >= 0));
  assert.equal(forms.size, new Set(doc.text.split(/\s+/)).size);
  for (const column of ['form', 'lower', 'shape', 'shortShape', 'prefix', 'suffix', 'firstChar', 'flags', 'caseClass'] as const) {
    assert.deepEqual(cached[column], plain[column], column);
  }
});

test(
  'decoding with own-feature sums from the form cache gives the labels of the plain decoder',
  { skip: !shipped && 'models/ner.bin absent' },
  () => {
    const model = loadNerModel();
    const doc = input(
      'Turkish President Recep Tayyip Erdoğan met Hamas leaders in Ankara on Sunday . ' +
        'BRUSSELS ( Reuters ) - The European Commission and NATO officials met in Brussels . ' +
        'Mr Blackburn of the BBC said the talks in Brussels and Ankara had gone well .',
    );
    const table = new TokenTable();
    table.fill(doc, model.lexicon);
    const n = table.length;
    const reference = new Uint8Array(n);
    decode(table, model.pass1, null, reference);
    const caches = makeSumCaches(model.pass2 ? [model.pass1, model.pass2] : [model.pass1], model.lexicon);
    const cached = new TokenTable();
    const local = new LocalFeatureCache();
    for (let round = 0; round < 2; round++) {
      // the first round fills the cache's sums, the second reads them
      cached.fill(doc, model.lexicon, caches.forms);
      local.fill(cached, true);
      sumLocalFeatures(cached, local, caches);
      const labels = new Uint8Array(n);
      decode(cached, model.pass1, null, labels, undefined, local, caches, 0);
      assert.deepEqual(labels, reference, `pass 1, round ${round}`);
      if (!model.pass2) continue;
      const evidence = new DocumentEvidence();
      evidence.build(table, reference.slice());
      const second = new Uint8Array(n);
      const expected = new Uint8Array(n);
      decode(table, model.pass2, evidence, expected);
      decode(cached, model.pass2, evidence, second, undefined, local, caches, 1);
      assert.deepEqual(second, expected, `pass 2, round ${round}`);
    }
    assert.ok(reference.some((label) => label !== 0), 'some names are found');
  },
);

test(
  'a document with more forms than the cache holds gets the labels of the plain decoder',
  { skip: !shipped && 'models/ner.bin absent' },
  () => {
    const model = loadNerModel();
    const sentences: string[] = [];
    // four new forms a sentence: more than the 32,768 the cache holds
    for (let k = 0; k < 8_500; k++) sentences.push(`Mr Blackburn${k} saw Ankara${k} and Gaza${k} day${k} .`);
    const doc = input(sentences.join(' '));
    const table = new TokenTable();
    table.fill(doc, model.lexicon);
    const n = table.length;
    const expected = new Uint8Array(n);
    decode(table, model.pass1, null, expected);
    if (model.pass2) {
      const evidence = new DocumentEvidence();
      evidence.build(table, expected.slice());
      decode(table, model.pass2, evidence, expected);
    }
    const labels = model.predictLabels(doc);
    assert.deepEqual(labels, expected);
    assert.ok(labels.some((label) => label !== 0), 'some names are found');
  },
);
