import { feat1, feat2, feat3 } from '../../models/hash.js';
import { earlierCue, type CueHistory } from './cue-history.js';
import { at, NONE } from './feature-values.js';
import { ChildBit } from './parse-context.js';
import type { TokenContext } from './token-context.js';

/** Version of the feature templates below; stored in the model file and checked on load. */
export const FEATURE_VERSION = 7;

/** Nearest predicted cue on each side of every token (token indices, -1 when none within reach). */
export interface CueNeighbours {
  left: Int32Array;
  right: Int32Array;
  /** For a cue token: the lower-case hash of its cue's main word. */
  word: Uint32Array;
}

export { bucket, NONE } from './feature-values.js';

/**
 * The features of lexical() that read token i's form alone (with `inside`): its word and suffix.
 * Form features are split out so that a tagger may sum them once per form (see form-sums.ts).
 */
export function lexicalOwn(w: number, suffix: number, out: Uint32Array, k: number): number {
  out[k++] = feat1(2, w);
  out[k++] = feat1(9, suffix);
  return k;
}

/** The feature of lexical() that reads token i's word and whether it is quoted. */
export function lexicalInside(w: number, inside: number, out: Uint32Array, k: number): number {
  out[k++] = feat2(17, w, inside);
  return k;
}

/** The feature of lexical() that reads token i's word and the previous tag. */
export function lexicalPrev(w: number, prev1: number, out: Uint32Array, k: number): number {
  out[k++] = feat2(14, prev1, w);
  return k;
}

/** Neighbour roles of a word: the token before (0), after (1), two before (2), two after (3). */
export const NEIGHBOUR_ROLES = 4;

/** The feature of lexical() that reads the word `w` of the neighbour of token i in role `role`. */
export function lexicalNeighbour(role: number, w: number, out: Uint32Array, k: number): number {
  out[k++] = feat1(3 + role, w);
  return k;
}

/**
 * The features of lexical() that read only small values around token i (shapes, reporting classes,
 * quote marks, paragraph starts): few enough combinations to sum once each (see form-sums.ts).
 */
export function contextOwn(
  shapeBefore: number,
  shape: number,
  shapeAfter: number,
  repBefore: number,
  rep: number,
  repAfter: number,
  inside: number,
  markBefore: number,
  markAfter: number,
  para: number,
  paraAfter: number,
  out: Uint32Array,
  k: number,
): number {
  out[k++] = feat1(1, 1);
  out[k++] = feat3(10, shapeBefore, shape, shapeAfter);
  out[k++] = feat3(11, repBefore, rep, repAfter);
  out[k++] = feat3(16, inside, markBefore, markAfter);
  out[k++] = feat2(18, para, paraAfter);
  return k;
}

/** The features of lexical() that read the previous two tags with `inside` and a segment start. */
export function contextPrev(
  inside: number,
  sentenceStart: number,
  prev1: number,
  prev2: number,
  out: Uint32Array,
  k: number,
): number {
  out[k++] = feat1(12, prev1);
  out[k++] = feat2(13, prev1, prev2);
  out[k++] = feat2(15, inside, prev1);
  out[k++] = feat2(19, sentenceStart, prev1);
  return k;
}

/** The features of lexical() that read the part-of-speech tags around token i (label hashes; none when it has none). */
export function posTrigram(
  posBefore: number,
  pos: number,
  posAfter: number,
  out: Uint32Array,
  k: number,
): number {
  if (pos === 0) return k;
  out[k++] = feat1(20, pos);
  out[k++] = feat3(21, posBefore, pos, posAfter);
  return k;
}

/**
 * The features of lexical() that read token i's own labels (part of speech, entity tag; none when
 * unset) with the previous tag and, in a parsed doc, its relation with the reporting class of its
 * head (`repOfHead`: NONE without a head).
 */
export function labelsAndHead(
  pos: number,
  ent: number,
  prev1: number,
  parsed: boolean,
  dep: number,
  repOfHead: number,
  out: Uint32Array,
  k: number,
): number {
  if (pos !== 0) out[k++] = feat2(22, pos, prev1);
  if (ent !== 0) out[k++] = feat2(23, ent, prev1);
  if (parsed) out[k++] = feat2(25, dep, repOfHead);
  return k;
}

/**
 * Writes the features shared by both models for token i; returns the new count. With
 * `skipSummed`, leaves out those of contextOwn, contextPrev, lexicalOwn, lexicalInside, lexicalPrev
 * and lexicalNeighbour (summed per form by the caller), and of posTrigram and labelsAndHead
 * (summed per group of values).
 */
export function lexical(
  ctx: TokenContext,
  i: number,
  prev1: number,
  prev2: number,
  out: Uint32Array,
  k: number,
  skipSummed: boolean,
): number {
  const n = ctx.doc.length;
  const w = ctx.lower;
  const rep = ctx.reporting;
  const inside = ctx.quotes.inside[i];
  const mark = ctx.quotes.mark;
  const h = ctx.doc.head[i];
  if (!skipSummed) {
    k = contextOwn(
      at(ctx.shape, i - 1, n),
      ctx.shape[i],
      at(ctx.shape, i + 1, n),
      at(rep, i - 1, n),
      rep[i],
      at(rep, i + 1, n),
      inside,
      at(mark, i - 1, n),
      at(mark, i + 1, n),
      ctx.paragraphStart[i],
      i + 1 < n ? ctx.paragraphStart[i + 1] : 1,
      out,
      k,
    );
    const sentenceStart = i === 0 || ctx.sentence[i - 1] !== ctx.sentence[i];
    k = contextPrev(inside, sentenceStart ? 1 : 0, prev1, prev2, out, k);
    k = lexicalOwn(w[i], ctx.suffix[i], out, k);
    k = lexicalInside(w[i], inside, out, k);
    k = lexicalPrev(w[i], prev1, out, k);
    k = lexicalNeighbour(0, at(w, i - 1, n), out, k);
    k = lexicalNeighbour(1, at(w, i + 1, n), out, k);
    k = lexicalNeighbour(2, at(w, i - 2, n), out, k);
    k = lexicalNeighbour(3, at(w, i + 2, n), out, k);
    k = posTrigram(at(ctx.pos, i - 1, n), ctx.pos[i], at(ctx.pos, i + 1, n), out, k);
    k = labelsAndHead(ctx.pos[i], ctx.ent[i], prev1, ctx.parsed, ctx.dep[i], h >= 0 ? rep[h] : NONE, out, k);
  }
  out[k++] = feat2(7, at(w, i - 1, n), w[i]);
  out[k++] = feat2(8, w[i], at(w, i + 1, n));
  if (ctx.parsed) out[k++] = feat2(24, ctx.dep[i], h >= 0 ? w[h] : NONE);
  return k;
}

/** The cue tagger's own features of token i's form (reporting class, word, stem) with `inside` and the quotes around. */
export function cueOwn(rep: number, stem: number, inside: number, out: Uint32Array, k: number): number {
  out[k++] = feat2(31, rep, inside);
  out[k++] = feat1(60, stem);
  return k;
}

/** The cue tagger's feature of token i's word with the quotes before and after it in its segment. */
export function cueQuoted(w: number, before: number, after: number, out: Uint32Array, k: number): number {
  out[k++] = feat3(34, w, before, after);
  return k;
}

/** The cue tagger's own features of token i's form (stem, cue rate, fine word class) with the previous tag. */
export function cuePrev(
  stem: number,
  rate: number,
  fine: number,
  prev1: number,
  out: Uint32Array,
  k: number,
): number {
  out[k++] = feat2(70, rate, prev1);
  out[k++] = feat2(61, stem, prev1);
  out[k++] = feat2(78, fine, prev1);
  return k;
}

/** How many tokens back (1 to 3; 0 when none) a closing quote mark lies: "…," said X. */
export function closeBefore(ctx: TokenContext, i: number): number {
  let close = 0;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (ctx.quotes.mark[j] === 2) close = i - j;
  return close;
}

/** Where token i sits in its segment: 0 first, 1 second, 2 further. */
export function segmentPosition(ctx: TokenContext, i: number): number {
  const seg = ctx.sentence;
  return i === 0 || seg[i - 1] !== seg[i] ? 0 : i > 1 && seg[i - 2] === seg[i] ? 2 : 1;
}

/**
 * The cue tagger's features of token i's reporting class with the quotes and the segment around
 * it, and of the cue rates of it and its neighbours.
 */
export function cueSegment(
  close: number,
  rep: number,
  before: number,
  after: number,
  fromStart: number,
  shapeBefore: number,
  rateBefore: number,
  rate: number,
  rateAfter: number,
  out: Uint32Array,
  k: number,
): number {
  // A closing quote mark shortly before: "…," said X.
  out[k++] = feat2(32, close, rep);
  // Quotes elsewhere in the segment: a cue usually sits next to its quote.
  out[k++] = feat3(33, rep, before, after);
  out[k++] = feat3(35, rep, fromStart, shapeBefore);
  // How often the word is a cue in the training data: generalizes to cue words seen a few times.
  out[k++] = feat3(71, rateBefore, rate, rateAfter);
  return k;
}

/**
 * The cue tagger's features of token i's frame in the parse (its dependents, a quote below) with
 * its tag, reporting class and cue rate.
 */
export function cueFrame(
  pos: number,
  children: number,
  below: number,
  rep: number,
  rate: number,
  out: Uint32Array,
  k: number,
): number {
  // The verb's frame: a reporting verb takes a subject and a clause ("that", quoted or not).
  const frame = children & FRAME;
  out[k++] = feat3(63, pos, frame, below);
  out[k++] = feat3(65, rep, children, below);
  out[k++] = feat3(72, rate, frame, below);
  return k;
}

/**
 * The cue tagger's features of token i's stem and word class with its frame in the parse (its
 * dependents, a quote below) and the previous tag: few frames per word form, so they are summed
 * per form and frame.
 */
export function cueFormFrame(
  stem: number,
  wordClass: number,
  children: number,
  below: number,
  prev1: number,
  out: Uint32Array,
  k: number,
): number {
  const frame = children & FRAME;
  out[k++] = feat2(62, stem, frame);
  out[k++] = feat3(67, stem, below, prev1);
  // Word classes generalize over rare cue words ("lambasted" is in the class of "slammed").
  out[k++] = feat3(76, wordClass, frame, below);
  return k;
}

/**
 * The cue tagger's features of token i's relation with its head's reporting class and cue rate
 * (NONE for the root or an unparsed token).
 */
export function cueHead(
  dep: number,
  repOfHead: number,
  rate: number,
  rateOfHead: number,
  prev1: number,
  out: Uint32Array,
  k: number,
): number {
  // Words that extend a cue hang from it: "said in a statement", "told reporters".
  out[k++] = feat3(66, dep, repOfHead, prev1);
  out[k++] = feat3(73, rate, dep, rateOfHead);
  return k;
}

/**
 * Features of the cue tagger for token i given the previous two tags. With `skipSummed`, leaves
 * out the form features (lexicalOwn, lexicalInside, lexicalPrev, lexicalNeighbour, cueOwn, cueQuoted,
 * cuePrev) and the group features (posTrigram, labelsAndHead, earlierCue, cueSegment,
 * cueFrame, cueHead, cueFormFrame), summed apart by the caller.
 */
export function cueFeatures(
  ctx: TokenContext,
  i: number,
  prev1: number,
  prev2: number,
  out: Uint32Array,
  history: CueHistory,
  skipSummed = false,
): number {
  const n = ctx.doc.length;
  let k = lexical(ctx, i, prev1, prev2, out, 0, skipSummed);
  const w = ctx.lower;
  const rep = ctx.reporting;
  // The stem generalizes over inflections (claims, claimed, claiming).
  const stem = ctx.stem[i];
  const rate = ctx.cueRate;
  const h = ctx.doc.head[i];
  const hasHead = h >= 0 && h !== i;
  if (!skipSummed) {
    k = earlierCue(ctx, i, prev1, history, out, k);
    k = cueSegment(
      closeBefore(ctx, i),
      rep[i],
      ctx.quotedBefore[i],
      ctx.quotedAfter[i],
      segmentPosition(ctx, i),
      at(ctx.shape, i - 1, n),
      at(rate, i - 1, n),
      rate[i],
      at(rate, i + 1, n),
      out,
      k,
    );
    k = cueOwn(rep[i], stem, ctx.quotes.inside[i], out, k);
    k = cueQuoted(w[i], ctx.quotedBefore[i], ctx.quotedAfter[i], out, k);
    k = cuePrev(stem, rate[i], ctx.wordClassFine[i], prev1, out, k);
    if (ctx.parsed) {
      k = cueFrame(ctx.pos[i], ctx.parse.children[i], ctx.parse.quotedBelow[i], rep[i], rate[i], out, k);
      k = cueHead(ctx.dep[i], hasHead ? rep[h] : NONE, rate[i], hasHead ? rate[h] : NONE, prev1, out, k);
    }
  }
  out[k++] = feat3(30, at(w, i - 1, n), w[i], at(w, i + 1, n));
  if (ctx.parsed) {
    if (!skipSummed) {
      k = cueFormFrame(
        stem,
        ctx.wordClass[i],
        ctx.parse.children[i],
        ctx.parse.quotedBelow[i],
        prev1,
        out,
        k,
      );
    }
    out[k++] = feat3(64, stem, ctx.dep[i], hasHead ? ctx.stem[h] : NONE);
    out[k++] = feat3(68, w[i], ctx.dep[i], prev1);
    // Word classes generalize over rare cue words ("lambasted" is in the class of "slammed").
    out[k++] = feat3(77, ctx.wordClass[i], ctx.dep[i], hasHead ? ctx.wordClass[h] : NONE);
  }
  out[k++] = feat3(79, ctx.wordClass[i], at(ctx.wordClass, i + 1, n), prev1);
  return k;
}

/** The ChildBit dependents that make a reporting verb's frame. */
export const FRAME =
  ChildBit.Subject |
  ChildBit.PassiveSubject |
  ChildBit.Complement |
  ChildBit.OpenComplement |
  ChildBit.Parataxis |
  ChildBit.Object |
  ChildBit.That;

/** Room for every feature of one token. */
export const MAX_FEATURES = 72;
