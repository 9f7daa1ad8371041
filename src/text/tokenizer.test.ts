import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenizer.js';

/** The token strings of a text. */
function words(text: string): string[] {
  const { starts, ends } = tokenize(text);
  return Array.from(starts, (s, i) => text.slice(s, ends[i]));
}

const CASES: [string, string[]][] = [
  // names in any script stay whole
  ['Kalın met Erdoğan in Şanlıurfa and Łódź', ['Kalın', 'met', 'Erdoğan', 'in', 'Şanlıurfa', 'and', 'Łódź']],
  ['Москва и Київ', ['Москва', 'и', 'Київ']],
  // clitics split as UD does
  ['Türkiye’s role', ['Türkiye', '’s', 'role']],
  ["Türkiye's role", ['Türkiye', "'s", 'role']],
  ['Hamas’ leaders', ['Hamas', '’', 'leaders']],
  ["don't", ['do', "n't"]],
  [
    "can't won't I'm we'll they've she'd",
    ['ca', "n't", 'wo', "n't", 'I', "'m", 'we', "'ll", 'they', "'ve", 'she', "'d"],
  ],
  ["shouldn't've", ['should', "n't", "'ve"]],
  ['DON’T', ['DO', 'N’T']],
  ['cannot gonna', ['can', 'not', 'gon', 'na']],
  ["O'Brien's 1990's", ["O'Brien", "'s", "1990's"]],
  // the pronoun "I" after a lowercase word or a comma gives up its period; an initial keeps it
  ['my family and I. So', ['my', 'family', 'and', 'I', '.', 'So']],
  ['Shah Abbas I. Built', ['Shah', 'Abbas', 'I.', 'Built']],
  // upright faces stay whole
  ['it! ^_^ Have ^^', ['it', '!', '^_^', 'Have', '^^']],
  // abbreviations and initials keep their period
  ['The U.S. President', ['The', 'U.S.', 'President']],
  [
    'Dr. Smith and Gen. Lee in Sept. at No. 10',
    ['Dr.', 'Smith', 'and', 'Gen.', 'Lee', 'in', 'Sept.', 'at', 'No.', '10'],
  ],
  ['He said no.', ['He', 'said', 'no', '.']],
  ['J. R. R. Tolkien', ['J.', 'R.', 'R.', 'Tolkien']],
  ['e.g. this, i.e. that, 5 p.m.', ['e.g.', 'this', ',', 'i.e.', 'that', ',', '5', 'p.m.']],
  ['Acme Inc..', ['Acme', 'Inc.', '.']],
  // numbers
  ['exceeded 56,000 and 3.5% in the 1990s', ['exceeded', '56,000', 'and', '3.5', '%', 'in', 'the', '1990s']],
  ['the 2023-24 season', ['the', '2023', '-', '24', 'season']],
  ['at 3:30 on 9/11 and 16/11/2004', ['at', '3:30', 'on', '9/11', 'and', '16/11/2004']],
  ['$1.13bn and £600m at 5pm', ['$', '1.13', 'bn', 'and', '£', '600', 'm', 'at', '5', 'pm']],
  ['4th place, +852 and .5', ['4th', 'place', ',', '+852', 'and', '.5']],
  ['call 713-853-3989', ['call', '713-853-3989']],
  // hyphens: UD splits them except after a few prefixes
  ['a 15-year term', ['a', '15', '-', 'year', 'term']],
  ['well-known non-stop e-mail co-workers', ['well', '-', 'known', 'non-stop', 'e-mail', 'co-workers']],
  ['U.S.-led', ['U.S.', '-', 'led']],
  // quotes, dashes, ellipses
  ['"Next week." The', ['"', 'Next', 'week', '.', '"', 'The']],
  [
    '“Yes,” she said — then… left... and -- gone',
    ['“', 'Yes', ',', '”', 'she', 'said', '—', 'then', '…', 'left', '...', 'and', '--', 'gone'],
  ],
  ["''quoted'' ``text''", ["''", 'quoted', "''", '``', 'text', "''"]],
  ['Wait?! No!!!', ['Wait', '?!', 'No', '!!!']],
  ['(see above)', ['(', 'see', 'above', ')']],
  // slashes: UD splits words, not dates
  ['and/or', ['and', '/', 'or']],
  // web text
  ['see https://www.bbc.co.uk/news/world-123.', ['see', 'https://www.bbc.co.uk/news/world-123', '.']],
  [
    '(https://en.wikipedia.org/wiki/Mercury_(planet))',
    ['(', 'https://en.wikipedia.org/wiki/Mercury_(planet)', ')'],
  ],
  ['at www.example.com, or', ['at', 'www.example.com', ',', 'or']],
  ['mail john.doe@example.co.uk.', ['mail', 'john.doe@example.co.uk', '.']],
  ['franz371...@gmail.com', ['franz371...@gmail.com']],
  ['#Gaza @UN_News AT&T', ['#Gaza', '@UN_News', 'AT&T']],
  ['great :) and :-(', ['great', ':)', 'and', ':-(']],
  // emoji and surrogate pairs stay whole
  ['ok 👍 done', ['ok', '👍', 'done']],
  ['𝐀𝐁 text', ['𝐀𝐁', 'text']],
  // whitespace of any kind separates
  ['a\u00a0b\tc\r\nd\u200be', ['a', 'b', 'c', 'd', 'e']],
  ['', []],
];

for (const [text, expected] of CASES) {
  test(`tokenize ${JSON.stringify(text)}`, () => {
    assert.deepEqual(words(text), expected);
  });
}

test('offsets point into the unmodified text', () => {
  const text = '  Kalın’s  talks.\n';
  const { starts, ends } = tokenize(text);
  assert.deepEqual(Array.from(starts), [2, 7, 11, 16]);
  assert.deepEqual(Array.from(ends), [7, 9, 16, 17]);
});
