import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashString } from '../hash.js';
import { hashLower, shapeHash, wordShape } from './word-shape.js';

test('shapes treat non-ASCII letters as letters', () => {
  const cases: [string, string, string][] = [
    ['Kalın', 'Xxxxx', 'Xx'],
    ['Erdoğan', 'Xxxxx', 'Xx'],
    ['Şanlıurfa', 'Xxxxx', 'Xx'],
    ['Türkiye', 'Xxxxx', 'Xx'],
    ['ÖZTÜRK', 'XXXX', 'X'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['1996-08-22', 'dddd-dd-dd', 'd-d-d'],
  ];
  for (const [word, long, short] of cases) {
    assert.equal(wordShape(word), long, word);
    assert.equal(wordShape(word, true), short, word);
  }
  assert.equal(wordShape('Kalın'), wordShape('Kalin'));
  assert.equal(wordShape('Şanlıurfa'), wordShape('Sanliurfa'));
});

test('shape hashes match the shape strings, Unicode or not', () => {
  for (const word of ['Kalın', 'Erdoğan', 'Şanlıurfa', 'McDonald', 'NATO', 'e-mail', '56,000']) {
    assert.equal(shapeHash(word, 0, word.length, true), hashString(wordShape(word, true)), word);
    assert.equal(shapeHash(word, 0, word.length, false), hashString(wordShape(word)), word);
  }
  assert.equal(shapeHash('Erdoğan', 0, 7, true), shapeHash('Erdogan', 0, 7, true));
});

test('a decomposed letter keeps the shape of the composed one', () => {
  const decomposed = 'Erdoğan'.normalize('NFD');
  assert.notEqual(decomposed.length, 7);
  assert.equal(wordShape(decomposed, true), 'Xx');
});

test('lower-case hashes fold case, including non-ASCII and curly apostrophes', () => {
  const h = (s: string) => hashLower(s, 0, s.length);
  assert.equal(h('ŞANLIURFA'.replace('I', 'ı').replace('I', 'ı')), h('şanlıurfa'));
  assert.equal(h('ERDOĞAN'), h('erdoğan'));
  assert.equal(h('İZMİR'), h('izmir'));
  assert.equal(h('Israel’s'), h("israel's"));
  assert.equal(h('JAPAN'), hashString('japan'));
});
