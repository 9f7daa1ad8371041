import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventJson } from '../../doc/contract.js';
import { eventsWithEntities as events, skip } from './tagger-for-tests.js';

const triggers = (list: EventJson[]): string[] =>
  list.flatMap((e) => ((e.triggers as EventJson['trigger'][]) ?? [e.trigger]).map((t) => t.text));

test('a past participle that modifies or stands for a noun tells no event', { skip }, () => {
  const { list } = events(
    'Several of the injured were treated at the scene. The evacuated are expected to be moved. ' +
      'He noted the coordinated series of attacks. Jailed tycoon Mikhail Khodorkovsky has transferred his stake.',
    [['PERSON', 'Mikhail Khodorkovsky']],
  );
  const words = triggers(list);
  for (const word of ['injured', 'evacuated', 'coordinated', 'Jailed'])
    assert.ok(!words.includes(word), word);
  assert.ok(words.includes('attacks'));
  // negative: the same participles telling an act stay events
  const told = events('Police detained the suspects. Dozens were injured. The town was evacuated.', []);
  for (const word of ['detained', 'injured', 'evacuated'])
    assert.ok(triggers(told.list).includes(word), word);
});

test('asking how, whether or about something is a question, not a demand', { skip }, () => {
  const { list } = events(
    'He also asked how it was possible that security failed. Reporters asked him whether he would resign. ' +
      'He was asked about the deal.',
    [],
  );
  assert.ok(!list.some((e) => e.type === 'DEMAND'), triggers(list).join(', '));
  // negative: asking for something or asking someone to act is a demand
  const demands = events('Hamas asked Egypt to open the crossing. The union asked for a pay rise.', [
    ['ORG', 'Hamas'],
    ['GPE', 'Egypt'],
  ]);
  assert.equal(demands.list.filter((e) => e.type === 'DEMAND').length, 2);
});
