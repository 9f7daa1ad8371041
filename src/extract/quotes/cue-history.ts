import { labels } from '../../doc/string-store.js';
import { feat2, feat3 } from '../../models/hash.js';
import { bucket } from './feature-values.js';
import { Tag } from './tags.js';
import type { TokenContext } from './token-context.js';

/** How far up the parse a token may sit under an earlier cue. */
const UNDER_STEPS = 6;
/** How far back (tokens) an earlier cue of the segment counts. */
const EARLIER_REACH = 40;

/** What the cue tagger has tagged before token i (its greedy history). */
export interface CueHistory {
  tags: Uint8Array;
  /** The last cue token before i, -1 when none. */
  last: number;
}

let conj = 0;
let parataxis = 0;

/**
 * True when token i hangs, a few steps up the parse, from a cue token before it; a conjunct ends
 * the walk ("It has condemned …, applied to join a case …, which Israel rejects": the conjunct
 * is no part of what was condemned), and so does a parataxis ("X called for Y …, sources said":
 * the parser hangs the second cue from the first; PolNeAR train held-out quarter: all four
 * scores 0.3 to 0.5 higher with it).
 */
function underEarlierCue(ctx: TokenContext, i: number, tags: Uint8Array): boolean {
  const head = ctx.doc.head;
  const dep = ctx.doc.dep;
  if (conj === 0) {
    conj = labels.intern('conj');
    parataxis = labels.intern('parataxis');
  }
  let j = i;
  for (let steps = 0; steps < UNDER_STEPS; steps++) {
    const h = head[j];
    if (h < 0 || h === j || dep[j] === conj || dep[j] === parataxis) return false;
    if (h < i && (tags[h] === Tag.BCue || tags[h] === Tag.ICue)) return true;
    j = h;
  }
  return false;
}

/**
 * The cue tagged last before token i in its segment, as earlierCueFeatures reads it: -1 when
 * none within reach, else its distance bucket * 2, plus 1 when token i hangs under it in the parse.
 */
export function lastCueLink(ctx: TokenContext, i: number, history: CueHistory): number {
  const c = history.last;
  if (c < 0 || ctx.sentence[c] !== ctx.sentence[i] || i - c > EARLIER_REACH) return -1;
  const under = ctx.parsed && underEarlierCue(ctx, i, history.tags) ? 1 : 0;
  return bucket(i - c) * 2 + under;
}

/**
 * Features of the cue tagged last before token i in its segment (`link` from lastCueLink): how far
 * back it is and whether token i hangs under it in the parse (PolNeAR nests no attribution in
 * another's content, so a verb in a cue's complement is seldom a cue itself, and a verb after a
 * finished attribution may be).
 */
export function earlierCueFeatures(
  link: number,
  rep: number,
  rate: number,
  wordClass: number,
  prev1: number,
  out: Uint32Array,
  k: number,
): number {
  if (link < 0) {
    out[k++] = feat2(84, rep, prev1);
    return k;
  }
  const under = link & 1;
  const d = link >> 1;
  out[k++] = feat3(85, d, under, prev1);
  out[k++] = feat3(86, rate, under, d > 4 ? 1 : 0);
  out[k++] = feat3(87, wordClass, under, prev1);
  return k;
}

/** The features of the cue tagged last before token i in its segment (see earlierCueFeatures). */
export function earlierCue(
  ctx: TokenContext,
  i: number,
  prev1: number,
  history: CueHistory,
  out: Uint32Array,
  k: number,
): number {
  const link = lastCueLink(ctx, i, history);
  return earlierCueFeatures(link, ctx.reporting[i], ctx.cueRate[i], ctx.wordClass[i], prev1, out, k);
}
