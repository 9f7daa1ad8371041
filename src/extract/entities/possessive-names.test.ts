import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../../doc/article.js';
import { labels } from '../../doc/string-store.js';
import { keepsPossessive } from '../../models/ner/entity-types.js';
import { makeDoc } from '../../pipeline/pipeline.js';
import { mentionText, nameMentions } from './mention.js';

/** The name mentions of `text` when the recognizer's tags are `tags` (one per token, IOB2). */
function mentionsTagged(text: string, tags: string[]): string[] {
  const doc = makeDoc(makeArticle(text));
  assert.equal(
    doc.length,
    tags.length,
    `tokens: ${[...Array(doc.length).keys()].map((i) => doc.tokenText(i)).join('|')}`,
  );
  tags.forEach((tag, i) => (doc.ent[i] = labels.intern(tag)));
  return nameMentions(doc).map((m) => mentionText(doc, m));
}

test('a possessive ending tagged with a name is left out of it, unless it is part of the name', () => {
  // "The BBC 's editor met Standard & Poor 's staff ."
  const text = "The BBC's editor met Standard & Poor's staff.";
  const tags = ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O'];
  assert.deepEqual(mentionsTagged(text, tags), ['BBC', "Standard & Poor's"]);
  // a saint's name keeps it; a name of one token that is only the ending is left as it is
  assert.equal(keepsPossessive(['St', "Mary's"]), true);
  assert.equal(keepsPossessive(["Asia's"]), false);
  assert.equal(keepsPossessive(['Marks', '&', 'Spencer']), true);
});
