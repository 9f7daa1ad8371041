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
