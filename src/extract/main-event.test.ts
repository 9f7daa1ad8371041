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

test('an opening event whose actor the text names, though no entity, is the main story; one whose actor is another event is not', () => {
  const text =
    'Court rejects tobacco case. A claim accusing the firms was thrown out. Strike threat over pensions.';
  const doc = makeDoc(makeArticle(text));
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
  const event = (
    id: string,
    trigger: string,
    actor: string[],
    actorSpan: string | null,
    sentence: number,
  ): EventJson => ({
    id,
    type: 'REJECT',
    actor,
    target: [],
    trigger: at(trigger),
    modality: 'asserted',
    sentence,
    ...(actorSpan ? { actorSpan: at(actorSpan) } : {}),
  });
  // the headline's actor is a phrase, the lead's an entity: the headline's event comes first
  doc.layers.events = [
    event('ev1', 'rejects', [], 'Court', 0),
    event('ev2', 'accusing', ['e1'], 'A claim', 1),
  ];
  assert.equal(mainEvent(doc)!.event, 'ev1');
  assert.deepEqual(
    mainEvent(doc)!.who.map((w) => w.text),
    ['Court'],
  );
  // "Strike threat": the actor phrase is itself another event's wording, so it is no actor
  doc.layers.events = [
    event('ev1', 'threat', [], 'Strike', 0),
    event('ev2', 'Strike', [], null, 0),
    event('ev3', 'accusing', ['e1'], 'A claim', 1),
  ];
  assert.equal(mainEvent(doc)!.event, 'ev3');
});
