import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityJson, EventJson } from '../../doc/contract.js';
import { mergeEvents } from './merge-events.js';

/** An event mention as extract-events writes it before merging. */
function mention(
  sentence: number,
  text: string,
  fields: Partial<EventJson> & { nominal?: boolean; definite?: boolean } = {},
): EventJson {
  return {
    id: '',
    type: 'CONSULT',
    mode: 'meet',
    actor: [],
    target: [],
    trigger: { start: sentence * 100, end: sentence * 100 + text.length, text },
    modality: 'asserted',
    sentence,
    ...fields,
  };
}

const entity = (id: string, of: string | null = null): EntityJson =>
  ({
    id,
    name: id,
    type: 'PERSON',
    mentions: [],
    roles: of ? [{ title: 'head', of, start: 0, end: 0 }] : [],
  }) as unknown as EntityJson;

const triggers = (e: EventJson) => (e.triggers as { text: string }[]).map((t) => t.text);

test('a newcomer joins the side of the organisation their role belongs to', () => {
  const met = mention(0, 'met', { actor: ['kalin'], target: ['hamas'], actorSpan: {} });
  const attended = mention(2, 'attending the meeting', { actor: ['darwish'], definite: true, nominal: true });
  const [merged] = mergeEvents(
    [met, attended],
    [entity('kalin'), entity('hamas'), entity('darwish', 'hamas')],
  );
  assert.deepEqual(merged.actor, ['kalin']);
  assert.deepEqual(merged.target, ['hamas', 'darwish']);
  // negative: without a role the newcomer stays on the side the mention gives
  const [plain] = mergeEvents(
    [{ ...met }, { ...attended }],
    [entity('kalin'), entity('hamas'), entity('darwish')],
  );
  assert.deepEqual(plain.actor, ['kalin', 'darwish']);
});

test('an event noun naming nobody joins a recent event told with the same word', () => {
  const met = mention(0, 'talks', { actor: ['kalin'], actorSpan: {}, nominal: true });
  const held = mention(2, 'talks', { nominal: true });
  assert.equal(mergeEvents([met, held]).length, 1);
  // negatives: another word, too far, a verb
  assert.equal(mergeEvents([met, mention(1, 'negotiations', { nominal: true })]).length, 2);
  assert.equal(mergeEvents([met, mention(5, 'talks', { nominal: true })]).length, 2);
  assert.equal(mergeEvents([met, mention(1, 'talks')]).length, 2);
});

test('a source reporting an asserted event is a mention of it; a reported claim never becomes asserted', () => {
  const met = mention(0, 'met', { actor: ['kalin'], actorSpan: {}, nominal: false });
  const reported = mention(1, 'talks', {
    modality: 'reported',
    attribution: 'q1',
    definite: true,
    nominal: true,
  });
  const [merged, ...rest] = mergeEvents([met, reported]);
  assert.equal(rest.length, 0);
  assert.equal(merged.modality, 'asserted');
  assert.deepEqual(triggers(merged), ['met', 'talks']);
  // negatives: reported first, then asserted; a reported verb sharing an actor
  assert.equal(mergeEvents([{ ...reported }, { ...met }]).length, 2);
  const verb = mention(1, 'met', { modality: 'reported', actor: ['kalin'], actorSpan: {} });
  assert.equal(mergeEvents([{ ...met }, verb]).length, 2);
});

test('different modes of one type stay apart', () => {
  const condemned = mention(0, 'condemned', { type: 'ACCUSE', mode: 'disapprove', actor: ['tr'] });
  const joined = mention(0, 'applied to join a genocide case', {
    type: 'ACCUSE',
    mode: 'allege',
    actor: ['tr'],
  });
  assert.equal(mergeEvents([condemned, joined]).length, 2);
  assert.equal(
    mergeEvents([{ ...condemned }, { ...condemned, trigger: { start: 50, end: 59, text: 'criticism' } }])
      .length,
    1,
  );
});

test('mentions told apart by their participants alone merge only with the same mode', () => {
  const ceasefire = mention(1, 'cease-fire', { type: 'RETREAT', mode: 'ceasefire', target: ['gaza'] });
  const eased = mention(6, 'allowed a resumption of food deliveries', {
    type: 'RETREAT',
    mode: undefined,
    actor: ['israel'],
    target: ['gaza'],
  });
  assert.equal(mergeEvents([ceasefire, eased]).length, 2);
  // negative: the same mode and a shared target merge
  const again = mention(6, 'truce', {
    type: 'RETREAT',
    mode: 'ceasefire',
    actor: ['israel'],
    target: ['gaza'],
  });
  assert.equal(mergeEvents([ceasefire, again]).length, 1);
});
