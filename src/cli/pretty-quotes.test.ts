import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../doc/article.js';
import { toContract } from '../doc/contract.js';
import { analyse } from '../pipeline/pipeline.js';
import { formatPretty } from './pretty.js';

test('a quote line gives a cue that takes its colon one colon, not two', () => {
  const article = toContract(
    analyse(makeArticle('The minister spoke on Monday. He said: "We will win the vote."')),
  );
  const quote = article.quotes.find((q) => q.cue?.text.startsWith('said'));
  assert.ok(quote, 'the colon quote is found');
  const text = formatPretty(article, false);
  assert.match(text, /He said: "We will win the vote\."/);
  assert.doesNotMatch(text, /said::/);
});
