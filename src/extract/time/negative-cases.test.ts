import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './tag-times.js';
import { tenseFromWords } from './tense.js';

// Text that holds no time expression at all: each must come back empty.
const NONE = [
  'The company employs 2000 workers.',
  'He paid $1998 for the car.',
  'The score was 1,998 to 2,100.',
  'Room 2001 is on the second floor.',
  'They may agree to the plan.',
  'May I ask a question?',
  'The Sunday Times reported the deal.',
  'Thousands joined the March on Washington.',
  "The Women's March drew crowds.",
  'He played Girl Friday in the film.',
  'Prices fall when supply rises.',
  'A quarter of the votes were cast.',
  'The current account deficit widened.',
  'Flight 1986 landed safely.',
  'Jan said nothing.',
  'The poster showed Gary Cooper in High Noon.',
  'For Poland, high noon has come.',
  'The Communist Party daily Granma printed the letter.',
  'Money arrived in a trickle that soon became a flood.',
  'He was soon released.',
  'The plan was signed by both sides.',
  "He told CBS's ''60 Minutes.'' that it was abuse.",
  'Baker, speaking on ABC News\' "This Week," said so.',
  'Du Pont raised its quarterly dividend.',
  'It was the fifth straight quarterly loss.',
  'GE posted an 18% jump in quarterly sales.',
  'It would be a second betrayal.',
  'An early spring helped the farmers.',
  'They studied the fall in prices.',
  'Thousands joined the March against the war.',
  'Critics of the May government spoke.',
];

// A year range before "period" is two years, not a fiscal period.
test('a range of years before "period" stays two years', () => {
  const times = tagTimes('New figures for the 2001-2002 period were issued.', { published: '2005-06-01' });
  assert.deepEqual(
    times.map((t) => [t.text, t.value]),
    [
      ['2001', '2001'],
      ['2002', '2002'],
    ],
  );
});

test('negative cases: numbers, verbs, names and titles are not times', () => {
  for (const text of NONE) {
    const times = tagTimes(text, { published: '2025-06-29' });
    assert.deepEqual(
      times.map((t) => t.text),
      [],
      `${JSON.stringify(text)} should hold no time`,
    );
  }
});

test('negative cases do not hide the real time next to them', () => {
  const times = tagTimes('The Sunday Times said on Monday that 2000 troops left in 1998.', {
    published: '2025-06-29',
  });
  assert.deepEqual(
    times.map((t) => [t.text, t.value]),
    [
      ['Monday', '2025-06-23'],
      ['1998', '1998'],
    ],
  );
});

test('a participle of planning before a noun marks no future ("crashed … on Sunday … on a planned flight")', () => {
  const text =
    'The charter flight crashed shortly after taking off just after noon on Sunday from Punta Islita on a planned flight to the capital.';
  const [sunday] = tagTimes(text, { published: '2018-01-02', tenseAt: tenseFromWords(text) });
  assert.equal(sunday.value, '2017-12-31T12:00');
});
