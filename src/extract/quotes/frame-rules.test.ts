import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../doc/doc.js';
import { analyseForQuotes } from '../../eval/quotes-predict.js';
import { existsSync } from 'node:fs';
import { modelPath } from '../../models/paths.js';
import { addAccordingTo } from './according-to.js';
import { addColonAttributions } from './colon-attribution.js';
import { clauseContent } from './parse-content.js';
import type { LinkedAttribution } from './link-attributions.js';
import type { TagSpan } from './tags.js';
import { tokenContext } from './token-context.js';

// the headline rule reads parts of speech: without the tagger the NLP core leaves them unset
const noTagger = existsSync(modelPath('tagger.bin')) ? false : 'models/tagger.bin is not built';

interface Found {
  source: string;
  cue: string;
  content: string;
}

function spanText(doc: Doc, s: TagSpan): string {
  return doc.text.slice(doc.start[s.start], doc.end[s.end - 1]);
}

function shown(doc: Doc, list: LinkedAttribution[]): Found[] {
  return list.map((a) => ({
    source: a.sources.map((s) => spanText(doc, s)).join(' … '),
    cue: spanText(doc, a.cue),
    content: a.contents.map((s) => spanText(doc, s)).join(' … '),
  }));
}

function colons(text: string): Found[] {
  const doc = analyseForQuotes(text);
  return shown(doc, addColonAttributions(tokenContext(doc), []));
}

test(
  'a headline naming its source before a colon: the name, the colon, the rest without its full stop',
  { skip: noTagger },
  () => {
    assert.deepEqual(
      colons('Trump: My immigration plans are not set in stone.\nThe candidate spoke on Monday.'),
      [{ source: 'Trump', cue: ':', content: 'My immigration plans are not set in stone' }],
    );
    assert.deepEqual(colons("Carly Fiorina: 'Bill Clinton is fair game.'\nShe spoke on Monday."), [
      { source: 'Carly Fiorina', cue: ':', content: "'Bill Clinton is fair game.'" },
    ]);
  },
);

test('headline colons that name no source, or ask, are no attributions', { skip: noTagger }, () => {
  assert.deepEqual(colons('Breaking: Senate passes the budget bill.\nThe vote was close.'), []);
  assert.deepEqual(colons('The Latest: Senate passes the budget bill.\nThe vote was close.'), []);
  assert.deepEqual(colons('Ted Cruz: Conservative or career politician?\nHe spoke on Monday.'), []);
});

test('transcript speaker labels in capitals are attributions of the rest of the paragraph', () => {
  const text =
    'Jake Tapper spoke with Gov. Mary Fallin on Sunday.\n\nTAPPER: Do you think he can win the state?\n\nFALLIN: Well, I think he can. He has the votes.\n\nCORRECTION: An earlier version misstated the date.';
  assert.deepEqual(colons(text), [
    { source: 'TAPPER', cue: ':', content: 'Do you think he can win the state?' },
    { source: 'FALLIN', cue: ':', content: 'Well, I think he can. He has the votes.' },
  ]);
});

test('"According to X, …" opening a sentence: X up to the comma is the source, the clause the content', () => {
  const doc = analyseForQuotes(
    'The talks went on for weeks. According to two officials familiar with the talks, the deal was signed on Monday and the minister said it would hold.',
  );
  const ctx = tokenContext(doc);
  const n = doc.length;
  // a cue the taggers might have found inside the clause ("said") goes: PolNeAR nests none
  let said = 0;
  while (doc.tokenText(said) !== 'said') said++;
  const inner: LinkedAttribution = {
    cue: { role: 2, start: said, end: said + 1 },
    sources: [],
    contents: [{ role: 3, start: said + 1, end: n - 1 }],
  };
  assert.deepEqual(shown(doc, addAccordingTo(ctx, [inner])), [
    {
      source: 'two officials familiar with the talks',
      cue: 'According to',
      content: 'the deal was signed on Monday and the minister said it would hold',
    },
  ]);
  // "In X poll, …" likewise, with "In" as the cue; "In an interview, …" is no attribution
  const poll = analyseForQuotes('In a Des Moines Register poll, Mr. Cruz had a 10-point lead.');
  assert.deepEqual(shown(poll, addAccordingTo(tokenContext(poll), [])), [
    { source: 'a Des Moines Register poll', cue: 'In', content: 'Mr. Cruz had a 10-point lead' },
  ]);
  const interview = analyseForQuotes('In an interview, Mr. Cruz spoke about his lead.');
  assert.deepEqual(addAccordingTo(tokenContext(interview), []), []);
  // not at a sentence start, or with no comma after its source: left alone
  const mid = analyseForQuotes('Turnout fell sharply, according to the report.');
  assert.deepEqual(addAccordingTo(tokenContext(mid), []), []);
});

test('", police said.": the clause before the comma that hangs from the cue in the parse is its content', () => {
  const doc = analyseForQuotes('Six protesters were arrested at the hotel on Monday, police said.');
  const ctx = tokenContext(doc);
  if (!ctx.parsed) return;
  const tags = new Uint8Array(doc.length);
  let said = 0;
  while (doc.tokenText(said) !== 'said') said++;
  tags[said - 1] = 1; // police: source
  tags[said] = 3; // said: cue
  const content = clauseContent(ctx, { role: 2, start: said, end: said + 1 }, tags);
  assert.ok(content, 'no content');
  assert.equal(spanText(doc, content), 'Six protesters were arrested at the hotel on Monday');
});
