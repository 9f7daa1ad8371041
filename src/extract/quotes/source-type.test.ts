import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceTypeOf } from './source-type.js';

const CASES: [string | null, string | null, string][] = [
  ['Security sources', null, 'anonymous'],
  ['the sources', null, 'anonymous'],
  ['a senior administration official', null, 'anonymous'],
  ['Witnesses and Gaza officials', null, 'group'],
  ['Western nations', null, 'group'],
  ['Donald Trump', 'PERSON', 'person'],
  ['he', null, 'person'],
  ['the Health Ministry', null, 'government'],
  ['Ankara', 'GPE', 'government'],
  ['Hamas', 'ORG', 'organization'],
  ['a Quinnipiac poll', null, 'document/media'],
  ['The Washington Post', 'ORG', 'document/media'],
  [null, null, 'unknown'],
];

test('source types from the source words and the entity type', () => {
  for (const [source, type, expected] of CASES)
    assert.equal(sourceTypeOf(source, type), expected, String(source));
});

test('a named person heading the source is a person whatever body the source names after them', () => {
  const source = 'Gary Shapiro, chief executive of the Consumer Electronics Association';
  assert.equal(sourceTypeOf(source, 'PERSON', true), 'person');
  assert.equal(sourceTypeOf('Prime Minister Tony Blair', 'PERSON', true), 'person');
  // a person who only owns or qualifies the source does not make it a person's
  assert.equal(sourceTypeOf('the Kok report', 'PERSON', false), 'document/media');
  assert.equal(sourceTypeOf('the Blair government', 'PERSON', false), 'government');
});
