import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EntityJson } from '../doc/contract.js';
import { makeArticle } from '../doc/article.js';
import { REPO_ROOT, modelPath } from '../models/paths.js';
import { NER_MODEL_FILE } from '../models/ner/ner-model.js';
import { nerComponent } from './ner-component.js';
import { makeDoc } from './pipeline.js';

const shipped = existsSync(modelPath(NER_MODEL_FILE));
const seed = join(REPO_ROOT, '..', 'shared', 'seed', 'article.txt');

function entitiesOf(text: string): EntityJson[] {
  const doc = makeDoc(makeArticle(text));
  nerComponent().apply(doc);
  return doc.layers.entities as EntityJson[];
}

test(
  'entities in contract form: one per distinct name, mentions at exact offsets, IOB2 in doc.ent',
  { skip: !shipped && 'models/ner.bin absent' },
  () => {
    const text = 'Ibrahim Kalın met Hamas leaders in Ankara. Kalın later said Hamas would reply.';
    const doc = makeDoc(makeArticle(text));
    nerComponent().apply(doc);
    const entities = doc.layers.entities as EntityJson[];
    const hamas = entities.find((e) => e.name === 'Hamas');
    assert.ok(hamas, JSON.stringify(entities));
    assert.equal(hamas.type, 'ORG');
    assert.equal(hamas.mentions.length, 2);
    for (const e of entities) {
      assert.deepEqual(e.roles, []);
      for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    }
    const first = doc.tokenAt(0);
    assert.equal(doc.label('ent', first), 'B-PER');
  },
);

test(
  'seed article: people, organizations and places get the right types',
  { skip: (!shipped || !existsSync(seed)) && 'seed article or model absent' },
  () => {
    const entities = entitiesOf(readFileSync(seed, 'utf8'));
    const typeOf = (name: string) => entities.find((e) => e.name === name)?.type;
    const expected: [string, string][] = [
      ['Ibrahim Kalın', 'PERSON'],
      ['Mohammad Darwish', 'PERSON'],
      ['Donald Trump', 'PERSON'],
      ['Recep Tayyip Erdoğan', 'PERSON'],
      ['National Intelligence Organization', 'ORG'],
      ['MIT', 'ORG'],
      ['Hamas', 'ORG'],
      ['NATO', 'ORG'],
      ['United Nations', 'ORG'],
      ['OIC', 'ORG'],
      ['Fatah', 'ORG'],
      ['Türkiye', 'GPE'],
      ['Gaza', 'GPE'],
      ['Israel', 'GPE'],
      ['Palestine', 'GPE'],
      ['Ankara', 'GPE'],
    ];
    const wrong = expected
      .filter(([name, type]) => typeOf(name) !== type)
      .map(([n, t]) => `${n}: ${typeOf(n)} (want ${t})`);
    assert.deepEqual(wrong, [], JSON.stringify(entities.map((e) => [e.name, e.type])));
  },
);
