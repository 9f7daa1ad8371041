import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../../doc/article.js';
import { toContract, type EventJson } from '../../doc/contract.js';
import { analyse } from '../../pipeline/pipeline.js';
import { eventsWithEntities as events, skip, skipParse } from './tagger-for-tests.js';

function find(list: EventJson[], trigger: string): EventJson | undefined {
  return list.find((e) =>
    ((e.triggers as EventJson['trigger'][]) ?? [e.trigger]).some((t) => t.text === trigger),
  );
}

const target = (e: EventJson | undefined) => (e?.targetSpan as { text: string } | undefined)?.text;

test(
  'a relative clause whose relative word is the object acts on the noun it is attached to',
  { skip: skipParse },
  () => {
    const { list, name } = events(
      'Turkey joined a genocide case against Israel at the World Court, which Israel rejects.',
      [
        ['GPE', 'Turkey'],
        ['GPE', 'Israel'],
        ['ORG', 'World Court'],
      ],
    );
    const rejects = find(list, 'rejects');
    assert.deepEqual(rejects?.actor.map(name), ['Israel']);
    assert.equal(target(rejects), 'a genocide case');
    const deal = events('Washington praised the deal that Iran rejected.', [
      ['GPE', 'Washington'],
      ['GPE', 'Iran'],
    ]);
    assert.equal(target(find(deal.list, 'rejected')), 'the deal');
    // negative: the relative word is the subject ("which attacked the town"): the group is not attacked
    const subject = events('Police arrested members of the group, which attacked the town on Monday.', []);
    assert.ok(find(subject.list, 'attacked'));
    assert.doesNotMatch(target(find(subject.list, 'attacked')) ?? '', /group/);
  },
);

test('a phrase that lists its members ("including ...", "such as ...") stands for them', { skip }, () => {
  const { list, name } = events(
    'Turkey has sought to rally international organizations, including the United Nations, NATO and the Organisation of Islamic Cooperation (OIC), to restrain Israel.',
    [
      ['GPE', 'Turkey'],
      ['ORG', 'United Nations'],
      ['ORG', 'NATO'],
      ['ORG', 'Organisation of Islamic Cooperation', 'OIC'],
      ['GPE', 'Israel'],
    ],
  );
  const rally = find(list, 'sought to rally');
  assert.deepEqual(rally?.target.map(name).sort(), [
    'NATO',
    'Organisation of Islamic Cooperation',
    'United Nations',
  ]);
  const such = events('The army attacked armed groups such as Hamas and Islamic Jihad.', [
    ['ORG', 'Hamas'],
    ['ORG', 'Islamic Jihad'],
  ]);
  assert.deepEqual(find(such.list, 'attacked')?.target.map(such.name).sort(), ['Hamas', 'Islamic Jihad']);
  // negative: no list, no members added
  const plain = events('Turkey urged international organizations to act, and NATO agreed.', [
    ['GPE', 'Turkey'],
    ['ORG', 'NATO'],
  ]);
  assert.deepEqual(find(plain.list, 'urged')?.target, []);
});

test('an easing that names no target undoes the restriction its actor imposed just before', { skip }, () => {
  const { list, name } = events(
    'Israel stopped all food entering Gaza in March. It has since allowed a resumption of some food deliveries.',
    [
      ['GPE', 'Israel', 'It'],
      ['GPE', 'Gaza'],
    ],
  );
  const eased = find(list, 'allowed a resumption of some food deliveries');
  assert.equal(eased?.type, 'RETREAT');
  assert.deepEqual(eased?.target.map(name), ['Gaza']);
  // negatives: another actor eases, or the restriction lies more than two sentences back
  const other = events(
    'Israel stopped all food entering Gaza in March. Egypt has since allowed a resumption of some food deliveries.',
    [
      ['GPE', 'Israel'],
      ['GPE', 'Gaza'],
      ['GPE', 'Egypt'],
    ],
  );
  assert.deepEqual(find(other.list, 'allowed a resumption of some food deliveries')?.target, []);
  const far = events(
    'Israel stopped all food entering Gaza in March. Talks went on. Aid groups waited. Prices rose. It has since allowed a resumption of some food deliveries.',
    [
      ['GPE', 'Israel', 'It'],
      ['GPE', 'Gaza'],
    ],
  );
  assert.deepEqual(find(far.list, 'allowed a resumption of some food deliveries')?.target, []);
});

test(
  'a name inside an opening prepositional phrase is no appositive head of the subject after it',
  { skip },
  () => {
    const actor = (e: EventJson | undefined) => (e?.actorSpan as { text: string } | undefined)?.text;
    const paris = events('In Paris, police arrested three men on Monday.', [['GPE', 'Paris']]);
    assert.equal(actor(find(paris.list, 'arrested')), 'police');
    assert.deepEqual(find(paris.list, 'arrested')?.actor, []);
    const monday = events('On Monday, ministers agreed a deal.', []);
    assert.equal(actor(find(monday.list, 'agreed')), 'ministers');
    // the appositive itself still gives the name: "Kalın, head of MIT, met ..."
    const kalin = events('Ibrahim Kalın, head of the agency, met Hamas leaders.', [
      ['PERSON', 'Ibrahim Kalın'],
      ['ORG', 'Hamas'],
    ]);
    assert.deepEqual(find(kalin.list, 'met')?.actor.map(kalin.name), ['Ibrahim Kalın']);
  },
);

test('a time or an amount is no actor or target of an event', { skip: skipParse }, () => {
  const contract = toContract(
    analyse(
      makeArticle('Security was tightened after the September 11 attacks. Exports hit a record in December.'),
    ),
  );
  const attacks = find(contract.events, 'attacks');
  assert.equal(attacks?.actorSpan, undefined);
  assert.deepEqual(attacks?.actor, []);
  const hit = find(contract.events, 'hit');
  if (hit) assert.notEqual(target(hit), 'December');
});
