import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feat1, feat2, feat3, hashString } from '../hash.js';
import { CaseLexicon } from './case-lexicon.js';
import { MAX_FEATURES, contextFeatures, ownFeatures } from './features.js';
import { FormCache } from './form-cache.js';
import { TokenTable, type NerInput } from './token-table.js';
import { hashLower, hashLowerBits, hashRange, hashRangeBits, shapeHash, shapeHashBits, wordShape } from './word-shape.js';

const TEXT = 'Erdoğan said Turkey would send 1,200 trucks to Gaza , the Palestinian enclave .';

function input(text: string): NerInput {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { text, starts, ends, sentStarts: [0] };
}

const WORDS = TEXT.split(' ');
const lower = (w: string) => hashString(w.toLowerCase());

test('the Int32 word hashes are the unsigned hashes bit for bit', () => {
  let high = 0;
  for (const w of [...WORDS, '', 'İzmir', 'Israel’s']) {
    assert.equal(hashRangeBits(w, 0, w.length) >>> 0, hashRange(w, 0, w.length));
    assert.equal(hashRange(w, 0, w.length), hashString(w));
    assert.equal(hashLowerBits(w, 0, w.length) >>> 0, hashLower(w, 0, w.length));
    for (const short of [false, true]) {
      assert.equal(shapeHashBits(w, 0, w.length, short) >>> 0, shapeHash(w, 0, w.length, short));
      assert.equal(shapeHash(w, 0, w.length, short), hashString(wordShape(w, short)));
    }
    if (hashString(w) > 0x7fffffff) high++;
  }
  assert.ok(high > 0, 'some hashes are 2^31 or more (negative as Int32)');
});

test('the feature ids of a token are those of the unsigned hashes of its strings', () => {
  const table = new TokenTable();
  table.fill(input(TEXT));
  const out = new Uint32Array(MAX_FEATURES);
  const ids = (n: number) => new Set(out.subarray(0, n));
  // token 0: its own features, and the sentence boundary before it
  const w = WORDS[0];
  const lw = w.toLowerCase();
  const own = ids(ownFeatures(table, 0, out, 0));
  const expected = [
    feat1(1, 0),
    feat1(2, hashString(w)),
    feat1(3, hashString(lw)),
    feat1(4, hashString(wordShape(w))),
    feat1(5, hashString(wordShape(w, true))),
  ];
  for (let k = 0; k < 4; k++) {
    expected.push(feat2(6, k, hashString(lw.slice(0, k + 1))), feat2(7, k, hashString(lw.slice(-k - 1))));
  }
  assert.deepEqual([...own].sort(), expected.sort());
  const n = table.length;
  const first = ids(contextFeatures(table, 0, 0, n, out, 0));
  for (const id of [
    feat1(8, hashString('<s>')),
    feat1(34, hashString('<s>')),
    feat1(10, lower(WORDS[1])),
    feat2(14, hashString('<s>'), hashString(lw)),
    feat2(15, hashString(lw), lower(WORDS[1])),
    feat3(28, hashString('<s>'), hashString(wordShape(w, true)), hashString(wordShape(WORDS[1], true))),
  ]) {
    assert.ok(first.has(id), `token 0 has feature ${id}`);
  }
  // the last token: the boundary after it
  const last = ids(contextFeatures(table, n - 1, 0, n, out, 0));
  assert.ok(last.has(feat1(10, hashString('</s>'))));
  assert.ok(last.has(feat2(14, lower(WORDS[n - 2]), lower(WORDS[n - 1]))));
});

test('the case lexicon (keyed by unsigned hashes) is read alike with and without the form cache', () => {
  const keys = WORDS.map((w) => hashLower(w, 0, w.length));
  assert.ok(keys.some((k) => k > 0x7fffffff));
  const flat: number[] = [];
  keys.forEach((k, i) => flat.push(k, 1 + (i % 4)));
  const lexicon = CaseLexicon.fromArray(flat);
  const plain = new TokenTable();
  plain.fill(input(TEXT), lexicon);
  const forms = new FormCache(lexicon);
  const cached = new TokenTable();
  for (let pass = 0; pass < 2; pass++) {
    // the second fill reads every form back from the cache
    cached.fill(input(TEXT), lexicon, forms);
    for (let i = 0; i < WORDS.length; i++) {
      assert.equal(plain.caseClass[i], lexicon.classOf(keys[i]), WORDS[i]);
      assert.notEqual(plain.caseClass[i], 0);
      assert.equal(cached.caseClass[i], plain.caseClass[i]);
      assert.equal(cached.form[i], plain.form[i]);
      assert.equal(cached.lower[i] >>> 0, keys[i]);
      assert.ok(cached.entry[i] >= 0);
    }
  }
});
