import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityJson } from '../../doc/contract.js';
import { makeArticle } from '../../doc/article.js';
import { makeDoc } from '../../pipeline/pipeline.js';
import { placeIn } from './link-entities.js';
import { skip, tagger } from './tagger-for-tests.js';

/** The place placeIn finds in a one-sentence text where `name` is the only (GPE) entity. */
function place(text: string, name: string): string | undefined {
  const doc = makeDoc(makeArticle(text));
  tagger.apply(doc);
  const start = text.indexOf(name);
  const entity = { id: 'e1', type: 'GPE', mentions: [{ start, end: start + name.length }] };
  return placeIn(doc, [entity as unknown as EntityJson], 0, doc.length, []);
}

test(
  'a place phrase describing the topic after "on"/"about" is not where the event happened',
  { skip },
  () => {
    assert.equal(place('The talks focused on the humanitarian tragedy in Gaza.', 'Gaza'), undefined);
    assert.equal(place('The leaders spoke about the situation in Syria.', 'Syria'), undefined);
    // negative: a place phrase of the event itself
    assert.equal(place('The talks were held in Geneva on Monday.', 'Geneva'), 'e1');
    assert.equal(place('Israeli troops attacked a convoy in Gaza.', 'Gaza'), 'e1');
  },
);
