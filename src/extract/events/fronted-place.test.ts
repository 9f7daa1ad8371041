import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventJson } from '../../doc/contract.js';
import { eventsWithEntities as events, skip } from './tagger-for-tests.js';

const find = (list: EventJson[], trigger: string): EventJson | undefined =>
  list.find((e) => e.trigger.text === trigger);
const actorText = (e: EventJson | undefined) => (e?.actorSpan as { text: string } | undefined)?.text;

test(
  'a place fronted with no comma is not part of the subject ("In Paris the protesters marched")',
  { skip },
  () => {
    const cases: [string, [string, ...string[]][], string, string][] = [
      [
        'In Paris the protesters marched against the government.',
        [['GPE', 'Paris']],
        'marched',
        'the protesters',
      ],
      ['In New York the police arrested two men.', [['GPE', 'New York']], 'arrested', 'the police'],
      ['In the Gaza Strip the army attacked a hospital.', [['GPE', 'Gaza Strip']], 'attacked', 'the army'],
      ['At Geneva the ministers met the Iranian delegation.', [['GPE', 'Geneva']], 'met', 'the ministers'],
    ];
    for (const [text, entities, trigger, actor] of cases) {
      const { list, name } = events(text, entities);
      const event = find(list, trigger);
      assert.ok(event, `${trigger} in ${text}`);
      assert.equal(actorText(event), actor, text);
      assert.deepEqual(event.actor.map(name), [], `the place is not the actor: ${text}`);
    }
  },
);

test(
  'a name before a determiner with no preposition before it stays one phrase ("Ivan the Terrible")',
  { skip },
  () => {
    const { list, name } = events('Ivan the Terrible attacked Novgorod.', [
      ['PERSON', 'Ivan the Terrible'],
      ['GPE', 'Novgorod'],
    ]);
    const event = find(list, 'attacked');
    assert.equal(actorText(event), 'Ivan the Terrible');
    assert.deepEqual(event?.actor.map(name), ['Ivan the Terrible']);
  },
);
