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

test(
  'a bound on a number stays with the phrase that counts ("At least seven people", "dozens more")',
  { skip },
  () => {
    const { list } = events(
      'At least seven people were killed and dozens more were injured when a tram derailed. ' +
        'A gunman killed at least 50 people. Police arrested nearly 100 protesters. ' +
        'More than 50 people have been injured. Up to 20 soldiers were captured by rebels.',
      [],
    );
    const targets = list.map((e) => `${e.trigger.text}: ${target(e) ?? ''}`);
    for (const expected of [
      'At least seven people',
      'dozens more',
      'at least 50 people',
      'nearly 100 protesters',
      'More than 50 people',
      'Up to 20 soldiers',
    ])
      assert.ok(
        list.some((e) => target(e) === expected),
        `${expected} in ${targets.join('; ')}`,
      );
    // the bound does not make the counted phrase the object of the verb of saying before it
    const said = events(
      'Officials in Nice said at least 84 people, including children, were killed by the driver.',
      [['GPE', 'Nice']],
    );
    assert.match(target(find(said.list, 'killed')) ?? '', /^at least 84 people/);
    // "ordered more than 1,500 Russians to be evacuated": Putin orders, the Russians are told
    const ordered = events('Vladimir Putin has ordered more than 1,500 Russians to be evacuated.', [
      ['PERSON', 'Vladimir Putin'],
      ['NORP', 'Russians'],
    ]);
    const order = ordered.list.find((e) => e.type === 'DEMAND');
    assert.deepEqual(order?.actor.map(ordered.name), ['Vladimir Putin']);
    assert.deepEqual(order?.target.map(ordered.name), ['Russians']);
    // a relative clause's subject is the phrase before its relative word, with its bound
    const appealed = events(
      'Fairford Coach Action, representing more than 80 people who appealed against the police actions, is ready.',
      [['ORG', 'Fairford Coach Action']],
    );
    assert.equal(
      (find(appealed.list, 'appealed')?.actorSpan as { text: string } | undefined)?.text,
      'more than 80 people',
    );
    // "which" refers to a thing: not to the name a description after a comma belongs to
    const released = events(
      '"We had hopes," said Rob Schwartz, head of distribution for Newmarket Films, which rejected the offer.',
      [
        ['PERSON', 'Rob Schwartz'],
        ['ORG', 'Newmarket Films'],
      ],
    );
    assert.deepEqual(find(released.list, 'rejected')?.actor.map(released.name), ['Newmarket Films']);
    // a relative word refers to the nearest phrase, with the phrases coordinated with it
    const wave = events(
      'He expressed sympathy for the victims of the tidal wave which killed 150,000 people.',
      [],
    );
    assert.equal(
      (find(wave.list, 'killed')?.actorSpan as { text: string } | undefined)?.text,
      'the tidal wave',
    );
    const pair = events(
      'Payments went to Jose Amusategui and Angel Corcostegui, who stepped down in 2001.',
      [],
    );
    assert.equal(
      (find(pair.list, 'stepped down')?.actorSpan as { text: string } | undefined)?.text,
      'Jose Amusategui and Angel Corcostegui',
    );
    // negative: a preposition before a number that is no bound stays out ("at 10 Downing Street")
    const place = events('Protesters gathered at 10 Downing Street.', []);
    assert.ok(!place.list.some((e) => /^at /.test(target(e) ?? '')));
  },
);

test('an adjective capitalised only because it opens the sentence names no actor', { skip }, () => {
  const { list } = events('Human rights are denied by fanatics. More than 500 others were injured.', []);
  assert.equal(target(find(list, 'denied')), 'Human rights');
  assert.equal(target(find(list, 'injured')), 'More than 500 others');
  // negative: a nationality the entities step found still stands for its people
  const homes = events('Palestinian homes were destroyed by the army.', [['NORP', 'Palestinian']]);
  assert.equal(target(find(homes.list, 'destroyed')), 'Palestinian');
});
