import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GAZ, GAZ_COUNT, phraseCategories } from './gazetteers.js';
import { isNotAName, productType } from './entity-types.js';
import { TokenTable } from './token-table.js';

const has = (words: string[], category: number) => (phraseCategories(words) & (1 << category)) !== 0;

test('gazetteer lookups by category, case-insensitive, Unicode included', () => {
  assert.ok(has(['Türkiye'], GAZ.COUNTRY));
  assert.ok(has(['TURKEY'], GAZ.COUNTRY));
  assert.ok(has(['United', 'States'], GAZ.COUNTRY));
  assert.ok(has(['Ankara'], GAZ.CITY));
  assert.ok(has(['Şanlıurfa'], GAZ.CITY));
  assert.ok(has(['Palestinian'], GAZ.DEMONYM));
  assert.ok(has(['Palestinians'], GAZ.DEMONYM));
  assert.ok(has(['Muslim'], GAZ.RELIGIOUS_POLITICAL));
  assert.ok(has(['Recep'], GAZ.FIRST_NAME));
  assert.ok(has(['Ltd'], GAZ.ORG_WORD));
  assert.ok(has(['Middle', 'East'], GAZ.GEO));
  assert.ok(!has(['Kalın'], GAZ.COUNTRY));
  assert.equal(phraseCategories(['zzyzx']), 0);
});

test('matches over a sentence mark begin, inside, last and single positions; lower-case words never start one', () => {
  const text = 'They met us in New York and the United States .';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const table = new TokenTable();
  table.fill({ text, starts, ends, sentStarts: [0] });
  const at = (i: number, c: number) => table.gaz[i * GAZ_COUNT + c];
  assert.equal(at(2, GAZ.COUNTRY), 0, '"us" is not "US"');
  assert.equal(at(4, GAZ.CITY), 1, 'New: begin');
  assert.equal(at(5, GAZ.CITY), 3, 'York: last');
  assert.equal(at(8, GAZ.COUNTRY), 1);
  assert.equal(at(9, GAZ.COUNTRY), 3);
});

test('product types: GPE for countries and cities, LOC for regions and rivers, NORP for groups', () => {
  assert.equal(productType('LOC', ['Türkiye']), 'GPE');
  assert.equal(productType('LOC', ['Ankara']), 'GPE');
  assert.equal(productType('LOC', ['Gaza']), 'GPE');
  assert.equal(productType('LOC', ['Texas']), 'GPE');
  assert.equal(productType('LOC', ['Middle', 'East']), 'LOC');
  assert.equal(productType('LOC', ['Jordan', 'River']), 'LOC');
  assert.equal(productType('LOC', ['Lake', 'Vostok']), 'LOC');
  assert.equal(productType('MISC', ['Palestinian']), 'NORP');
  assert.equal(productType('MISC', ['Western']), 'NORP');
  assert.equal(productType('MISC', ['Muslim']), 'NORP');
  assert.equal(productType('MISC', ['World', 'Cup']), 'MISC');
  assert.equal(productType('PER', ['Ibrahim', 'Kalın']), 'PERSON');
  assert.equal(productType('ORG', ['Hamas']), 'ORG');
});

test('product types: a known company is an ORG whatever the recognizer called it; other names keep their type', () => {
  assert.equal(productType('PER', ['Time', 'Warner']), 'ORG');
  assert.equal(productType('PER', ['Freddie', 'Mac']), 'ORG');
  assert.equal(productType('LOC', ['Warner', 'Bros']), 'ORG');
  assert.equal(productType('LOC', ['Rio', 'Tinto']), 'ORG');
  assert.equal(productType('MISC', ['Sony']), 'ORG');
  // only the whole name, as written: a person, a place or a product that shares a word stays
  assert.equal(productType('PER', ['Warner']), 'PERSON');
  assert.equal(productType('PER', ['Henry', 'Ford']), 'PERSON');
  assert.equal(productType('LOC', ['Amazon']), 'LOC');
  assert.equal(productType('MISC', ['Sony', 'PlayStation']), 'MISC');
  assert.equal(productType('PER', ['SONY']), 'PERSON');
});

test('product types: an honorific and a name is a person, unless a place or a body is named after one', () => {
  assert.equal(productType('LOC', ['Lord', 'Ashcroft']), 'PERSON');
  assert.equal(productType('ORG', ['Mr', 'Blair']), 'PERSON');
  assert.equal(productType('MISC', ['Dame', 'Judi', 'Dench']), 'PERSON');
  assert.equal(productType('ORG', ['Dr.', 'Rowan', 'Williams']), 'PERSON');
  assert.equal(productType('LOC', ['Lord', 'Howe', 'Island']), 'LOC');
  assert.equal(productType('LOC', ['Lord', 'of', 'the', 'Rings']), 'GPE');
  assert.equal(productType('MISC', ['Miss', 'Ohio']), 'MISC');
  assert.equal(productType('ORG', ['Lady', 'Margaret', 'Hall']), 'ORG');
  assert.equal(productType('ORG', ['General', 'Motors']), 'ORG');
});

test('product types: a street, square, stadium or theatre that is no country or city is a LOC, not a GPE', () => {
  assert.equal(productType('LOC', ['Lansdowne', 'Road']), 'LOC');
  assert.equal(productType('LOC', ['Tiananmen', 'Square']), 'LOC');
  assert.equal(productType('LOC', ['Millennium', 'Stadium']), 'LOC');
  assert.equal(productType('LOC', ['Paris']), 'GPE');
  // a plain honorific and one surname is a person, even when the surname is a place word
  assert.equal(productType('LOC', ['Mr', 'Lane']), 'PERSON');
  assert.equal(productType('LOC', ['Lord', 'Bridge']), 'LOC');
});

test('product types: a person or place whose last word names an event is a MISC', () => {
  assert.equal(productType('LOC', ['Brit', 'Awards']), 'MISC');
  assert.equal(productType('PER', ['Grammy', 'Award']), 'MISC');
  assert.equal(productType('LOC', ['Winter', 'Olympics']), 'MISC');
  // what the recognizer called an organization stays one; one word is no event name
  assert.equal(productType('ORG', ['Academy', 'Awards']), 'ORG');
  assert.equal(productType('PER', ['Cup']), 'PERSON');
});

test('product types: an award named alone is a MISC; the short party names are the party and its adjective', () => {
  assert.equal(productType('PER', ['Oscar']), 'MISC');
  assert.equal(productType('ORG', ['Golden', 'Globes']), 'MISC');
  assert.equal(productType('PER', ['Oscar', 'Wilde']), 'PERSON');
  assert.equal(productType('PER', ['Lib', 'Dems']), 'ORG');
  assert.equal(productType('ORG', ['Lib', 'Dem']), 'NORP');
});

test('names of no entity: days, months, holidays, time zones, acronyms of common nouns', () => {
  for (const words of [['Christmas'], ['December'], ['Friday'], ['New', 'Year.'], ['Boxing', 'Day'], ['GMT'], ['PC'], ['DVDs'], ['MPs']])
    assert.ok(isNotAName('ORG', words), words.join(' '));
  // a month that is also a name stays a person's; the whole name decides
  assert.ok(isNotAName('ORG', ['May']));
  assert.ok(!isNotAName('PER', ['May']));
  for (const words of [['Christmas', 'Island'], ['BBC'], ['IBM'], ['Father', 'Christmas'], ['Easter', 'Island']])
    assert.ok(!isNotAName('LOC', words), words.join(' '));
});
