import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../../doc/article.js';
import { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { feat2, feat3 } from '../../models/hash.js';
import { earlierCue } from './cue-history.js';
import { Tag } from './tags.js';
import { tokenContext, type TokenContext } from './token-context.js';

/** A Doc of space-separated words with the given heads (-1 for none) and segments starting at `starts`. */
function parsedContext(
  words: string[],
  heads: number[],
  starts = [0],
  conj = -1,
  parataxis = -1,
): TokenContext {
  const begin: number[] = [];
  const end: number[] = [];
  let at = 0;
  for (const w of words) {
    begin.push(at);
    end.push(at + w.length);
    at += w.length + 1;
  }
  const doc = new Doc(makeArticle(words.join(' ')), begin, end, starts);
  heads.forEach((h, i) => {
    doc.head[i] = h;
    doc.dep[i] = labels.intern(
      h === i ? 'root' : i === conj ? 'conj' : i === parataxis ? 'parataxis' : 'dep',
    );
  });
  return tokenContext(doc);
}

/** The features earlierCue writes for token i after the cue tags `cues` (token indices). */
function featuresOf(ctx: TokenContext, i: number, cues: number[]): number[] {
  const tags = new Uint8Array(ctx.doc.length);
  for (const c of cues) tags[c] = Tag.BCue;
  const last = cues.filter((c) => c < i).reduce((m, c) => Math.max(m, c), -1);
  const out = new Uint32Array(8);
  const k = earlierCue(ctx, i, Tag.O, { tags, last }, out, 0);
  return Array.from(out.subarray(0, k));
}

const WORDS = ['Smith', 'said', 'the', 'plan', 'failed', '.'];
//               0       1       2      3       4       5

test('cue history: a verb hanging under an earlier cue of its segment reads as under it', () => {
  const ctx = parsedContext(WORDS, [1, 1, 3, 4, 1, 1]);
  const under = featuresOf(ctx, 4, [1]);
  assert.ok(under.includes(feat3(85, 3, 1, Tag.O)), 'three tokens after the cue, under it');
  assert.ok(!under.includes(feat3(85, 3, 0, Tag.O)));
});

test('cue history: a verb the parse does not hang from the earlier cue reads as beside it', () => {
  const ctx = parsedContext(WORDS, [1, 1, 3, 4, 4, 1]);
  const beside = featuresOf(ctx, 4, [1]);
  assert.ok(beside.includes(feat3(85, 3, 0, Tag.O)));
  assert.ok(!beside.includes(feat3(85, 3, 1, Tag.O)));
});

test('cue history: no earlier cue, or one in another segment, gives the no-cue feature only', () => {
  const ctx = parsedContext(WORDS, [1, 1, 3, 4, 1, 1]);
  const none = feat2(84, ctx.reporting[4], Tag.O);
  assert.deepEqual(featuresOf(ctx, 4, []), [none]);
  const split = parsedContext(WORDS, [1, 1, 3, 4, 1, 1], [0, 2]);
  assert.deepEqual(featuresOf(split, 4, [1]), [feat2(84, split.reporting[4], Tag.O)]);
});

test('cue history: a conjunct of the earlier cue is no part of what it reports', () => {
  // "It condemned X and applied to join a case, which Israel rejects": the walk stops at "applied"
  const words = ['It', 'condemned', 'X', 'and', 'applied', 'to', 'a', 'case', 'Israel', 'rejects', '.'];
  const heads = [1, 1, 1, 4, 1, 7, 7, 4, 9, 7, 1];
  assert.ok(featuresOf(parsedContext(words, heads), 9, [1]).includes(feat3(85, 6, 1, Tag.O)));
  const conj = parsedContext(words, heads, [0], 4);
  assert.ok(featuresOf(conj, 9, [1]).includes(feat3(85, 6, 0, Tag.O)));
});

test('cue history: a parataxis of the earlier cue is a second attribution, not part of the first', () => {
  // "X called for talks, sources said": the parser hangs "said" from "called"
  const words = ['X', 'called', 'for', 'talks', ',', 'sources', 'said', '.'];
  const heads = [1, 1, 3, 1, 6, 6, 1, 1];
  assert.ok(featuresOf(parsedContext(words, heads), 6, [1]).includes(feat3(85, 5, 1, Tag.O)));
  const parataxis = parsedContext(words, heads, [0], -1, 6);
  assert.ok(featuresOf(parataxis, 6, [1]).includes(feat3(85, 5, 0, Tag.O)));
});
