import { feat2, feat3 } from '../../models/hash.js';
import { bucket, NONE } from './feature-values.js';
import { lexical, type CueNeighbours } from './features.js';
import type { TokenContext } from './token-context.js';

/**
 * Where the nearest cues are for token i, packed in one small integer: bits 0-3 the distance
 * bucket to the cue on the left (0: none), bit 4 whether it is in token i's segment, bits 5-8 and
 * bit 9 the same for the cue on the right. Read with the SIDE_ helpers below.
 */
export function cueSides(ctx: TokenContext, i: number, cues: CueNeighbours): number {
  const sent = ctx.sentence;
  const l = cues.left[i];
  const r = cues.right[i];
  const dl = l >= 0 ? bucket(i - l) : 0;
  const dr = r >= 0 ? bucket(r - i) : 0;
  const sl = l >= 0 && sent[l] === sent[i] ? 1 : 0;
  const sr = r >= 0 && sent[r] === sent[i] ? 1 : 0;
  return dl | (sl << 4) | (dr << 5) | (sr << 9);
}

/** The parts of a cueSides value. */
export const sideLeftDistance = (sides: number): number => sides & 15;
export const sideLeftSame = (sides: number): number => (sides >> 4) & 1;
export const sideRightDistance = (sides: number): number => (sides >> 5) & 15;
export const sideRightSame = (sides: number): number => (sides >> 9) & 1;

/** Walks up from token i; the relation of the child of `cue` on that path, or 0 when cue is not above i. */
function relationUnder(ctx: TokenContext, i: number, cue: number): number {
  const head = ctx.doc.head;
  let j = i;
  for (let steps = 0; steps < 40; steps++) {
    const h = head[j];
    if (h < 0 || h === j) return 0;
    if (h === cue) return ctx.dep[j] || 1;
    j = h;
  }
  return 0;
}

/** Where token i sits in the parse relative to the cue token c on one side (0 left, 1 right). */
function cueRelations(
  ctx: TokenContext,
  i: number,
  c: number,
  side: number,
  prev1: number,
  cues: CueNeighbours,
  out: Uint32Array,
  k: number,
): number {
  const rel = relationUnder(ctx, i, c);
  out[k++] = feat2(48, rel, side);
  out[k++] = feat3(53, rel, ctx.dep[i], side);
  out[k++] = feat3(54, rel, prev1, side);
  out[k++] = feat3(55, rel, cues.word[c], side);
  // A participial or infinitival cue ("…, saying it could happen") takes the subject of the verb it hangs from.
  const g = ctx.doc.head[c];
  if (g >= 0 && g !== c) out[k++] = feat3(52, relationUnder(ctx, i, g), ctx.dep[c], side);
  return k;
}

/** The role tagger's own feature of token i's word with the cue-in-segment flags on each side. */
export function roleOwn(w: number, sl: number, sr: number, out: Uint32Array, k: number): number {
  out[k++] = feat3(46, w, sl, sr);
  return k;
}

/**
 * The role tagger's features of token i's distances to the nearest cues (buckets `dl`, `dr`; 0
 * when none) and whether they lie in its segment (`sl`, `sr`), with its quote, shape, reporting
 * class, paragraph start and the previous tag.
 */
export function roleDistances(
  dl: number,
  sl: number,
  dr: number,
  sr: number,
  inside: number,
  prev1: number,
  shape: number,
  mark: number,
  rep: number,
  para: number,
  out: Uint32Array,
  k: number,
): number {
  out[k++] = feat3(40, dl, sl, inside);
  out[k++] = feat3(41, dr, sr, inside);
  out[k++] = feat3(42, dl * 2 + sl, dr * 2 + sr, prev1);
  out[k++] = feat3(45, shape, dr * 2 + sr, prev1);
  out[k++] = feat3(47, inside, sl + 2 * sr, mark);
  out[k++] = feat3(49, shape, dl * 2 + sl, prev1);
  out[k++] = feat3(50, rep, dl * 2 + sl, dr * 2 + sr);
  out[k++] = feat3(51, para, inside, prev1);
  return k;
}

/**
 * Features of the role tagger for token i given the previous two tags and the predicted cues.
 * With `skipSummed`, leaves out the form features (lexicalOwn, lexicalInside, lexicalPrev,
 * lexicalNeighbour, roleOwn) and the group features (posTrigram, labelsAndHead, roleDistances),
 * summed apart by the caller.
 */
export function roleFeatures(
  ctx: TokenContext,
  i: number,
  prev1: number,
  prev2: number,
  cues: CueNeighbours,
  out: Uint32Array,
  skipSummed = false,
): number {
  let k = lexical(ctx, i, prev1, prev2, out, 0, skipSummed);
  const inside = ctx.quotes.inside[i];
  const l = cues.left[i];
  const r = cues.right[i];
  const sides = cueSides(ctx, i, cues);
  const dl = sideLeftDistance(sides);
  const sl = sideLeftSame(sides);
  const dr = sideRightDistance(sides);
  const sr = sideRightSame(sides);
  if (!skipSummed) {
    k = roleDistances(
      dl,
      sl,
      dr,
      sr,
      inside,
      prev1,
      ctx.shape[i],
      ctx.quotes.mark[i],
      ctx.reporting[i],
      ctx.paragraphStart[i],
      out,
      k,
    );
    k = roleOwn(ctx.lower[i], sl, sr, out, k);
  }
  out[k++] = feat3(43, l >= 0 ? cues.word[l] : NONE, dl, sl);
  out[k++] = feat3(44, r >= 0 ? cues.word[r] : NONE, dr, sr);
  if (ctx.parsed) {
    if (sl) k = cueRelations(ctx, i, l, 0, prev1, cues, out, k);
    if (sr) k = cueRelations(ctx, i, r, 1, prev1, cues, out, k);
  }
  return k;
}
