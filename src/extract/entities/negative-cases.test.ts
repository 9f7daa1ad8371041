import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entitiesOf, entityWith, mentionsOf } from './entity-test-helpers.js';

test('two people sharing a surname stay apart', () => {
  const entities = entitiesOf('Donald Trump arrived first. Melania Trump followed an hour later.');
  assert.notEqual(entityWith(entities, 'Donald Trump')?.id, entityWith(entities, 'Melania Trump')?.id);
});

test('a bare surname goes to the nearest full name before it', () => {
  const entities = entitiesOf('Donald Trump spoke first. Melania Trump spoke next. Trump thanked the crowd.');
  assert.deepEqual(mentionsOf(entities, 'Melania Trump'), ['Melania Trump', 'Trump']);
  assert.deepEqual(mentionsOf(entities, 'Donald Trump'), ['Donald Trump']);
});

test('"she" never joins a man; "it" never joins a person', () => {
  const entities = entitiesOf('Barack Obama met the delegation. It was large.');
  assert.deepEqual(mentionsOf(entities, 'Barack Obama'), ['Barack Obama']);
  const female = entitiesOf('Barack Obama arrived late. She apologized.');
  assert.deepEqual(mentionsOf(female, 'Barack Obama'), ['Barack Obama']);
});

test('a pleonastic "it" is not a mention', () => {
  const entities = entitiesOf('Egypt hosted the talks. It is clear that more talks are needed.');
  assert.deepEqual(mentionsOf(entities, 'Egypt'), ['Egypt']);
});

test('a demonym before people is not the government', () => {
  const entities = entitiesOf('Palestine asked for help. Palestinian groups met in Cairo.');
  assert.deepEqual(mentionsOf(entities, 'Palestine'), ['Palestine']);
  assert.equal(entityWith(entities, 'Palestinian')?.type, 'NORP');
});

test('a name without a title word after the comma has no role', () => {
  const entities = entitiesOf('Mohammad Darwish, Ismail Haniyeh and others attended.');
  assert.deepEqual(entityWith(entities, 'Mohammad Darwish')?.roles, []);
});

test('a title and surname join the full name; the title is not a word of the name', () => {
  const entities = entitiesOf('Alan Greenspan spoke in Washington. Mr Greenspan said rates would rise.');
  assert.deepEqual(mentionsOf(entities, 'Alan Greenspan'), ['Alan Greenspan', 'Mr Greenspan']);
  assert.equal(entityWith(entities, 'Mr Greenspan')?.name, 'Alan Greenspan');
});

test("a title's gender keeps the surname from the other spouse", () => {
  const entities = entitiesOf(
    'Tony Blair and Cherie Blair arrived together. Mrs Blair spoke first. Then Mr Blair thanked the crowd.',
  );
  // the recognizer may leave the title out of the name ("Mrs" + "Blair"): it still counts
  const cherie = mentionsOf(entities, 'Cherie Blair');
  assert.equal(cherie.length, 2);
  assert.match(cherie[1], /^(Mrs )?Blair$/);
  assert.deepEqual(mentionsOf(entities, 'Tony Blair'), ['Tony Blair', 'Mr Blair']);
  // with the husband alone in the article, "Mrs Blair" is someone else
  const alone = entitiesOf('Tony Blair arrived late. Mrs Blair spoke first.');
  assert.deepEqual(mentionsOf(alone, 'Tony Blair'), ['Tony Blair']);
});

test('a bare surname joins the same surname with a title', () => {
  const entities = entitiesOf('Mr Prentis led the talks. Prentis said the union would strike.');
  assert.deepEqual(mentionsOf(entities, 'Mr Prentis'), ['Mr Prentis', 'Prentis']);
});

test('a person is named without the title when the article writes the name both ways', () => {
  const entities = entitiesOf('Mr Prentis led the talks. Prentis said the union would strike.');
  assert.equal(entityWith(entities, 'Mr Prentis')?.name, 'Prentis');
});

test('a holiday, a month and a common-noun acronym are no entities', () => {
  const entities = entitiesOf('Sales of the PC rose before Christmas, Microsoft said in December.');
  assert.deepEqual(
    entities.map((e) => e.name),
    ['Microsoft'],
  );
});

test('an office tagged with the name it precedes: the person, and the place or body before the office', () => {
  const entities = entitiesOf(
    'Foreign Secretary Jack Straw met US Attorney Scott Christie. Mr Straw said the Transport and General Workers Union agreed.',
  );
  const straw = entityWith(entities, 'Jack Straw');
  assert.equal(straw?.type, 'PERSON');
  assert.deepEqual(
    straw?.mentions.map((m) => m.text),
    ['Jack Straw', 'Mr Straw'],
  );
  assert.equal(entityWith(entities, 'Scott Christie')?.type, 'PERSON');
  assert.equal(entityWith(entities, 'US')?.type, 'GPE');
  // a union named with "General" is no office and its holder
  assert.equal(entityWith(entities, 'Transport and General Workers Union')?.type, 'ORG');
});

test('a name never starts or ends on punctuation the recognizer tagged with it', () => {
  const entities = entitiesOf(
    'Martin Harris, who was on his way to work, called his mother, Jane, after the crash. He thanked Theresa May. Later he wrote to the Organisation of Islamic Cooperation (OIC).',
  );
  for (const e of entities)
    for (const m of e.mentions) assert.doesNotMatch(m.text, /^[,.;:“"]|[,.;:”"]$/u, `mention "${m.text}"`);
  assert.ok(entityWith(entities, 'Jane'));
  assert.ok(entityWith(entities, 'Theresa May'));
});

test('a heading in capitals run into a name is not part of it; acronyms stay', () => {
  const entities = entitiesOf(
    'APPLE TO REPLACE OLD BATTERIES Apple may be planning to replace all batteries. KATIE Katie Price said no. The BBC News website and the LA Times agreed.',
  );
  const names = entities.flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(!names.some((n) => n.includes('BATTERIES')), names.join(' | '));
  assert.ok(names.includes('Katie Price'), names.join(' | '));
  assert.ok(names.includes('BBC News'), names.join(' | '));
  assert.ok(names.includes('LA Times'), names.join(' | '));
});

test('one name is one entity whatever type the recognizer gave each mention; a person and a place named alike stay apart', async () => {
  const { analyse, defaultComponents } = await import('../../pipeline/pipeline.js');
  const { makeArticle } = await import('../../doc/article.js');
  const { labels } = await import('../../doc/string-store.js');
  const all = defaultComponents();
  const before = all.filter((c) => ['tagger', 'parser', 'ner'].includes(c.name));
  const entities = all.find((c) => c.name === 'entities')!;
  /** Entities after the recognizer's tags of the listed words are set by hand. */
  const withTags = (text: string, tags: Record<number, string>) => {
    const doc = analyse(makeArticle(text), before);
    doc.ent.fill(labels.intern('O'));
    for (const [i, tag] of Object.entries(tags)) doc.ent[Number(i)] = labels.intern(tag);
    entities.apply(doc);
    return doc.layers.entities as { type: string; mentions: { text: string }[] }[];
  };
  // "Rover cut jobs . Rover said ... Rover is ..." with the company tagged ORG once and PERSON twice
  const rover = withTags('Rover cut jobs. Rover said more would go. Analysts said Rover is weak.', {
    0: 'B-ORG',
    4: 'B-PER',
    12: 'B-PER',
  });
  assert.equal(rover.filter((e) => e.mentions.some((m) => m.text === 'Rover')).length, 1);
  // "Mansfield" the town (GPE) and "Mansfield" the player (PERSON): two entities
  const town = withTags('Mansfield voted. Mansfield scored twice.', { 0: 'B-LOC', 3: 'B-PER' });
  assert.equal(town.filter((e) => e.mentions.some((m) => m.text === 'Mansfield')).length, 2);
});

test('a first name alone joins the one full name that opens with it; with two such names it stays apart', () => {
  const one = entitiesOf(
    'Martin Harris called his mother, Jane, after the crash. Jane Harris said he was hurt.',
  );
  assert.deepEqual(mentionsOf(one, 'Jane Harris').slice(0, 2), ['Jane', 'Jane Harris']);
  const two = entitiesOf('John Smith met John Brown in Leeds. Later John spoke to reporters.');
  assert.notEqual(entityWith(two, 'John')?.id, entityWith(two, 'John Smith')?.id);
  assert.notEqual(entityWith(two, 'John')?.id, entityWith(two, 'John Brown')?.id);
});
