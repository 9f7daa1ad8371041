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

test('a caption or dateline standing as a sentence does not push the lead out of the opening; an event with only a victim named can be the main story', () => {
  const text =
    'Photo\n\nLONDON —\n\nAt least seven people were killed when a tram derailed, the police said.\n\n' +
    'Several of the injured were treated at the scene. The injured were taken to the hospital.';
  const doc = makeDoc(makeArticle(text));
  const at = (w: string, from = 0) => {
    const start = text.indexOf(w, from);
    return { start, end: start + w.length, text: w };
  };
  const sentenceOf = (w: string) => doc.sentenceOf(doc.tokenAt(text.indexOf(w)));
  assert.equal(sentenceOf('killed'), 2);
  const killed: EventJson = {
    id: 'ev1',
    type: 'ASSAULT',
    actor: [],
    target: [],
    trigger: at('killed'),
    targetSpan: at('At least seven people'),
    modality: 'reported',
    sentence: sentenceOf('killed'),
  };
  const injured: EventJson = {
    id: 'ev2',
    type: 'ASSAULT',
    actor: [],
    target: [],
    trigger: at('injured'),
    triggers: [at('injured'), at('injured', text.indexOf('injured') + 1)],
    targetSpan: at('the hospital'),
    modality: 'asserted',
    sentence: sentenceOf('injured'),
  };
  doc.layers.events = [killed, injured];
  const main = mainEvent(doc)!;
  assert.equal(main.event, 'ev1');
  assert.deepEqual(
    main.who.map((w) => w.text),
    ['At least seven people'],
  );
  // negative: an opening event with an actor still comes before one with only a victim
  const derailed: EventJson = {
    ...killed,
    id: 'ev3',
    trigger: at('derailed'),
    actorSpan: at('a tram'),
    targetSpan: undefined,
  };
  delete derailed.targetSpan;
  doc.layers.events = [killed, derailed, injured];
  assert.equal(mainEvent(doc)!.event, 'ev3');
});
