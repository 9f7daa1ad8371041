import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../doc/article.js';
import { toContract } from '../doc/contract.js';
import { parserComponent } from './parser-component.js';
import { analyse } from './pipeline.js';
import { taggerComponent } from './tagger-component.js';

const TEXT = 'Ibrahim Kalın met senior leaders of Hamas on Sunday. The talks lasted three hours.';

test('the parser step fills a head and a relation for every token, one root per sentence', () => {
  const doc = analyse(makeArticle(TEXT), [taggerComponent(), parserComponent()]);
  for (let s = 0; s < doc.sentenceCount; s++) {
    const { start, end } = doc.sentence(s);
    let roots = 0;
    for (let i = start; i < end; i++) {
      assert.ok(doc.head[i] >= start && doc.head[i] < end, 'heads stay inside the sentence');
      assert.notEqual(doc.label('dep', i), '');
      if (doc.head[i] === i) {
        roots++;
        assert.equal(doc.label('dep', i), 'root');
      }
    }
    assert.equal(roots, 1);
  }
  const token = (text: string): number =>
    [...Array(doc.length).keys()].find((i) => doc.tokenText(i) === text) ?? -1;
  assert.equal(doc.head[token('Ibrahim')], token('met'));
  assert.equal(doc.label('dep', token('Ibrahim')), 'nsubj');
  assert.equal(doc.head[token('Kalın')], token('Ibrahim'));
  assert.equal(doc.label('dep', token('leaders')), 'obj');
});

test('in the contract, the root head is null and other heads are token indices', () => {
  const doc = analyse(makeArticle(TEXT), [taggerComponent(), parserComponent()]);
  const tokens = toContract(doc).tokens;
  const met = tokens.findIndex((t) => TEXT.slice(t.start, t.end) === 'met');
  assert.equal(tokens[met].head, null);
  assert.equal(tokens[met].dep, 'root');
  assert.equal(tokens[met - 2].head, met); // Ibrahim
});
