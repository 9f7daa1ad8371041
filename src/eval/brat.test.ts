import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readBratAttributions, writeBratAttributions, type BratAttribution } from './brat.js';

const TEXT = '"We will win," said Smith, adding that polls were wrong. "And soon."';

test('brat writer and reader round-trip attributions, discontinuous content and shared sources', () => {
  const attributions: BratAttribution[] = [
    {
      source: [[20, 25]],
      cue: [[15, 19]],
      content: [
        [0, 14],
        [57, 68],
      ],
    },
    { source: [[20, 25]], cue: [[27, 33]], content: [[34, 55]] },
  ];
  const ann = writeBratAttributions(TEXT, attributions);
  assert.match(ann, /^T\d+\tContent 0 14;57 68\t"We will win," "And soon."$/m);
  assert.equal(ann.match(/\tSource 20 25\t/g)?.length, 1, 'a shared source is written once');
  assert.match(ann, /^E2\tAttribution:T\d+ Source:T\d+ Cue:T\d+ Content:T\d+$/m);
  assert.deepEqual(readBratAttributions(ann), attributions);
});

test("reader merges PolNeAR's Content2, skips other lines and keeps attributions without a source", () => {
  const ann = [
    'T1\tContent 0 5\tab',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 20 25\tcd',
    'T4\tAttribution-no-source 6 10\tsaid',
    'T5\tDiscuss 30 40\tx',
    'A1\tNegated E1',
    'E1\tAttribution-no-source:T4 Cue:T2 Content:T1 Content2:T3',
  ].join('\n');
  assert.deepEqual(readBratAttributions(ann), [
    {
      source: null,
      cue: [[6, 10]],
      content: [
        [0, 5],
        [20, 25],
      ],
    },
  ]);
});

test('writing nothing gives an empty file', () => {
  assert.equal(writeBratAttributions('text', []), '');
});

test('brat offsets count characters (code points), not UTF-16 units, after an emoji', () => {
  const text = 'Fans 😀😀 cheered. "We won," said Smith.';
  const at = (s: string) => text.indexOf(s);
  const attribution: BratAttribution = {
    source: [[at('Smith'), at('Smith') + 5]],
    cue: [[at('said'), at('said') + 4]],
    content: [[at('We'), at('We') + 7]],
  };
  const ann = writeBratAttributions(text, [attribution]);
  const chars = [...text];
  for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
    const [, span, body] = line.split('\t');
    const [start, end] = span.split(' ').slice(1).map(Number);
    // what a brat tool in Python (or any code-point indexing) reads at those offsets
    assert.equal(chars.slice(start, end).join(''), body);
  }
  assert.match(ann, /\tSource 32 37\tSmith$/m);
  assert.deepEqual(readBratAttributions(ann, text), [attribution]);
});
