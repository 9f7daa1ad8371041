import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../../doc/article.js';
import { makeDoc } from '../../pipeline/pipeline.js';
import { findQuoteMarks } from './quote-marks.js';

function insideWords(text: string): string {
  const doc = makeDoc(makeArticle(text));
  const { inside } = findQuoteMarks(doc);
  const out: string[] = [];
  for (let i = 0; i < doc.length; i++) if (inside[i]) out.push(doc.tokenText(i));
  return out.join(' ');
}

test('curly and straight quote marks pair up', () => {
  assert.equal(insideWords('He said “we won” today.'), '“ we won ”');
  assert.equal(insideWords('He said "we won" and "they lost".'), '" we won " " they lost "');
});

test('a quote runs over paragraphs only when the next paragraph reopens it', () => {
  assert.equal(insideWords('"One two.\n"Three," she said.'), '" One two . " Three , "');
  assert.equal(insideWords('"One two.\nThree four.'), '" One two .');
});
