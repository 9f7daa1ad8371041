import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventJson, QuoteJson } from '../../doc/contract.js';
import { makeArticle } from '../../doc/article.js';
import { makeDoc } from '../../pipeline/pipeline.js';
import { extractEvents } from './extract-events.js';
import { skip, tagger } from './tagger-for-tests.js';

/** The events of a text, tagged only (no entities): quotes may be given as [content, cue, source] strings. */
function events(text: string, quotes: [string, string, string][] = []): EventJson[] {
  const doc = makeDoc(makeArticle(text, { published: '2025-06-29' }));
  tagger.apply(doc);
  const span = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  doc.layers.quotes = quotes.map(([content, cue, source], k): QuoteJson => ({
    id: `q${k + 1}`,
    kind: 'indirect',
    content: span(content),
    cue: span(cue),
    source: span(source),
    speaker: null,
    sourceType: 'organization',
  }));
  return extractEvents(doc);
}

/** The event with a trigger of this text. */
function find(list: EventJson[], trigger: string): EventJson | undefined {
  return list.find((e) =>
    ((e.triggers as EventJson['trigger'][]) ?? [e.trigger]).some((t) => t.text === trigger),
  );
}

const actor = (e: EventJson | undefined) => (e?.actorSpan as { text: string } | undefined)?.text;
const target = (e: EventJson | undefined) => (e?.targetSpan as { text: string } | undefined)?.text;

test('an event that a hope or an expectation is about is hypothetical', { skip }, () => {
  const hoped = events('Trump voiced optimism about a cease-fire between Israel and Hamas.');
  assert.equal(find(hoped, 'cease-fire')?.modality, 'hypothetical');
  assert.equal(find(hoped, 'voiced optimism')?.modality, 'asserted');
  assert.equal(find(events('Hopes for a ceasefire rose on Monday.'), 'ceasefire')?.modality, 'hypothetical');
  // negative: a cease-fire told as a fact
  assert.equal(
    find(events('The cease-fire between Israel and Hamas held on Monday.'), 'cease-fire')?.modality,
    'asserted',
  );
});

test(
  '"it could happen" makes the event it refers to hypothetical, "will take place" future',
  { skip },
  () => {
    const said = events(
      'Trump spoke about a cease-fire between Israel and Hamas, saying Friday it could happen within the next week.',
    );
    assert.equal(find(said, 'cease-fire')?.modality, 'hypothetical');
    assert.equal(find(events('Officials said a deal could happen soon.'), 'deal')?.modality, 'hypothetical');
    assert.equal(find(events('A ceasefire will take place on Monday.'), 'ceasefire')?.modality, 'future');
    // negatives: a past fact, and an earlier sentence's event
    assert.equal(find(events('The ceasefire took place on Monday.'), 'ceasefire')?.modality, 'asserted');
    const earlier = events(
      'Israel and Hamas agreed to a cease-fire on Monday. The army said it could happen again.',
    );
    assert.ok(
      earlier.every((e) => e.modality === 'asserted'),
      JSON.stringify(earlier.map((e) => e.modality)),
    );
  },
);

test('a fronted participle takes the subject after the copula', { skip }, () => {
  const attending = events(
    "Among those attending the meeting was Mohammad Darwish, head of Hamas' political council.",
  );
  assert.equal(actor(find(attending, 'attending the meeting')), 'Mohammad Darwish');
  assert.equal(
    actor(
      find(events('Attending the talks were the foreign ministers of Iran and Iraq.'), 'Attending the talks'),
    ),
    'the foreign ministers of Iran and Iraq',
  );
  // a passive participle: the one acted on
  const killed = find(events('Among those killed in the raid was a journalist.'), 'killed');
  assert.equal(target(killed), 'a journalist');
  assert.equal(actor(killed), undefined);
  // negative: topics are not participants
  const topics = find(
    events('Among the issues discussed at the meeting were trade and security.'),
    'discussed',
  );
  assert.notEqual(target(topics), 'trade and security');
});

test(
  "a coordinated verb shares the subject of the first verb, and is the speaker's own act",
  { skip },
  () => {
    const text =
      'It has condemned what it calls genocide, halted all trade with Israel and applied to join a genocide case against Israel.';
    const list = events(text, [[text.slice(text.indexOf('what'), -1), 'has condemned', 'It']]);
    const applied = find(list, 'applied to join a genocide case');
    assert.equal(applied?.type, 'ACCUSE');
    assert.equal(actor(applied), 'It');
    assert.equal(applied?.modality, 'asserted');
    assert.equal(find(list, 'halted all trade')?.modality, 'asserted');
    // negatives: a participle after a comma, a bare infinitive inside the complement
    const accusing = find(
      events(
        'Lord Butler has criticised the way the government operates, accusing it of being obsessed with headlines.',
      ),
      'accusing',
    );
    assert.notEqual(actor(accusing), 'the government');
    const wanted = 'Prosecutors wanted the firms to surrender their profits and impose tougher rules.';
    const impose = find(
      events(wanted, [
        ['the firms to surrender their profits and impose tougher rules', 'wanted', 'Prosecutors'],
      ]),
      'impose',
    );
    assert.equal(impose?.modality, 'reported');
  },
);

test('taking part in an event noun makes the subject its actor', { skip }, () => {
  assert.equal(
    actor(
      find(events('Mediators have engaged in months of negotiations.'), 'engaged in months of negotiations'),
    ),
    'Mediators',
  );
  // negative: dying in an attack is not carrying it out
  assert.equal(actor(find(events('Three soldiers died in the attack.'), 'attack')), undefined);
});

test('a bare event noun takes no target past its own verb', { skip }, () => {
  assert.equal(
    target(find(events('The talks focused on the humanitarian tragedy in Gaza.'), 'talks')),
    undefined,
  );
  assert.equal(target(find(events('Talks with Israel resumed on Monday.'), 'Talks')), 'Israel');
});

test("a participle clause opening the sentence is done by the main clause's subject", { skip }, () => {
  const text =
    'In addition to delivering humanitarian aid, the Turkish government has sought to rally international organizations.';
  assert.equal(actor(find(events(text), 'delivering humanitarian aid')), 'the Turkish government');
  assert.equal(actor(find(events('After meeting Hamas leaders, Kalin flew to Ankara.'), 'meeting')), 'Kalin');
  // negative: a subject that is no participant
  assert.equal(
    actor(find(events('After attacking the town, the weather turned cold.'), 'attacking')),
    undefined,
  );
});

test(
  'a multi-word event noun may hold a determiner, and "has since allowed" keeps its subject',
  { skip },
  () => {
    const allowed = find(
      events('It has since allowed a resumption of some food deliveries through the foundation.'),
      'allowed a resumption of some food deliveries',
    );
    assert.equal(allowed?.type, 'RETREAT');
    assert.equal(actor(allowed), 'It');
  },
);

test('rallying actors is an appeal to them, and "sought to" is an attempt, not a demand', { skip }, () => {
  const rally = find(
    events('The Turkish government has sought to rally international organizations.'),
    'sought to rally',
  );
  assert.equal(rally?.type, 'CONSULT');
  assert.equal(rally?.mode, 'appeal');
  assert.equal(rally?.modality, 'asserted');
  assert.equal(target(rally), 'international organizations');
  // negative: a crowd rallying is a demonstration; "urged ... to" is still a demand
  assert.equal(find(events('Thousands of protesters rallied in the capital.'), 'rallied')?.type, 'PROTEST');
  const urged = find(events('The UN urged Israel to withdraw its troops.'), 'urged Israel to withdraw');
  assert.equal(urged?.type, 'DEMAND');
});

test('a warning of a danger that no one makes is no threat; a threat of an act is', { skip }, () => {
  const text = 'Israel stopped all food entering, leading to warnings of famine.';
  assert.equal(find(events(text), 'warnings'), undefined);
  assert.equal(find(events(text), 'stopped')?.type, 'COERCE');
  // negative: the threat of an act, and a warning made by an actor, are THREATEN events
  assert.equal(find(events('The threat of sanctions loomed over the talks.'), 'threat')?.type, 'THREATEN');
  assert.equal(find(events("The army's warning of famine came on Monday."), 'warning')?.type, 'THREATEN');
});

test("an event noun's target is not taken from a later event reached through a verb", { skip }, () => {
  const text = "Mediators have engaged in months of negotiations aimed at ending Israel's war on Gaza.";
  const talks = find(events(text), 'engaged in months of negotiations');
  assert.equal(actor(talks), 'Mediators');
  assert.equal(target(talks), undefined);
  // negative: an event noun as the object of the preposition is still the target
  assert.equal(
    target(find(events('Howard voiced his support for the war.'), 'voiced his support')),
    'the war',
  );
  assert.equal(target(find(events('Talks with Israel resumed on Monday.'), 'Talks')), 'Israel');
});

test('an attack or coercion in a "where" clause without an object strikes the named place', { skip }, () => {
  const text = 'It prolonged the war on Gaza, where Israel also stopped all food entering.';
  const stopped = find(events(text), 'stopped');
  assert.equal(actor(stopped), 'Israel');
  assert.equal(target(stopped), 'Gaza');
  // negative: an object that names an actor stays the target; a rejection is not aimed at its place
  assert.equal(
    target(find(events('They met in Hebron, where soldiers arrested five protesters.'), 'arrested')),
    'five protesters',
  );
  const protested = find(events('Ministers met in Brussels, where farmers protested.'), 'protested');
  assert.equal(protested?.type, 'PROTEST');
  assert.equal(target(protested), undefined);
});

test(
  'letting aid or food through is RETREAT, access, humanitarian (CAMEO 0863); a plain withdrawal is not',
  { skip },
  () => {
    const list = events(
      'The army allowed a resumption of aid deliveries to the city. It also allowed humanitarian access.',
    );
    const resumed = list.find((e) => e.trigger.text.startsWith('allowed a resumption'));
    assert.equal(resumed?.type, 'RETREAT');
    assert.equal(resumed?.mode, 'access');
    assert.equal(resumed?.context, 'humanitarian');
    const withdrawal = events('The withdrawal of the troops began on Monday.').find(
      (e) => e.type === 'RETREAT',
    );
    assert.equal(withdrawal?.mode, undefined);
  },
);
