import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityJson } from '../../doc/contract.js';
import { resolveSpeaker } from './speaker.js';

/** Entities for `text`: each [name, type] is an entity with one mention at the name's first occurrence. */
function entities(text: string, names: [string, string][]): EntityJson[] {
  return names.map(([name, type], k) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    return {
      id: `e${k + 1}`,
      name,
      type,
      mentions: [{ start, end: start + name.length, text: name }],
      roles: [],
    } as unknown as EntityJson;
  });
}

/** The name of the speaker resolved for a source that is the whole text. */
function speakerOf(text: string, names: [string, string][]): string | null {
  const list = entities(text, names);
  const found = resolveSpeaker(text, list, [[0, text.length]], text, text.length);
  return found ? (list.find((e) => e.id === found.id)?.name ?? null) : null;
}

test('the person a source names speaks, not the body named beside them', () => {
  assert.equal(
    speakerOf('Michael Blythe, chief economist at the Commonwealth Bank of Australia', [
      ['Michael Blythe', 'PERSON'],
      ['Commonwealth Bank of Australia', 'ORG'],
    ]),
    'Michael Blythe',
  );
  assert.equal(
    speakerOf('Bank of England governor Mervyn King', [
      ['Bank of England', 'ORG'],
      ['Mervyn King', 'PERSON'],
    ]),
    'Mervyn King',
  );
  // a name before a common noun speaks through it only when no name heads the phrase
  assert.equal(
    speakerOf('Warner producer Jeff Robinov', [
      ['Warner', 'PERSON'],
      ['Jeff Robinov', 'PERSON'],
    ]),
    'Jeff Robinov',
  );
});

test('a possessor or a body behind a spokesman speaks when no name heads the source', () => {
  assert.equal(speakerOf('a Labour spokesman', [['Labour', 'ORG']]), 'Labour');
  assert.equal(speakerOf('Microsoft’s chief executive', [['Microsoft', 'ORG']]), 'Microsoft');
  assert.equal(
    speakerOf('Kenteris’ lawyer Gregory Ioannidis', [
      ['Kenteris', 'PERSON'],
      ['Gregory Ioannidis', 'PERSON'],
    ]),
    'Gregory Ioannidis',
  );
});

test('a place that only qualifies the source’s noun is no speaker', () => {
  assert.equal(speakerOf('A spokeswoman for the London ambulance service', [['London', 'GPE']]), null);
  assert.equal(
    speakerOf('a report by UK-based consultancy Analysys', [
      ['UK', 'GPE'],
      ['Analysys', 'ORG'],
    ]),
    'Analysys',
  );
  assert.equal(speakerOf('Japan earlier', [['Japan', 'GPE']]), 'Japan');
});

test('a surname the recognizer missed in the source is the person named before; with no source a city never speaks', () => {
  const text = 'Airline spokesman Joshua Freed spoke first. Later Freed said more. They flew from Dallas.';
  const list = entities(text, [
    ['Joshua Freed', 'PERSON'],
    ['Dallas', 'GPE'],
  ]);
  const at = text.indexOf('Freed said');
  const surname = resolveSpeaker(text, list, [[at, at + 5]], 'Freed', at + 6);
  assert.equal(surname?.id, 'e1');
  const none = resolveSpeaker(text, [list[1]], null, null, text.length);
  assert.equal(none, null);
});
