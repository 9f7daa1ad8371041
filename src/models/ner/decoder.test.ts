import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { modelPath } from '../paths.js';
import { DocumentEvidence } from './consistency.js';
import { decode } from './decoder.js';
import { LocalFeatureCache } from './local-features.js';
import { NER_MODEL_FILE, loadNerModel } from './ner-model.js';
import { TokenTable } from './token-table.js';

const shipped = existsSync(modelPath(NER_MODEL_FILE));

const TEXT =
  'Turkish President Recep Tayyip Erdoğan met Hamas leaders in Ankara on Sunday . ' +
  'Erdoğan said Turkey would send aid to Gaza , the Palestinian enclave . ' +
  'BRUSSELS ( Reuters ) - The European Commission and NATO officials met in Brussels . ' +
  'Mr Blackburn of the BBC said the talks in Brussels and Ankara had gone well .';

test(
  'the batched decoder labels every token as the token-by-token decoder does, in both passes',
  { skip: !shipped && 'models/ner.bin absent' },
  () => {
    const model = loadNerModel();
    const starts: number[] = [];
    const ends: number[] = [];
    const sentStarts: number[] = [];
    for (const m of TEXT.matchAll(/\S+/g)) {
      if (starts.length === 0 || TEXT[starts[starts.length - 1]] === '.') sentStarts.push(starts.length);
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    const table = new TokenTable();
    table.fill({ text: TEXT, starts, ends, sentStarts }, model.lexicon);
    const local = new LocalFeatureCache();
    local.fill(table);
    const n = table.length;
    const fast = new Uint8Array(n);
    const reference = new Uint8Array(n);
    decode(table, model.pass1, null, fast, undefined, local);
    decode(table, model.pass1, null, reference);
    assert.deepEqual(fast, reference);
    assert.ok(fast.some((label) => label !== 0), 'some names are found');
    if (!model.pass2) return;
    const evidence = new DocumentEvidence();
    evidence.build(table, reference.slice());
    decode(table, model.pass2, evidence, fast, undefined, local);
    decode(table, model.pass2, evidence, reference);
    assert.deepEqual(fast, reference);
  },
);
