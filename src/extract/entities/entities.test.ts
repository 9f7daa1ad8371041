import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entitiesOf, entityWith, mentionsOf } from './entity-test-helpers.js';

test('surname joins the full name', () => {
  const entities = entitiesOf('Ibrahim Kalın arrived in Doha on Monday. Kalın met the delegation.');
  assert.deepEqual(mentionsOf(entities, 'Kalın'), ['Ibrahim Kalın', 'Kalın']);
  assert.equal(entityWith(entities, 'Kalın')?.name, 'Ibrahim Kalın');
});

test('an acronym defined in parentheses joins its full name, and later uses too', () => {
  const entities = entitiesOf(
    'Officials of the National Intelligence Organization (MIT) said on Monday that talks went well. MIT officials declined to comment.',
  );
  const org = entityWith(entities, 'National Intelligence Organization');
  assert.ok(org);
  assert.equal(org.name, 'National Intelligence Organization');
  assert.deepEqual(
    org.mentions.map((m) => m.text),
    ['National Intelligence Organization', 'MIT', 'MIT'],
  );
});

test('a known acronym alone takes its full name; U.S. is the United States', () => {
  const entities = entitiesOf('NATO leaders met in Brussels. The U.S. sent its defense secretary.');
  assert.equal(entityWith(entities, 'NATO')?.name, 'North Atlantic Treaty Organization');
  assert.equal(entityWith(entities, 'U.S.')?.name, 'United States');
  assert.equal(entityWith(entities, 'U.S.')?.type, 'GPE');
});

test('alternate names of a country are one entity (Turkey, Türkiye)', () => {
  const entities = entitiesOf('Türkiye hosted the summit. Turkey has long sought a bigger role.');
  assert.deepEqual(mentionsOf(entities, 'Türkiye'), ['Türkiye', 'Turkey']);
});

test('a demonym before a government noun is the country; before people it stays NORP', () => {
  const entities = entitiesOf(
    'Israel rejected the plan. The Israeli government said talks would resume. Israeli soldiers stayed.',
  );
  assert.deepEqual(mentionsOf(entities, 'Israel'), ['Israel', 'The Israeli government']);
  const norp = entityWith(entities, 'Israeli');
  assert.equal(norp?.type, 'NORP');
  assert.equal(norp?.demonymOf, entityWith(entities, 'Israel')?.id);
});

test('a capital as the subject of a verb stands for the government; after "in" it is the city', () => {
  const entities = entitiesOf('Türkiye condemned the attack. Ankara has made its criticism clear.');
  assert.ok(mentionsOf(entities, 'Türkiye').includes('Ankara'));
  const place = entitiesOf('The talks were held in Ankara on Friday. Türkiye hosted them.');
  assert.ok(!mentionsOf(place, 'Türkiye').includes('Ankara'));
});

test("a capital's possessive is its government only before a word of policy; a passive subject is the city", () => {
  const policy = entitiesOf(
    'China criticised the plan. Observers welcomed Beijing’s decision to open its markets.',
  );
  assert.ok(mentionsOf(policy, 'China').includes('Beijing'));
  const city = entitiesOf(
    'There have been no fatalities on a tram in the UK since 1959. Mike Brown, London’s transport commissioner, spoke.',
  );
  assert.ok(!mentionsOf(city, 'UK').some((m) => m.startsWith('London')));
  const landmark = entitiesOf(
    'Germany sent more police. Crowds gathered at Berlin’s iconic Brandenburg Gate.',
  );
  assert.ok(!mentionsOf(landmark, 'Germany').some((m) => m.startsWith('Berlin')));
  const nuked = entitiesOf('Britain would wake up one morning to find that London has been nuked.');
  assert.ok(!mentionsOf(nuked, 'Britain').includes('London'));
});

test('a place description joins the nearest place that fits it', () => {
  const entities = entitiesOf(
    'Aid reached Gaza on Monday after Israel’s attacks on the Palestinian enclave.',
  );
  assert.deepEqual(mentionsOf(entities, 'Gaza'), ['Gaza', 'the Palestinian enclave']);
});

test('pronouns agree in gender with people and go to the most salient candidate', () => {
  const entities = entitiesOf('Angela Merkel met Barack Obama in Berlin. She said he was a good partner.');
  assert.deepEqual(mentionsOf(entities, 'Angela Merkel'), ['Angela Merkel', 'She']);
  assert.deepEqual(mentionsOf(entities, 'Barack Obama'), ['Barack Obama', 'he']);
});

test('"it" goes to a country subject, and a closer common noun can block it', () => {
  const entities = entitiesOf(
    'Israel stopped all food deliveries. It has since allowed some trucks through.',
  );
  assert.deepEqual(mentionsOf(entities, 'Israel'), ['Israel', 'It']);
  const blocked = entitiesOf('Donald Trump voiced optimism about a cease-fire, saying it could happen soon.');
  assert.ok(!blocked.some((e) => e.mentions.some((m) => m.text === 'it')));
});

test('a pronoun object is not its own clause subject', () => {
  const entities = entitiesOf('John Smith said Peter Jones praised him.');
  assert.deepEqual(mentionsOf(entities, 'John Smith'), ['John Smith', 'him']);
});

test('pre-nominal titles: "U.S. President Donald Trump" is held in the United States', () => {
  const entities = entitiesOf('U.S. President Donald Trump spoke on Friday.');
  const trump = entityWith(entities, 'Donald Trump');
  assert.deepEqual(
    trump?.roles.map((r) => [r.title, r.of]),
    [['U.S. President', entityWith(entities, 'U.S.')?.id]],
  );
  const bare = entityWith(entitiesOf('President Recep Tayyip Erdoğan spoke.'), 'Recep Tayyip Erdoğan');
  assert.deepEqual(
    bare?.roles.map((r) => [r.title, r.of]),
    [['President', null]],
  );
});

test('appositive titles: "Mohammad Darwish, head of Hamas’ political council" is held in Hamas', () => {
  const text = 'Mohammad Darwish, head of Hamas’ political council, attended the talks.';
  const entities = entitiesOf(text);
  const darwish = entityWith(entities, 'Mohammad Darwish');
  const role = darwish?.roles[0];
  assert.equal(role?.title, 'head of Hamas’ political council');
  assert.equal(role?.of, entityWith(entities, 'Hamas')?.id);
  assert.equal(text.slice(role?.start, role?.end), role?.title);
});

test('copula titles: "Kalın, who is the head of the agency"', () => {
  const entities = entitiesOf(
    'Ibrahim Kalın, who is the head of the National Intelligence Organization, spoke.',
  );
  const role = entityWith(entities, 'Ibrahim Kalın')?.roles[0];
  assert.equal(role?.title, 'head of the National Intelligence Organization');
  assert.equal(role?.of, entityWith(entities, 'National Intelligence Organization')?.id);
});

test('ids are e1, e2, … in order of first mention, and mention offsets are exact', () => {
  const text = 'Hamas and Fatah met in Cairo. Hamas said the talks went well.';
  const entities = entitiesOf(text);
  entities.forEach((e, k) => assert.equal(e.id, `e${k + 1}`));
  for (const e of entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});
