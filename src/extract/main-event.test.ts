import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventJson } from '../doc/contract.js';
import { makeArticle } from '../doc/article.js';
import { makeDoc } from '../pipeline/pipeline.js';
import { mainEvent } from './main-event.js';

/** The 5W1H of a one-sentence text whose event has these trigger words. */
function summary(text: string, words: string[]) {
  const doc = makeDoc(makeArticle(text));
  const spans = words.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w }));
  const event: EventJson = {
    id: 'ev1',
    type: 'CONSULT',
    actor: ['e1'],
    target: [],
    trigger: spans[0],
    triggers: spans,
    modality: 'asserted',
    sentence: 0,
  };
  doc.layers.events = [event];
  return mainEvent(doc)!;
}

test('why: the purpose runs to the end of its clause, across a thousands separator', () => {
  const text =
    'The talks focused on efforts to maintain a cease-fire as the death toll exceeded 56,000 since 2023.';
  assert.equal(summary(text, ['talks']).why?.text, 'efforts to maintain a cease-fire');
  const toll = 'Envoys met in order to end a war that killed 56,000 people, officials said.';
  assert.equal(summary(toll, ['met']).why?.text, 'in order to end a war that killed 56,000 people');
  // negative: no purpose, no why
  assert.equal(summary('The envoys met on Sunday.', ['met']).why, null);
});

test('what and how name each wording once', () => {
  const s = summary('They met, and the talks went well; the talks ended at noon.', ['met', 'talks', 'talks']);
  assert.deepEqual(
    s.what.map((w) => w.text),
    ['met', 'talks'],
  );
  assert.deepEqual(
    s.how.map((w) => w.text),
    ['talks'],
  );
});

test('who adds the participants that later mentions brought, once each', () => {
  const text = 'Kalin met Hamas leaders on Sunday. Among those attending the meeting was Mohammad Darwish.';
  const doc = makeDoc(makeArticle(text));
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
  doc.layers.entities = [
    { id: 'e1', name: 'Kalin', type: 'PERSON', mentions: [at('Kalin')], roles: [] },
    { id: 'e2', name: 'Hamas', type: 'ORG', mentions: [at('Hamas')], roles: [] },
    { id: 'e3', name: 'Mohammad Darwish', type: 'PERSON', mentions: [at('Mohammad Darwish')], roles: [] },
  ];
  doc.layers.events = [
    {
      id: 'ev1',
      type: 'CONSULT',
      actor: ['e1'],
      target: ['e2', 'e3'],
      trigger: at('met'),
      triggers: [at('met'), at('meeting')],
      actorSpan: at('Kalin'),
      targetSpan: at('Hamas leaders'),
      modality: 'asserted',
      sentence: 0,
    },
  ];
  assert.deepEqual(
    mainEvent(doc)!.who.map((w) => w.text),
    ['Kalin', 'Hamas leaders', 'Mohammad Darwish'],
  );
});
