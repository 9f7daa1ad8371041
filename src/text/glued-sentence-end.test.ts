import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from './sentence-splitter.js';
import { tokenize } from './tokenizer.js';

/** The token strings of a text. */
function words(text: string): string[] {
  const { starts, ends } = tokenize(text);
  return Array.from(starts, (s, i) => text.slice(s, ends[i]));
}

/** The sentences of a text, as strings. */
function sentences(text: string): string[] {
  const tokens = tokenize(text);
  const starts = splitSentences(text, tokens);
  return starts.map((s, k) => {
    const last = k + 1 < starts.length ? starts[k + 1] - 1 : tokens.starts.length - 1;
    return text.slice(tokens.starts[s], tokens.ends[last]);
  });
}

const SPLIT: [string, string[]][] = [
  ['he said.Trump added', ['he', 'said', '.', 'Trump', 'added']],
  ['It was dangerous.The police', ['It', 'was', 'dangerous', '.', 'The', 'police']],
  ['the Division.Those who', ['the', 'Division', '.', 'Those', 'who']],
  ["said.Trump's team", ['said', '.', 'Trump', "'s", 'team']],
  ['starring Mr.Benn.', ['starring', 'Mr.', 'Benn', '.']],
];

const WHOLE: [string, string[]][] = [
  [
    'The U.S. and e.g. Ph.D. or J.R.R. Tolkien',
    ['The', 'U.S.', 'and', 'e.g.', 'Ph.D.', 'or', 'J.R.R.', 'Tolkien'],
  ],
  ['bbc.co.uk and Amazon.com', ['bbc.co.uk', 'and', 'Amazon.com']],
  ['One.Tel and Newsfeed.Com and site.Org', ['One.Tel', 'and', 'Newsfeed.Com', 'and', 'site.Org']],
  ['Halo.Bungie.Org, then', ['Halo.Bungie.Org', ',', 'then']],
  ['mail jane.Doe@example.com now', ['mail', 'jane.Doe@example.com', 'now']],
  ['Vangie.McGilloway wrote', ['Vangie.McGilloway', 'wrote']],
  ['open budget.Xls and notes.Doc', ['open', 'budget.Xls', 'and', 'notes.Doc']],
  ['version 2.5 and v2.Beta', ['version', '2.5', 'and', 'v2.Beta']],
  ['see docs.Main/index', ['see', 'docs.Main', '/', 'index']],
];

for (const [text, expected] of [...SPLIT, ...WHOLE]) {
  test(`glued period: tokenize ${JSON.stringify(text)}`, () => {
    assert.deepEqual(words(text), expected);
  });
}

test('no sentence ends inside a domain name or after a glued title', () => {
  assert.deepEqual(sentences('Shares in One.Tel fell.'), ['Shares in One.Tel fell.']);
  assert.deepEqual(sentences('It starred Mr.Benn in a new role.'), ['It starred Mr.Benn in a new role.']);
});
