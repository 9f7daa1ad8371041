import assert from 'node:assert/strict';
import { test } from 'node:test';
import { streetNames } from './street-names.js';

const names = (text: string): string[] => streetNames(text).map((s) => s.text);

test('street and road names, named and numbered', () => {
  const cases: [string, string[]][] = [
    ['He lives at 44 Gillis Street in town.', ['Gillis Street']],
    ['Repairs on North Main St. and Hot Springs Drive.', ['North Main St.', 'Hot Springs Drive']],
    ['The crash closed Highway 19 near Interstate 45.', ['Highway 19', 'Interstate 45']],
    ['They rode along County Road 225 at dusk.', ['County Road 225']],
    ['Traffic on State Highway 360 and I-85 slowed.', ['State Highway 360', 'I-85']],
    ['A slide closed W.Va. 61 on Monday.', ['W.Va. 61']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(names(text), expected, text);
});

test('offsets point at the name; an opening word of the sentence is left out', () => {
  const text = 'On Main Street, crews worked.';
  const [street] = streetNames(text);
  assert.equal(street.text, 'Main Street');
  assert.equal(text.slice(street.start, street.end), 'Main Street');
});

test('courts, charities and generic words are not streets', () => {
  for (const text of [
    'He appeared in Superior Court on Monday.',
    'The United Way raised money.',
    'The County Road department met.',
    'Avenue Street', // no name before the generic word
    'The Road ahead is long.',
  ])
    assert.deepEqual(names(text), [], text);
});
